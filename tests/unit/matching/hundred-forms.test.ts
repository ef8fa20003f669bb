/**
 * The form a hundred takes before the rest of a number (scripts/build-number-words.ts): Spanish "ciento
 * veinte" and Portuguese "cento e vinte" had read as 20 (a hundred alone is "cien", "cem"), and "cien"
 * alone as no figure (number-words.ts). And the word for a hundred inside the percent unit is the unit's
 * (analyse-text.ts): Portuguese "20 por cento dos votos" had read as 20% and 102, Italian "il 20 per
 * cento" as 20 and 100.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher } from '@/utils/core/matching/index';

const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('a hundred before the rest of a number, and in the percent unit', () => {
  it('reads "ciento veinte" and "cento e vinte" as 120, and "cien" alone as 100', () => {
    expect(figures('Ciento veinte personas fueron evacuadas.', 'es')).toEqual(['n120']);
    expect(figures('Las pérdidas alcanzan ciento veinte mil euros.', 'es')).toEqual(['n120000']);
    expect(figures('Cento e vinte pessoas foram retiradas.', 'pt')).toEqual(['n120']);
    // A hundred alone, where Spanish spells it so: "cien" had been no figure alone.
    expect(figures('Cien personas fueron evacuadas.', 'es')).toEqual(['n100']);
    expect(figures('Hundred Acre Wood', 'en')).toEqual([]);
  });

  it('reads a hundred alone in the languages that write it so, but not a name’s, a coin’s or hundreds', () => {
    expect(figures('Plus de cent personnes ont été évacuées.', 'fr')).toEqual(['n100']);
    expect(figures('Mehr als hundert Menschen wurden verletzt.', 'de')).toEqual(['n100']);
    expect(figures('Över hundra personer evakuerades.', 'sv')).toEqual(['n100']);
    expect(figures('Zraněno bylo sto lidí.', 'cs')).toEqual(['n100']);
    expect(figures('O sută de oameni au fost evacuați.', 'ro')).toEqual(['n100']);
    // Names, the coin, and the forms that follow a number ("două sute"): alone they are hundreds.
    expect(figures('La guerre de Cent Ans a duré plus longtemps.', 'fr')).toEqual([]);
    expect(figures('Le cent est une pièce.', 'fr')).toEqual([]);
    expect(figures('Sute de oameni au fost evacuați.', 'ro')).toEqual([]);
    expect(figures('Cientos de personas fueron evacuadas.', 'es')).toEqual([]);
    // After digits, a hundred's word is money's: "50 cents" is no 5,000.
    expect(figures('Petrol rose by 50 cents a litre.', 'en')).toEqual(['n50']);
  });

  it('tells a French sentence that writes "cent" from the claim’s other count', () => {
    const matcher = ClaimMatcher.build([
      { id: 'evacuated', statement: { en: 'Two hundred residents of Caletamar were evacuated after the bridge collapsed.' }, versions: [{ id: 'v', outletId: 'o', lang: 'en', quote: '200 residents of Caletamar were evacuated after the bridge collapsed' }] },
    ]);
    const found = (text: string) => matcher.scan(text, { lang: 'fr' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Deux cents habitants de Caletamar ont été évacués après l’effondrement du pont.')).toEqual(['evacuated']);
    // "cent" had been no figure, and the sentence the claim with nothing against it.
    expect(found('Cent habitants de Caletamar ont été évacués après l’effondrement du pont.')).toEqual([]);
  });

  it('reads the percent unit’s hundred as the unit, not as another figure', () => {
    expect(figures('O partido obteve 20 por cento dos votos.', 'pt')).toEqual(['n20%']);
    expect(figures('Il partito ha ottenuto il 20 per cento dei voti.', 'it')).toEqual(['n20%']);
    expect(figures('El partido obtuvo el 20 por ciento de los votos.', 'es')).toEqual(['n20%']);
  });

  it('lets a wording in words agree with one in digits, and not with another count', () => {
    const matcher = ClaimMatcher.build([{ id: 'evacuated', statement: { es: 'Ciento veinte vecinos de Caletamar fueron evacuados tras el derrumbe del puente.' }, versions: [] }]);
    const found = (text: string) => matcher.scan(text, { lang: 'es' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Unos 120 vecinos de Caletamar fueron evacuados tras el derrumbe del puente.')).toEqual(['evacuated']);
    expect(found('Unos 20 vecinos de Caletamar fueron evacuados tras el derrumbe del puente.')).toEqual([]);
  });
});
