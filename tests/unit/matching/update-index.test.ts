/**
 * An edit applied to a built index (update-index.ts) finds what a fresh build of the edited library
 * finds: same matches, same probabilities, same explanations.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { buildClaimIndex } from '@/utils/core/matching/claim-index';
import { updateIndex } from '@/utils/core/matching/update-index';
import { trainingLibrary } from './index-fixtures';

const { claims, cases } = trainingLibrary();
const scanAll = (m: ClaimMatcher) => cases.map((k) => m.scan(k.text, { excludeOutletIds: [k.source], lang: k.lang }));

describe('matching index updated in place', () => {
  it('adding, editing and deleting claims scans like a fresh build of the result', () => {
    const added = claims.filter((_, i) => i % 5 === 1);
    const removed = claims.filter((c, i) => i % 7 === 3 && !added.includes(c));
    // Edited: one version's quote gone, a statement reworded.
    const edited = claims
      .filter((_, i) => i % 11 === 2 && !removed.includes(claims[i]!) && !added.includes(claims[i]!))
      .map((c): IndexClaim => ({ ...c, statement: Object.fromEntries(Object.entries(c.statement).map(([l, t]) => [l, `${t} Reworded today.`])), versions: c.versions.slice(1) }));
    expect(removed.length * added.length * edited.length).toBeGreaterThan(0);
    const before = claims.filter((c) => !added.includes(c));
    const index = updateIndex(buildClaimIndex(before), [...edited, ...added], removed.map((c) => c.id));
    // Edited claims keep their place, new ones come after: the order a fresh build is given here.
    const editedById = new Map(edited.map((c) => [c.id, c]));
    const after = [...before.map((c) => editedById.get(c.id) ?? c), ...added].filter((c) => !removed.includes(c));
    const fresh = ClaimMatcher.build(after);
    const expected = scanAll(fresh);
    expect(expected.flat().length).toBeGreaterThan(100);
    expect(scanAll(ClaimMatcher.fromIndex(index))).toEqual(expected);
    expect(index.claimIds).toEqual(after.map((c) => c.id));
    // No term is left that only deleted texts had: a fresh build would not know it either.
    expect([...index.termIds.keys()].sort()).toEqual([...fresh.claimIndex.termIds.keys()].sort());
  });

  it('an added claim is found by the next scan, a deleted one no more', () => {
    const target = claims[0]!;
    const text = target.versions[0]!.quote;
    const without = updateIndex(buildClaimIndex(claims), [], [target.id]);
    expect(ClaimMatcher.fromIndex(without).scan(text).map((m) => m.claimId)).not.toContain(target.id);
    const back = updateIndex(without, [target]);
    expect(ClaimMatcher.fromIndex(back).scan(text).map((m) => m.claimId)).toContain(target.id);
  });
});
