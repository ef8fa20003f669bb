import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { foldText, stripAccents, unifyTypography, unifyTypographyInFull } from '@/utils/core/matching/normalise-text';

const figureKeys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('text folding', () => {
  it('folds accents, case, ligatures, apostrophes and quotation marks', () => {
    expect(foldText('Sergueïevka ÉTÉ cœur')).toBe('sergueievka ete coeur');
    expect(foldText('l\u2019armée l\u02BCarmée l`armée')).toBe("l'armee l'armee l'armee");
    expect(foldText('\u00AB fake news \u00BB \u201Cfake\u201D \u201Efake\u201C')).toBe('" fake news " "fake" "fake"');
    expect(foldText('nord\u2011coréens nord\u2013coréens')).toBe('nord-coreens nord-coreens');
  });

  it('leaves plain ASCII text as it is, but for the backtick taken as an apostrophe', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    expect(unifyTypography(ascii)).toBe(ascii.replace('`', "'"));
    expect(stripAccents(ascii)).toBe(ascii);
    // The same as the full normalisation, on text with and without other characters.
    for (const text of ['North Korea sent 11,000 troops.', 'It`s "fine" - really', 'Tab\there\nnew line', 'caf\u00E9 \u2014 done']) {
      expect(unifyTypography(text)).toBe(text.normalize('NFKC').replace(/[\u2018\u2019\u0060]/g, "'").replace(/[\u2014]/g, '-'));
    }
    expect(stripAccents('caf\u00E9 and cafe')).toBe('cafe and cafe');
  });

  it('unifies a text of curly quotes, dashes and Latin-1 letters as the full normalisation does', () => {
    // Every character of the Basic Multilingual Plane, alone and between letters: a character the
    // shortcut takes but NFKC would change, or one it maps wrongly, fails here.
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `\u00E9${ch}\u2019`]) if (unifyTypography(text) !== unifyTypographyInFull(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    // Sentences the shortcut takes, mixed.
    const mixed = ['l\u2019arm\u00E9e a dit \u201Cnon\u201D \u2014 mardi', 'caf\u00E9\u00A0cr\u00E8me \u2013 na\u00EFve `x\u00AD y', '\u00C5ngstr\u00F6m \u00D7 \u00F7 \u00FF \u00DE\u00FE'];
    for (const text of mixed) expect(unifyTypography(text)).toBe(unifyTypographyInFull(text));
    expect(unifyTypography(mixed[0]!)).toBe('l\'arm\u00E9e a dit "non" - mardi');
  });

  it('reads the same number in every French and English form', () => {
    const forms = ['11 000', '11\u00A0000', '11\u202F000', '11,000', '11.000', '11000'];
    for (const form of forms) expect(figureKeys(`environ ${form} soldats`, 'fr'), form).toEqual(['n11000']);
    expect(figureKeys('dix mille soldats', 'fr')).toEqual(['n10000']);
    expect(figureKeys('ten thousand soldiers', 'en')).toEqual(['n10000']);
    expect(figureKeys('1,2 million de soldats', 'fr')).toEqual(['n1200000']);
    expect(figureKeys('1.2 million soldiers', 'en')).toEqual(['n1200000']);
    expect(figureKeys('quatre-vingt-dix soldats', 'fr')).toEqual(['n90']);
  });

  it('reads amounts with a scale glued on, as news writes money, like the same amount spelled out', () => {
    expect(figureKeys('a bid of £100m for the midfielder', 'en')).toEqual(figureKeys('a bid of 100 million pounds', 'en'));
    expect(figureKeys('a $1.5bn deal', 'en')).toEqual(figureKeys('a 1.5 billion dollar deal', 'en'));
    expect(figureKeys('a deficit close to $1tn', 'en')).toEqual(figureKeys('a deficit close to one trillion dollars', 'en'));
    expect(figureKeys('un déficit de 1 000 milliards', 'fr')).toEqual(figureKeys('a deficit of $1 trillion', 'en'));
    // Without a currency sign, "m" and "k" are metres and kilo-something: no figure is made up.
    expect(figureKeys('the 100m sprint', 'en')).toEqual([]);
    // Two letters are a unit: "155mm" is 155 millimetres, as "155 mm" is (glued-figures.test.ts).
    expect(figureKeys('155mm shells', 'en')).toEqual(['n155']);
    expect(figureKeys('30k fans', 'en')).toEqual([]);
  });

  it('does not read articles or a lone scale word as figures', () => {
    expect(figureKeys('un soldat et des millions de personnes', 'fr')).toEqual([]);
    expect(figureKeys('one of the soldiers', 'en')).toEqual([]);
  });

  it('reads "1er novembre", "November 1" and "1 November" as the same date', () => {
    const day = (text: string, lang: string) => figureKeys(text, lang).filter((k) => k.startsWith('d'));
    expect(day("d'ici le 1er novembre", 'fr')).toEqual(['d11-1']);
    expect(day('by November 1', 'en')).toEqual(['d11-1']);
    expect(day('by 1 November 2024', 'en')).toEqual(['d11-1']);
    expect(figureKeys('by 1 November 2024', 'en')).toContain('y2024');
    // A month alone is a (weaker) figure; "may" alone is the verb.
    expect(figureKeys("d'ici novembre", 'fr')).toEqual(['m11']);
    expect(figureKeys('they may come', 'en')).toEqual([]);
  });

  it('detects negation', () => {
    expect(analyseText('Il ne pouvait pas confirmer', 'fr').negated).toBe(true);
    expect(analyseText("He couldn't confirm it", 'en').negated).toBe(true);
    expect(analyseText('He confirmed it', 'en').negated).toBe(false);
  });
});
