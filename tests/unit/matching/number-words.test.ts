/**
 * Figures spelled in words in the languages n2words spells (scripts/build-number-words.ts): a German
 * or Italian sentence that writes the figure in words agrees with a claim that writes it in digits,
 * and disagrees with one that states another figure; a number word of one language is no figure in
 * a text of another ("once" is 11 in Spanish, an adverb in English).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { NUMBER_LOCALES, numberWordsOf } from '@/scripts/build-number-words';
import shipped from '@/utils/core/matching/number-words-data.json';

const CLAIMS: IndexClaim[] = [
  { id: 'hamburg', statement: { de: 'Beim Brand im Krankenhaus von Hamburg starben 22 Patienten.' }, versions: [] },
  { id: 'napoli', statement: { it: "Nell'incendio dell'ospedale di Napoli sono morti 3 pazienti." }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const found = (text: string, lang: string) =>
  matcher
    .scan(text, { lang })
    .filter((m) => m.level === 'highlight' || m.level === 'possible')
    .map((m) => m.claimId);
const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('number words of the text’s language', () => {
  it('finds a German sentence that spells the claim’s figure, not one that spells another', () => {
    expect(found('Beim Brand im Krankenhaus von Hamburg starben zweiundzwanzig Patienten.', 'de')).toEqual(['hamburg']);
    expect(found('Beim Brand im Krankenhaus von Hamburg starben dreiundzwanzig Patienten.', 'de')).toEqual([]);
  });

  it('finds an Italian sentence that spells the claim’s figure, not one that spells another', () => {
    expect(found("Nell'incendio dell'ospedale di Napoli sono morti tre pazienti.", 'it')).toEqual(['napoli']);
    expect(found("Nell'incendio dell'ospedale di Napoli sono morti sette pazienti.", 'it')).toEqual([]);
  });

  it('reads units, compounds, hundreds and scales of Portuguese and Dutch', () => {
    expect(figures('Morreram três pessoas e duzentos feridos; o custo foi de dois milhões.', 'pt')).toEqual(['n3', 'n200', 'n2000000']);
    expect(figures('Er waren tweeëntwintig slachtoffers en drie miljard euro schade.', 'nl')).toEqual(['n22', 'n3000000000']);
  });

  it('reads a number word only in its own language', () => {
    expect(figures('El consejo aprobó once distritos.', 'es')).toEqual(['n11']);
    expect(figures('The council once again approved the budget.', 'en')).toEqual([]);
    expect(figures('Elf Menschen wurden verletzt.', 'de')).toEqual(['n11']);
    expect(figures('The elf in the film is played by a famous actor.', 'en')).toEqual([]);
  });

  it('keeps the article that is also 1 a figure only before a scale word', () => {
    expect(figures('Eine Frau hat eine Million Euro gewonnen.', 'de')).toEqual(['n1000000']);
    expect(figures('Een man kreeg een boete.', 'nl')).toEqual([]);
  });

  it('ships the table the build script makes from n2words', async () => {
    for (const [lang, locale] of Object.entries(NUMBER_LOCALES)) {
      const { toCardinal } = (await import(`n2words/${locale}`)) as { toCardinal: (n: number) => string };
      expect(shipped.langs[lang as keyof typeof shipped.langs], lang).toEqual(numberWordsOf(toCardinal));
    }
  });
});
