/**
 * An edit applied to a built or loaded index (update-index.ts) finds what a fresh build of the edited
 * library finds: same matches, same probabilities, same explanations; so does the edited index once
 * stored and loaded again.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { buildClaimIndex, type ClaimIndex } from '@/utils/core/matching/claim-index';
import { deserialiseIndex, serialiseIndex, StoredDocs } from '@/utils/core/matching/serialise-index';
import { docsWithVia, SplicedDocs } from '@/utils/core/matching/spliced-docs';
import { updateIndex } from '@/utils/core/matching/update-index';
import { trainingLibrary } from './index-fixtures';

const { claims, cases } = trainingLibrary();
const scanAll = (m: ClaimMatcher) => cases.map((k) => m.scan(k.text, { excludeOutletIds: [k.source], lang: k.lang }));
/** An index as a restarted worker gets it: stored, cloned as IndexedDB does, loaded. */
const reloaded = (index: ClaimIndex) => deserialiseIndex(structuredClone(serialiseIndex(index)));
/** The index scans as a fresh build of `library` (in that order), and knows the same claims and terms. */
const expectFresh = (index: ClaimIndex, library: IndexClaim[]) => {
  const fresh = ClaimMatcher.build(library);
  expect(index.claimIds).toEqual(library.map((c) => c.id));
  expect([...index.termIds.keys()].sort()).toEqual([...fresh.claimIndex.termIds.keys()].sort());
  // Every weight and bound as a fresh build derives it (term ids differ: compared by term), so that
  // texts the cases do not hold score the same too.
  const built = fresh.claimIndex;
  const byTerm = (x: ClaimIndex, column: ArrayLike<number>) => Object.fromEntries([...x.termIds].map(([term, t]) => [term, column[t]]));
  expect(byTerm(index, index.idf)).toEqual(byTerm(built, built.idf));
  expect(byTerm(index, index.termWeight)).toEqual(byTerm(built, built.termWeight));
  expect(Object.fromEntries([...index.termIds].map(([term, t]) => [term, [...index.postings[t]!]]))).toEqual(Object.fromEntries([...built.termIds].map(([term, t]) => [term, [...built.postings[t]!]])));
  expect([index.maxIdf, index.top, index.avgDocUnits]).toEqual([built.maxIdf, built.top, built.avgDocUnits]);
  expect([...index.docDenominator]).toEqual([...built.docDenominator]);
  expect([...index.claimDenominator]).toEqual([...built.claimDenominator]);
  expect([...index.claimDocStart]).toEqual([...built.claimDocStart]);
  expect(index.docLang).toEqual(built.docLang);
  expect(index.docOutlet).toEqual(built.docOutlet);
  const expected = scanAll(fresh);
  expect(scanAll(ClaimMatcher.fromIndex(index))).toEqual(expected);
  return expected;
};
/** The claim with its first version reworded and its statement extended, as a fact-checker's edit. */
const reworded = (c: IndexClaim, words: string): IndexClaim => ({
  ...c,
  statement: Object.fromEntries(Object.entries(c.statement).map(([l, t]) => [l, `${t} ${words}`])),
  versions: c.versions.map((v, i) => (i === 0 ? { ...v, quote: `${v.quote} ${words}` } : v)),
});

// Each test scans the training cases a few times: seconds on a shared machine.
describe('matching index updated in place', { timeout: 60_000 }, () => {
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
    // No term is left that only deleted texts had: a fresh build would not know it either.
    expect(expectFresh(index, after).flat().length).toBeGreaterThan(100);
  });

  it('an added claim is found by the next scan, a deleted one no more', () => {
    const target = claims[0]!;
    const text = target.versions[0]!.quote;
    const without = updateIndex(buildClaimIndex(claims), [], [target.id]);
    expect(ClaimMatcher.fromIndex(without).scan(text).map((m) => m.claimId)).not.toContain(target.id);
    const back = updateIndex(without, [target]);
    expect(ClaimMatcher.fromIndex(back).scan(text).map((m) => m.claimId)).toContain(target.id);
  });

  it('several edits in a row, on a loaded index, then stored and loaded again, scan like a fresh build at every step', () => {
    let library = claims.slice(0, Math.floor(claims.length * 0.8));
    const later = claims.slice(library.length);
    let index = reloaded(buildClaimIndex(library));
    const docs = index.docs as StoredDocs;
    const step = (changed: IndexClaim[], removed: string[] = []) => {
      index = updateIndex(index, changed, removed);
      const byId = new Map(changed.map((c) => [c.id, c]));
      library = [...library.map((c) => byId.get(c.id) ?? c), ...changed.filter((c) => !library.some((k) => k.id === c.id))].filter((c) => !removed.includes(c.id));
    };
    // Edits only (the claim count stays): words no claim had and another claim's words added, a version dropped.
    const borrowed = Object.values(library[5]!.statement)[0]!;
    step([reworded(library[3]!, `Zorbulated. ${borrowed}`), { ...library[9]!, versions: library[9]!.versions.slice(1) }]);
    // An edit reads no document: a restarted worker's first edit decodes none of the stored index.
    expect(docs.decodedCount).toBe(0);
    expect(index.docs).toBeInstanceOf(SplicedDocs);
    expectFresh(index, library);
    // The scan decoded the documents it read; additions and deletions decode none more.
    const decoded = docs.decodedCount;
    step(later.slice(0, 5));
    step([], [library[0]!.id, library[7]!.id, later[2]!.id]);
    // The same claim edited again, another one emptied of every text, and one added back.
    step([reworded(library.find((c) => c.id === claims[3]!.id)!, 'Once more.'), { ...library[20]!, statement: {}, versions: [] }, later[2]!]);
    expect(docs.decodedCount).toBe(decoded);
    // A written version's document is found without decoding any (matcher-snapshot.ts follows a version's writes so).
    const vias = new Set([library[40]!.versions[0]!.id, later[3]!.versions[0]!.id, library[3]!.versions[0]!.id, 'no such version']);
    const found = docsWithVia(index.docs, vias);
    expect(docs.decodedCount).toBe(decoded);
    expect(found).toEqual(Array.from({ length: index.docs.length }, (_, d) => d).filter((d) => vias.has(index.docs.at(d)!.via)));
    expect(found.length).toBe(3);
    expectFresh(index, library);
    // Stored after the edits (compacted: no unit of a replaced document), and loaded again.
    const again = reloaded(index);
    expect(again.unitStems.length).toBe(buildClaimIndex(library).unitStems.length);
    expectFresh(again, library);
    // And edited once more after that load.
    index = again;
    step([reworded(library[30]!, 'Third wording.')], [library[31]!.id]);
    expectFresh(index, library);
  });
});
