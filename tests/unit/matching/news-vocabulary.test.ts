/**
 * News' own words between English and the languages whose word lists keep only the English words
 * that a general vocabulary knows (German, Czech, Polish, Greek, Croatian...): "drought", "killed",
 * "missing", "firefighters" are among the words that fact-checked claims use, and the lists now keep
 * them (scripts/build-lexicon.ts, commonEnglishWords). Spanish, Italian and Portuguese find
 * translations through German's list too (scripts/lib/lexicon-pivot.ts), and gain them; Dutch, Swedish,
 * Finnish, Turkish, Greek and Polish now pivot so as well. Before,
 * these sentences shared no word with their English claims but "half" or "roof".
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';

const matcher = ClaimMatcher.build([
  { id: 'missing', statement: { en: 'Three climbers are still missing after the avalanche.' }, versions: [] },
  { id: 'drought', statement: { en: 'The drought destroyed half of the harvest.' }, versions: [] },
  { id: 'killed', statement: { en: 'Two firefighters were killed when the roof collapsed.' }, versions: [] },
]);
const highlighted = (text: string, lang: string) => matcher.scan(text, { lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe("news' own words across languages", () => {
  it('finds German sentences saying "Dürre" and "Feuerwehrleute ... getötet" for English claims', () => {
    expect(highlighted('Die Dürre hat die Hälfte der Ernte vernichtet.', 'de')).toEqual(['drought']);
    expect(highlighted('Zwei Feuerwehrleute wurden getötet, als das Dach einstürzte.', 'de')).toEqual(['killed']);
  });

  it('finds the drought in Czech, Greek and Croatian, and the missing climbers in Polish', () => {
    expect(highlighted('Sucho zničilo polovinu úrody.', 'cs')).toEqual(['drought']);
    expect(highlighted('Η ξηρασία κατέστρεψε τη μισή σοδειά.', 'el')).toEqual(['drought']);
    expect(highlighted('Suša je uništila polovicu žetve.', 'hr')).toEqual(['drought']);
    expect(highlighted('Trzech wspinaczy wciąż jest zaginionych po lawinie.', 'pl')).toEqual(['missing']);
  });

  it('finds Spanish sentences whose words reach English through German: "sequía", "desaparecidos", "bomberos"', () => {
    expect(highlighted('La sequía destruyó la mitad de la cosecha.', 'es')).toEqual(['drought']);
    expect(highlighted('Tres escaladores siguen desaparecidos tras la avalancha.', 'es')).toEqual(['missing']);
    expect(highlighted('Dos bomberos murieron cuando se derrumbó el techo.', 'es')).toEqual(['killed']);
  });

  it('finds Swedish and Dutch sentences whose words reach English through the pivot languages', () => {
    expect(highlighted('Två brandmän dödades när taket rasade.', 'sv')).toEqual(['killed']);
    expect(highlighted('Twee brandweerlieden kwamen om toen het dak instortte.', 'nl')).toEqual(['killed']);
  });

  it('leaves sentences that share a word of the claim but say something else', () => {
    expect(highlighted('Die Hälfte der Bergsteiger kam am Abend zurück.', 'de')).toEqual([]);
    expect(highlighted('Das Dach des Rathauses wurde neu gedeckt.', 'de')).toEqual([]);
    expect(highlighted('Sucho letos nebylo, úroda byla rekordní.', 'cs')).toEqual([]);
  });
});
