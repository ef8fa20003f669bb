import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { attribution } from '@/utils/core/matching/claim-names';
import { ClaimMatcher } from '@/utils/core/matching/index';
import type { ClaimIndex } from '@/utils/core/matching/index-types';
import { queryFeatures, type QueryFeatures } from '@/utils/core/matching/query-features';
import { trainingLibrary } from './index-fixtures';

/** Whether the text shares a rare name of the claim, and how many the claim has, read from every unit of its documents. */
function rareNamesByUnits(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array) {
  let count = 0;
  let shared = false;
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (excluded && excluded[d]) continue;
    for (let u = index.docUnitStart[d]!; u < index.docUnitEnd[d]!; u++) {
      const e = index.unitEntities[u]!;
      if (e < 0 || index.idf[e]! < index.maxIdf * 0.6) continue;
      count++;
      if (q.entities.includes(e) || q.contextEntities.includes(e)) shared = true;
    }
  }
  return { count, shared };
}

describe('attribution from the claim\'s rare names, kept per claim', { timeout: 60_000 }, () => {
  it('agrees with reading every unit of the claim\'s documents, with and without excluded documents', () => {
    const { claims, cases } = trainingLibrary();
    const index = ClaimMatcher.build(claims).claimIndex;
    const excluded = new Uint8Array(index.docs.length).map((_, d) => (d % 3 === 0 ? 1 : 0));
    let agreements = 0;
    for (const c of cases.slice(0, 60)) {
      const q = queryFeatures(analyseText(c.text, c.lang ?? 'en'), index);
      for (let claim = 0; claim < index.claimIds.length; claim += 7) {
        for (const ex of [undefined, excluded]) {
          const attr = attribution(q, claim, index, ex);
          const ref = rareNamesByUnits(q, claim, index, ex);
          if (ref.shared) expect(attr).toBe(1);
          else expect(attr === -1 ? ref.count > 0 : true).toBe(true);
          if (ref.count === 0) expect(attr).toBe(0);
          if (attr === 1) agreements++;
        }
      }
    }
    expect(agreements).toBeGreaterThan(0);
  });
});
