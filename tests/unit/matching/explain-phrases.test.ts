import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { Model, SHIPPED_MODEL } from '@/utils/core/matching/model';

// The explanation is what is tested: a model that reports everything shows it whatever the thresholds.
const everything = new Model({ ...SHIPPED_MODEL.file, bySize: undefined, highlightProbability: 0.5, possibleProbability: 1e-6 });
const why = (claims: IndexClaim[], text: string, lang: string) => {
  const [m] = ClaimMatcher.build(claims, { model: everything }).scan(text, { lang });
  return m!.explanation;
};

describe('why a sentence was matched, in phrases', () => {
  it('names a country as written, not word by word', () => {
    const claims: IndexClaim[] = [{ id: 'denial', statement: { fr: 'La Corée du Nord a nié avoir envoyé des troupes combattre en Ukraine pour la Russie.' }, versions: [] }];
    const e = why(claims, 'La Corée du Nord a nié avoir envoyé des troupes combattre en Ukraine.', 'fr');
    expect(e.sharedEntities).toContain('Corée du Nord');
    expect(e.sharedEntities).not.toContain('Nord');
    // "a" between the name and the verb joins nothing: the verb stays a word of its own.
    expect(e.sharedTerms).toEqual(expect.arrayContaining(['nié', 'envoyé', 'troupes']));
    expect(e.sharedEntities).toContain('Ukraine');
  });

  it('keeps hyphenated words whole and names side by side together', () => {
    const claims: IndexClaim[] = [
      { id: 'nis', statement: { en: 'South Korean intelligence says North Korea sent 1,500 special forces soldiers to Vladivostok.' }, versions: [{ id: 'v', outletId: 'o', lang: 'fr', quote: 'Le renseignement sud-coréen affirme que 1 500 soldats nord-coréens ont été envoyés à Vladivostok.' }] },
    ];
    const fr = why(claims, 'Selon le renseignement sud-coréen, 1 500 soldats nord-coréens ont été envoyés à Vladivostok.', 'fr');
    expect([...fr.sharedTerms, ...fr.sharedEntities]).toEqual(expect.arrayContaining(['sud-coréen', 'nord-coréens']));
    expect(fr.sharedTerms).not.toContain('soldats nord-coréens');
    const en = why(claims, 'North Korea sent 1,500 special forces soldiers to Vladivostok, South Korean intelligence says.', 'en');
    expect(en.sharedEntities).toEqual(expect.arrayContaining(['North Korea', 'South Korean']));
    expect(en.sharedTerms).toEqual(expect.arrayContaining(['soldiers']));
  });

  it('cuts phrases at the right place after a ligature the analysis writes out', () => {
    const claims: IndexClaim[] = [{ id: 'work', statement: { fr: "Le manque de main-d'\u0153uvre qualifiée freine la Corée du Sud selon Séoul." }, versions: [] }];
    const e = why(claims, "Selon Séoul, le manque de main-d'oeuvre qualifiée freine la Corée du Sud.", 'fr');
    expect(e.sharedEntities).toContain('Corée du Sud');
    expect(e.sharedEntities).toContain('Séoul');
  });
});
