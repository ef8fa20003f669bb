/**
 * A currency beside a figure reads alike however it is written: the sign ("$15 million", "£100m",
 * "1 500 €") and the word ("15 millions de dollars", "100 million pounds") give the text one unit,
 * the currency's code, so a sentence with the sign shares a word with a claim that spells it.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

const stems = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => !w.stop).map((w) => w.stem);

describe('currencies beside figures', () => {
  it('reads the sign and the word of a currency as one unit', () => {
    expect(stems('Lucasfilm poured $15 million into it', 'en')).toContain('usd');
    expect(stems('Lucasfilm a dépensé 15 millions de dollars', 'fr')).toContain('usd');
    expect(stems('West Ham could ask over £100m for Rice', 'en')).toContain('gbp');
    expect(stems('valued at 100 million pounds', 'en')).toContain('gbp');
    expect(stems('pour 1 500 € seulement', 'fr')).toContain('eur');
  });

  it('leaves a currency word that follows no figure a word', () => {
    expect(stems('Il a vendu des livres anciens', 'fr')).not.toContain('gbp');
    expect(stems('The pound fell against the dollar', 'en')).not.toContain('usd');
  });

  it('highlights a sentence with the sign for a claim that spells the currency in another language', () => {
    const claims: IndexClaim[] = [
      { id: 'remaster', statement: { fr: 'En 1997, Lucasfilm a dépensé 15 millions de dollars pour restaurer la trilogie originale.' }, versions: [] },
    ];
    const found = ClaimMatcher.build(claims)
      .scan('Lucasfilm poured $15 million into remastering the first three films in 1997.', { lang: 'en' })
      .filter((m) => m.level === 'highlight')
      .map((m) => m.claimId);
    expect(found).toEqual(['remaster']);
  });
});
