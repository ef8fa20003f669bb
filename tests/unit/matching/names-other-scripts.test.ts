/**
 * Names written in Cyrillic or Greek, or in a Slavic oblique case, key as their Latin nominative
 * (entity-key.ts): a Russian, Ukrainian, Greek, Czech or Polish sentence naming the people of an
 * English claim shares its names, and is highlighted; a sentence in those languages about others is not.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

const CLAIMS: IndexClaim[] = [
  { id: 'helsinki', statement: { en: 'Vladimir Putin met Donald Trump in Helsinki on 16 July 2018.' }, versions: [] },
  { id: 'tsipras', statement: { en: 'Alexis Tsipras resigned as Greek prime minister in August 2015.' }, versions: [] },
  { id: 'kyiv-visit', statement: { en: 'Volodymyr Zelensky met Joe Biden in Kyiv on 20 February 2023.' }, versions: [] },
  { id: 'rates', statement: { en: 'The central bank raised its interest rate to 5 percent in March.' }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = (text: string, lang: string) =>
  matcher
    .scan(text, { lang })
    .filter((m) => m.level === 'highlight')
    .map((m) => m.claimId);
const names = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => w.entity).map((w) => w.entity);

describe('names in other scripts and in Slavic cases', () => {
  it('keys a Cyrillic or Greek name as its Latin transliteration, and a Slavic oblique case as the nominative', () => {
    expect(names('Владимир Путин встретился с Дональдом Трампом.', 'ru')).toEqual(names('Vladimir Putin met Donald Trump.', 'en'));
    expect(names('Ο Αλέξης Τσίπρας και ο Μπάιντεν.', 'el')).toEqual(names('Alexis Tsipras and Biden.', 'en'));
    expect(names('Biden se setkal s Putinem a poděkoval Moyesovi.', 'cs')).toEqual(names('Biden met Putin and thanked Moyes.', 'en'));
    expect(names('Wołodymyr Zełenski spotkał się z Bidenem.', 'pl')).toEqual(names('Volodymyr Zelensky met Biden.', 'en'));
    // A surname's own ending stays: Ivanov is not Ivan.
    expect(names('Иванов', 'ru')).not.toEqual(names('Ivan', 'en'));
  });

  it('keys a Greek genitive as its nominative, where a short name would lose its last consonant', () => {
    expect(names('Στο λιμάνι της Χίου.', 'el')).toEqual(names('In the port of Chios.', 'en'));
    expect(names('Ο Παπανδρέου και ο Μητσοτάκη.', 'el')).toEqual(names('Papandreou and Mitsotakis.', 'en'));
  });

  it('highlights a Russian, Greek, Ukrainian or Polish sentence that states an English claim', () => {
    expect(highlighted('Владимир Путин встретился с Дональдом Трампом в Хельсинки 16 июля 2018 года.', 'ru')).toEqual(['helsinki']);
    expect(highlighted('Ο Αλέξης Τσίπρας παραιτήθηκε από πρωθυπουργός τον Αύγουστο του 2015.', 'el')).toEqual(['tsipras']);
    expect(highlighted('Володимир Зеленський зустрівся з Джо Байденом у Києві 20 лютого 2023 року.', 'uk')).toEqual(['kyiv-visit']);
    expect(highlighted('Wołodymyr Zełenski spotkał się z Joe Bidenem w Kijowie 20 lutego 2023 roku.', 'pl')).toEqual(['kyiv-visit']);
  });

  it('does not highlight a sentence in those languages about other people', () => {
    expect(highlighted('Ангела Меркель встретилась с Эммануэлем Макроном в Берлине 16 июля 2018 года.', 'ru')).toEqual([]);
    expect(highlighted('Ο Κυριάκος Μητσοτάκης παραιτήθηκε τον Αύγουστο του 2015.', 'el')).toEqual([]);
  });
});
