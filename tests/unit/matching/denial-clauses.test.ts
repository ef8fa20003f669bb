/**
 * A denial in a clause after the claim (", which Moscow denies", ", ce que dément la direction"): the
 * sentence states the claim and reports who denies it, so it is highlighted as the claim; a sentence
 * whose own content is the denial ("Moscow denies that…") still is not (analyse-text.ts, cue-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const claims: IndexClaim[] = [
  {
    id: 'jobs',
    statement: { fr: "Selon la CGT, l'automatisation du terminal supprimerait 180 emplois de dockers." },
    versions: [{ id: 'v1', outletId: 'a', lang: 'fr', quote: "L'automatisation du terminal à conteneurs supprimerait 180 emplois de dockers, selon la CGT." }],
  },
  {
    id: 'troops',
    statement: { en: 'About 11,000 North Korean soldiers are in the Kursk region, according to Ukraine.' },
    versions: [{ id: 'v2', outletId: 'b', lang: 'en', quote: 'Ukraine says about 11,000 North Korean soldiers are now in the Kursk region.' }],
  },
  {
    id: 'denies',
    statement: { en: 'Pyongyang denies that North Korean soldiers are fighting in the Kursk region.' },
    versions: [],
  },
];

describe('a denial in a clause after the claim', () => {
  const highlighted = highlightedClaims(ClaimMatcher.build(claims));

  it('highlights the claim the sentence states before the denial it reports', () => {
    expect(highlighted('La CGT estime que l’automatisation du terminal supprimerait 180 emplois de dockers, ce que dément formellement la direction.', 'fr')).toContain('jobs');
    expect(highlighted('Ukraine says about 11,000 North Korean soldiers are now in the Kursk region, which Moscow denies.', 'en')).toContain('troops');
  });

  it('still reads a sentence whose own content is the denial as negating the claim', () => {
    expect(highlighted('La direction dément que l’automatisation du terminal supprimerait 180 emplois de dockers.', 'fr')).not.toContain('jobs');
    const own = analyseText('Moscow denies that 11,000 North Korean soldiers are in the Kursk region.', 'en');
    expect([own.negated, own.denied, own.deniedLater]).toEqual([true, true, false]);
  });

  it('reads the clause in each language that lists its openers, and only after a break', () => {
    for (const [text, lang] of [
      ['Die Gewerkschaft spricht von 180 Stellen, was die Direktion bestreitet.', 'de'],
      ['El sindicato habla de 180 empleos, lo que niega la dirección.', 'es'],
      ['Il sindacato parla di 180 posti, cosa che la direzione smentisce.', 'it'],
      ['De vakbond spreekt van 180 banen, wat de directie ontkent.', 'nl'],
      ['Ukraine says the troops are in Kursk, a claim Moscow denies.', 'en'],
    ] as const) {
      const a = analyseText(text, lang);
      expect([a.negated, a.denied, a.deniedLater], text).toEqual([false, false, true]);
    }
    // "which" opening the sentence's own clause is no report of a denial.
    const first = analyseText('Which officials denied the report?', 'en');
    expect([first.negated, first.denied]).toEqual([true, true]);
  });
});
