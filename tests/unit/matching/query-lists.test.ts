import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { queryFeatures } from '@/utils/core/matching/query-features';

/**
 * A text's stems, names, translated stems and the previous sentence's names and stems are lists
 * (no set per text): each id once, in the order the words give them, as the sets gave them; an
 * explanation, the claim's core and a ranking read them.
 */
describe('queryFeatures lists', () => {
  const index = ClaimMatcher.build([
    { id: 'c1', statement: { en: 'Kim Jong Un sent soldiers to Russia, and Russia paid for the soldiers' }, versions: [] },
    { id: 'c2', statement: { fr: 'La Corée du Nord a envoyé des soldats en Russie' }, versions: [] },
  ]).claimIndex;
  const id = (term: string) => index.termIds.get(term) ?? -1;

  it('holds each stem and name once, in the order of the words', () => {
    const context = analyseText('Russia and Kim Jong Un met. Russia said so, Kim said so.', 'en');
    const q = queryFeatures(analyseText('Russia paid the soldiers; the soldiers went to Russia with Kim.', 'en'), index, context, ['fr']);
    expect(Array.isArray(q.stems)).toBe(true);
    const distinct = (xs: readonly number[]) => xs.filter((x, i) => xs.indexOf(x) === i);
    expect(q.stems).toEqual(distinct(q.stems));
    expect(q.entities).toEqual(distinct(q.entities));
    expect(q.altStems).toEqual(distinct(q.altStems));
    expect(q.contextEntities).toEqual(distinct(q.contextEntities));
    expect(q.contextStems).toEqual(distinct(q.contextStems));
    // "Russia" first, then "paid", "soldiers": the words' order.
    const stemOf = (surface: string) => id(q.analysis.words.find((w) => w.surface === surface)!.stem);
    expect(q.stems.indexOf(stemOf('Russia'))).toBe(0);
    expect(q.stems.indexOf(stemOf('soldiers'))).toBeGreaterThan(q.stems.indexOf(stemOf('paid')));
    expect(q.stems.indexOf(stemOf('paid'))).toBeGreaterThan(0);
    expect(q.entities.length).toBeGreaterThan(0);
    expect(q.contextEntities.length).toBeGreaterThan(0);
    // A name the text has itself is walked as the text's, not again as the context's.
    for (const e of q.contextTerms) expect(q.entities.includes(e)).toBe(false);
  });
});
