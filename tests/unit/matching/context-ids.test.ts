import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { queryFeatures, type QueryFeatures } from '@/utils/core/matching/query-features';

const CLAIMS: IndexClaim[] = [
  { id: 'troops', statement: { en: 'North Korea sent 11,000 soldiers to Russia, says Ukrainian intelligence.' }, versions: [] },
  { id: 'drones', statement: { en: 'Iran delivered hundreds of Shahed drones to Russia since the summer.' }, versions: [] },
];

/** What the context gives a text: its names and stems, as sets and as marks. */
function contextSide(q: QueryFeatures, marks: { contextStem?: Int32Array; contextEntity?: Int32Array }) {
  return {
    entities: [...q.contextEntities],
    stems: [...q.contextStems],
    terms: q.contextTerms,
    marked: [...marks.contextStem!].flatMap((v, t) => (v === q.stamp ? [t] : [])),
    markedNames: [...marks.contextEntity!].flatMap((v, t) => (v === q.stamp ? [t] : [])),
  };
}

describe('the context sentence read from the text before', () => {
  const index = ClaimMatcher.build(CLAIMS).claimIndex;
  const other = ClaimMatcher.build(CLAIMS.slice(1)).claimIndex;
  const before = analyseText('The US said that Kim Jong Un sent soldiers and Shahed drones to Russia in the summer.', 'en');
  const text = analyseText('They were seen in Kursk, Ukrainian intelligence says.', 'en');
  const unrelated = analyseText('Nothing of this appears anywhere else.', 'en');

  it('gives the same context names and stems as looking them up, in the same order', () => {
    // Read fresh: the text before the call is another one.
    queryFeatures(unrelated, index);
    const fresh = contextSide(queryFeatures(text, index, before), index.marks);
    // Read from the text before: it was the last one.
    queryFeatures(before, index);
    const reused = contextSide(queryFeatures(text, index, before), index.marks);
    expect(reused).toEqual(fresh);
    expect(fresh.entities.length).toBeGreaterThan(1);
    expect(fresh.stems.length).toBeGreaterThan(3);
  });

  it('does not take the ids of the text before from another index', () => {
    queryFeatures(unrelated, other);
    const fresh = contextSide(queryFeatures(text, other, before), other.marks);
    queryFeatures(before, index);
    expect(contextSide(queryFeatures(text, other, before), other.marks)).toEqual(fresh);
  });
});
