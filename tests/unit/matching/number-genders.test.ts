/**
 * Number words in the gender and case a sentence's noun asks for, from CLDR's spelled-out cardinals
 * (scripts/lib/cldr-spellout.ts, scripts/build-number-words.ts withGenders): n2words spells one form,
 * "duzentos", "пять", where the news writes "duzentas pessoas", "около пяти тысяч", "δεκατέσσερις επιβάτες".
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { cardinalSets, spell, spelloutRules } from '@/scripts/lib/cldr-spellout';

const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('number words in every gender and case', () => {
  it('reads feminine and oblique forms as their figure', () => {
    expect(figures('Foram retiradas duzentas pessoas e duas crianças.', 'pt')).toEqual(['n200', 'n2']);
    expect(figures('Más de doscientas personas fueron evacuadas.', 'es')).toEqual(['n200']);
    expect(figures('Δεκατέσσερις επιβάτες μεταφέρθηκαν στο νοσοκομείο.', 'el')).toEqual(['n14']);
    expect(figures('Эвакуированы около пяти тысяч человек.', 'ru')).toEqual(['n5000']);
    expect(figures('Ewakuowano ponad pięciu tysięcy mieszkańców i dwóch strażaków.', 'pl')).toEqual(['n5000', 'n2']);
  });

  it('reads a hundred alone as 100, and after a digit’s word as that many hundreds', () => {
    expect(figures('Более ста человек пострадали.', 'ru')).toEqual(['n100']);
    expect(figures('To hundrede mennesker blev evakueret, og fem hundrede huse ødelagt.', 'da')).toEqual(['n200', 'n500']);
  });

  it('keeps a form of one weak, as the article it also is', () => {
    expect(figures('Uma pessoa morreu.', 'pt')).toEqual([]);
    expect(figures('Uma mil pessoas.', 'pt')).toEqual(['n1000']);
  });

  it('does not read the word for family as seven in Russian', () => {
    expect(figures('Он потерял семью.', 'ru')).toEqual([]);
  });

  it('finds a Portuguese sentence in the feminine for a claim in digits, and not another figure', () => {
    const matcher = ClaimMatcher.build([{ id: 'evac', statement: { pt: 'Foram retiradas 200 pessoas do bairro inundado de Porto Alegre.' }, versions: [] }]);
    const found = (text: string) => matcher.scan(text, { lang: 'pt' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Duzentas pessoas foram retiradas do bairro inundado de Porto Alegre.')).toEqual(['evac']);
    expect(found('Trezentas pessoas foram retiradas do bairro inundado de Porto Alegre.')).toEqual([]);
  });

  it('spells with the rule sets of CLDR, in each gender', () => {
    const pt = spelloutRules('pt')!;
    expect(cardinalSets(pt)).toEqual(expect.arrayContaining(['%spellout-cardinal-feminine', '%spellout-cardinal-masculine']));
    expect(spell(pt, '%spellout-cardinal-feminine', 232)).toBe('duzentas e trinta e duas');
    expect(spell(pt, '%spellout-cardinal-masculine', 232)).toBe('duzentos e trinta e dois');
    expect(spelloutRules('xx')).toBeUndefined();
  });
});
