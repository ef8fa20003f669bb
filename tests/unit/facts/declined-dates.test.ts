import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';

/** Dates read at stop 59: weekdays as languages that decline them write them, and ordinal days in figures. */
const dates = (q: string, lang: string) => extractFacts(q, { lang, publishedAt: '2025-06-04' }).dates.map((d) => ({ label: d.label, iso: d.iso }));

describe('dates as languages that decline weekdays and write ordinal days write them', () => {
  it.each([
    // Declined weekdays: a short name with an ending, a long one less its last letter, a fleeting vowel.
    ['hu', 'A hidat kedden lezárták.', 'Tuesday', '2025-06-03'],
    ['lv', 'Otrdien uz Liepājas ostu tika novirzīti divi prāmji.', 'Tuesday', '2025-06-03'],
    ['lt', 'Eilė šeštadienį driekėsi 20 kilometrų.', 'Saturday', '2025-05-31'],
    ['sr', 'Узрок несреће биће познат до понедељка.', 'Monday', '2025-06-02'],
    // An ordinal day the lexer leaves in two: Greek "17ης", Russian "17-го", Portuguese "1.º".
    ['el', 'Ο σεισμός της 17ης Νοεμβρίου 2015 ήταν ισχυρότερος.', '17 November 2015', '2015-11-17'],
    ['ru', 'Выборы прошли 17-го ноября 2015 года.', '17 November 2015', '2015-11-17'],
    ['pt', 'A lei entra em vigor em 1.º de março de 2026.', '1 March 2026', '2026-03-01'],
  ])('[%s] %s', (lang, quote, label, iso) => {
    expect(dates(quote, lang)).toEqual([{ label, iso }]);
  });

  it('reads two days that share one month as two dates', () => {
    const both = [
      { label: '22 October', iso: '2025-10-22' },
      { label: '23 October', iso: '2025-10-23' },
    ];
    expect(dates('Les syndicats ont annoncé une grève les 22 et 23 octobre.', 'fr')).toEqual(both);
    expect(dates('La huelga se repetirá el 22 y el 23 de octubre.', 'es')).toEqual(both);
    expect(dates('The strike will be repeated on 22 and 23 October.', 'en')).toEqual(both);
    // A figure before "and" is no day when no month follows the second.
    expect(dates('Between 22 and 23 people were hurt on Monday.', 'en')).toEqual([{ label: 'Monday', iso: '2025-06-02' }]);
  });

  it('reads no adjective or ordinal as a declined weekday', () => {
    // An adjective is no declined weekday: "středním" (central) is not Wednesday's, "czwarty" (fourth) not Thursday.
    expect(dates('Povodeň na středním Slovensku si vyžádala oběť.', 'cs')).toEqual([]);
    expect(dates('W Tatrach obowiązuje czwarty stopień zagrożenia.', 'pl')).toEqual([]);
  });
});
