/**
 * Claims known in one language found in sentences of another through the shipped word lists
 * (English with German, Spanish, Italian, Portuguese, Dutch): a reader of a Spanish or German
 * outlet sees the claim their library holds in English, and a sentence with the claim's words but
 * another subject is still not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { cognateTerms } from '@/utils/core/matching/cognates';

const EN: IndexClaim[] = [
  {
    id: 'sanctions',
    statement: { en: 'The United States will lift its trade sanctions against Sudan after nearly twenty years of hostile relations.' },
    versions: [],
  },
  {
    id: 'interest',
    statement: { en: 'Interest payments on the federal debt of the United States will reach 390 billion dollars next year.' },
    versions: [],
  },
  {
    id: 'impeachment',
    statement: { en: 'The motion to impeach South Korean President Yoon Suk Yeol failed in parliament.' },
    versions: [],
  },
];
const ES: IndexClaim[] = [{ id: 'gobierno-es', statement: { es: 'El gobierno de Portugal aprobó una nueva ley de vivienda el martes.' }, versions: [] }];

const matcher = ClaimMatcher.build([...EN, ...ES]);
const found = (text: string, lang: string) =>
  matcher
    .scan(text, { lang })
    .filter((m) => m.level === 'highlight' || m.level === 'possible')
    .map((m) => m.claimId);

describe('claims known in English, sentences in other languages', () => {
  it('finds a Spanish sentence stating an English claim', () => {
    expect(found('Estados Unidos levantará las sanciones comerciales contra Sudán tras casi veinte años de relaciones hostiles.', 'es')).toEqual(['sanctions']);
  });

  it('finds a German sentence stating an English claim', () => {
    expect(found('Der Antrag auf Amtsenthebung des südkoreanischen Präsidenten Yoon Suk Yeol scheiterte im Parlament.', 'de')).toEqual(['impeachment']);
  });

  it('finds a Portuguese sentence stating an English claim', () => {
    expect(found('Os pagamentos de juros da dívida federal dos Estados Unidos vão chegar a 390 bilhões de dólares no próximo ano.', 'pt')).toEqual(['interest']);
  });

  it('finds an English sentence stating a claim known only in Spanish', () => {
    expect(found("Portugal's government approved a new housing law on Tuesday.", 'en')).toEqual(['gobierno-es']);
  });

  it('does not take a sentence about another country for the claim', () => {
    expect(found('Estados Unidos levantará las sanciones comerciales contra Cuba tras casi veinte años de relaciones hostiles.', 'es')).toEqual([]);
    expect(found('El gobierno de Argentina aprobó una nueva ley de vivienda el martes.', 'es')).toEqual([]);
  });

  it('does not take a sentence that keeps the claim’s first country and changes its other one', () => {
    expect(found('The United States will lift its trade sanctions against Cuba after nearly twenty years of hostile relations.', 'en')).toEqual([]);
  });
});

describe('cognates the word lists lack', () => {
  const index = ClaimMatcher.build([
    { id: 'vow', statement: { en: 'Netanyahu vowed there would be no independent Palestinian state while he is prime minister, said the nationalist press.' }, versions: [] },
  ]).claimIndex;
  const cognates = (stem: string) => cognateTerms(stem, index).map((t) => index.termList[t]);

  it('links Spanish stems to the English ones they are written almost like', () => {
    expect(cognates('independient')).toEqual(['independ']);
    expect(cognates('palestin')).toEqual(['palestinian']);
    expect(cognates('ministr')).toEqual(['minist']);
  });

  it('does not link a stem to a longer word that merely starts like it', () => {
    expect(cognates('nation')).toEqual([]);
    expect(cognates('pres')).toEqual([]);
  });
});

describe('German capitalises every noun', () => {
  it('does not read two nouns in a row as a person to whom the statement is attributed', () => {
    // "Khartum Hilfsorganisationen" is no "Kyrylo Budanov": taken for one, the sentence read as
    // somebody else's statement against every claim that does not name that "person".
    expect(analyseText('Im Gegenzug soll Khartum Hilfsorganisationen Zugang gewähren, hieß es aus Washington.', 'de').persons).toEqual([]);
    expect(analyseText('Der Antrag auf Amtsenthebung scheiterte, sagte Ministerpräsident Han Duck-soo.', 'en').persons.length).toBeGreaterThan(0);
  });

  it('does not take a noun its article announces for a name, and still reads names', () => {
    const names = (text: string) => analyseText(text, 'de').words.filter((w) => w.entity).map((w) => w.surface);
    const found = names('Der Antrag gegen den südkoreanischen Präsidenten Yoon Suk Yeol scheiterte im Parlament, sagte Angela Merkel in Berlin.');
    expect(found).toEqual(expect.arrayContaining(['Yoon', 'Merkel', 'Berlin']));
    expect(found).not.toContain('Parlament');
    expect(found).not.toContain('Präsidenten');
  });
});

describe('figures written with the scale words of other languages', () => {
  const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);
  it.each([
    ['390 Milliarden Dollar', 'de'],
    ['390 bilhões de dólares', 'pt'],
    ['390 miliardi di dollari', 'it'],
    ['390 miljard dollar', 'nl'],
  ])('reads "%s" as the figure of "390 billion dollars"', (text, lang) => {
    expect(keys(text, lang)).toEqual(keys('390 billion dollars', 'en'));
    expect(keys(text, lang)).not.toEqual(keys('390 dollars', 'en'));
  });
});

describe('dates with the month names of other languages (CLDR, through Intl)', () => {
  const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);
  it.each([
    ['am 4. Oktober 2024', 'de'],
    ['em 4 de outubro de 2024', 'pt'],
    ['il 4 ottobre 2024', 'it'],
    ['op 4 oktober 2024', 'nl'],
  ])('reads "%s" as the date of "4 October 2024"', (text, lang) => {
    expect(keys(text, lang)).toEqual(keys('on 4 October 2024', 'en'));
  });
});

describe('month names from CLDR (utils/core/matching/month-names.json)', () => {
  it('is what scripts/build-month-names.ts computes from the platform’s CLDR data', async () => {
    const { cldrMonthNames } = await import('@/scripts/build-month-names');
    const { BUILT_IN_MONTH_AND_NUMBER_WORDS } = await import('@/utils/core/matching/bundled-base-words');
    const shipped = (await import('@/utils/core/matching/month-names.json')).default.months;
    expect(shipped).toEqual(cldrMonthNames((name) => BUILT_IN_MONTH_AND_NUMBER_WORDS.has(name)));
    expect(shipped).toMatchObject({ outubro: 10, ottobre: 10, maart: 3 });
  });
});
