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
    // A hundred alone, where Spanish spells it so: "cien" had been no figure alone, as "hundred" is.
    expect(figures('Cien personas fueron evacuadas.', 'es')).toEqual(['n100']);
    expect(figures('Hundred Acre Wood', 'en')).toEqual([]);
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
