/**
 * What the analysis keeps of a word from one text to the next (lexemes.ts: its stem, its stop word,
 * its keys) holds whatever its neighbours are; what they decide is read in each text again. Each
 * reading below is asked in both orders, so that the text read first cannot decide for the other.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';

const word = (text: string, lang: string, surface: string) => analyseText(text, lang).words.find((w) => w.surface === surface);
const bothOrders = (first: () => void, second: () => void) => {
  first();
  second();
  second();
  first();
};

describe('a word read in one text, then in another', () => {
  it('is a unit after a figure and an acronym, a name, elsewhere', () => {
    bothOrders(
      () => expect(word('The phone has 400 GB of storage', 'en', 'GB')!.entity).toBe(''),
      () => expect(word('Ministers met in the GB capital', 'en', 'GB')!.entity).not.toBe(''),
    );
  });

  it('is a name amid lowercase words and a stop word in a headline in capitals', () => {
    bothOrders(
      () => expect(word('The US said it would leave the talks', 'en', 'US')).toMatchObject({ stop: false, entity: expect.stringMatching(/^~/) }),
      () => expect(word('THE US SAID IT WOULD LEAVE', 'en', 'US')!.stop).toBe(true),
    );
  });

  it('negates after "n" only ("don\'t"), not after another letter', () => {
    bothOrders(
      () => expect(analyseText("They don't agree with the plan", 'en').negated).toBe(true),
      () => expect(analyseText('The point t marks the spot on the plan', 'en').negated).toBe(false),
    );
  });

  it('is a day at the start of a sentence, and a name\'s word inside one, in a language that writes its days in lowercase', () => {
    bothOrders(
      () => expect(word('Domingo cerrarán las tiendas del centro', 'es', 'Domingo')!.stem).toBe('sunday'),
      () => expect(word('Anoche cantó Plácido Domingo en Madrid', 'es', 'Domingo')!.stem).not.toBe('sunday'),
    );
  });
});
