/**
 * The word lists of stop 59 (scripts/build-lexicon.ts; more-word-lists.test.ts has the earlier ones): a sentence in Hungarian, Croatian, Lithuanian,
 * Slovenian, Icelandic, Bulgarian, Indonesian or Norwegian finds a claim known only in English, where
 * before only names and figures could reach it; Serbian and Bosnian read Croatian's list, Serbian in
 * either of its scripts, and Norwegian is read whether a page tags it "no", "nb" or "nn".
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';
import { lexiconsNeeded, translatedStems, translationTargets } from '@/utils/core/matching/cross-language';
import { languageTools } from '@/utils/core/matching/languages';

const matcher = ClaimMatcher.build([
  { id: 'bridges', statement: { en: 'Floods destroyed 300 bridges in northern Italy in May.' }, versions: [{ id: 'b1', outletId: 'wire', lang: 'en', quote: 'The floods in May destroyed 300 bridges across northern Italy' }] },
  { id: 'hospital', statement: { en: "The new children's hospital in the capital will have 450 beds." }, versions: [{ id: 'h1', outletId: 'wire', lang: 'en', quote: "The capital's new children's hospital is to have 450 beds" }] },
  { id: 'salaries', statement: { en: "Teachers' salaries will rise by 12 percent next year, the government said." }, versions: [{ id: 's1', outletId: 'wire', lang: 'en', quote: 'The government said teachers will get a 12 percent pay rise next year' }] },
]);
const highlighted = highlightedClaims(matcher);

describe('claims known only in English, found in languages with a new word list', () => {
  it('finds a Hungarian, a Slovenian, a Bulgarian and an Indonesian sentence', () => {
    expect(highlighted('Az árvizek májusban 300 hidat romboltak le Észak-Olaszországban.', 'hu')).toEqual(['bridges']);
    expect(highlighted('Poplave so maja v severni Italiji uničile 300 mostov.', 'sl')).toEqual(['bridges']);
    expect(highlighted('Наводненията през май разрушиха 300 моста в Северна Италия.', 'bg')).toEqual(['bridges']);
    expect(highlighted('Banjir menghancurkan 300 jembatan di Italia utara pada bulan Mei.', 'id')).toEqual(['bridges']);
  });

  it('finds a Croatian, a Lithuanian and an Icelandic sentence', () => {
    expect(highlighted('Nova dječja bolnica u glavnom gradu imat će 450 kreveta.', 'hr')).toEqual(['hospital']);
    expect(highlighted('Naujoji vaikų ligoninė sostinėje turės 450 lovų.', 'lt')).toEqual(['hospital']);
    expect(highlighted('Nýi barnaspítalinn í höfuðborginni mun hafa 450 rúm.', 'is')).toEqual(['hospital']);
  });

  it('reads Serbian with the Croatian list, in Latin letters and in Cyrillic', () => {
    expect(highlighted('Poplave su u maju uništile 300 mostova u severnoj Italiji.', 'sr-Latn')).toEqual(['bridges']);
    expect(highlighted('Поплаве су у мају уништиле 300 мостова у северној Италији.', 'sr')).toEqual(['bridges']);
    const sr = languageTools('sr');
    expect(sr.stem('мостова')).toBe(sr.stem('mostova'));
    expect(translatedStems(languageTools('bs').stem('bolnica'), 'bs', 'en')).toContain('hospit');
  });

  it('reads Norwegian tagged "nb", "no" or "nn" with the bokmål list', () => {
    expect(highlighted('Det nye barnesykehuset i hovedstaden skal ha 450 senger.', 'nb')).toEqual(['hospital']);
    expect(highlighted('Det nye barnesykehuset i hovedstaden skal ha 450 senger.', 'no')).toEqual(['hospital']);
    expect(highlighted('Lønna til lærarane skal auke med 12 prosent neste år, seier regjeringa.', 'nn')).toEqual(['salaries']);
  });

  it('reads Slovak with the Czech list and stemmer (stop 60)', () => {
    expect(highlighted('Nová detská nemocnica v hlavnom meste bude mať 450 lôžok.', 'sk')).toEqual(['hospital']);
    expect(languageTools('sk').stem('nemocnice')).toBe(languageTools('cs').stem('nemocnice'));
    expect(highlighted('Povodne v máji zničili 300 mostov v severnom Taliansku.', 'sk')).toEqual(['bridges']);
    expect(highlighted('Povodne v júni zničili 300 domov v južnom Francúzsku.', 'sk')).toEqual([]);
  });

  it('leaves sentences sharing words or figures about something else', () => {
    expect(highlighted('Az áradások júniusban 300 házat romboltak le Dél-Franciaországban.', 'hu')).toEqual([]);
    expect(highlighted('Lærerne streiket i 12 dager i fjor, opplyser regjeringen.', 'nb')).toEqual([]);
  });

  it('translates English into an index language a page tags another way, and reads that list', () => {
    expect(translationTargets('en', new Set(['no', 'sr']))).toEqual(['no', 'sr']);
    // Serbian and Croatian read one list: no translation between them, their stems are shared.
    expect(translationTargets('sr', new Set(['hr', 'en']))).toEqual(['en']);
    expect(lexiconsNeeded(['sr'], ['en', 'no']).sort()).toEqual(['no', 'sr']);
  });
});
