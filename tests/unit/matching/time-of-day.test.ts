/**
 * A time of day reads as the same figures however it is written (time-of-day.ts): a German
 * "22.30 Uhr" was the decimal 22.3 and an English "10:30 p.m." the figures 10 and 30, so the
 * German sentence stating the English claim had a figure in conflict with it and none in common.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';

const keys = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('times of day', () => {
  it('give the hour on the 24-hour clock and the minutes, in English, French and German', () => {
    expect(keys('Yoon declared martial law around 10:30 p.m. and lifted it around 4:30 a.m.', 'en')).toEqual(['n22', 'n30', 'n4', 'n30']);
    expect(keys('Yoon a décrété la loi martiale vers 22 h 30 et l’a levée vers 4 h 30.', 'fr')).toEqual(['n22', 'n30', 'n4', 'n30']);
    expect(keys('Das Kriegsrecht, das Yoon gegen 22.30 Uhr verhängt hatte, hob er gegen 4.30 Uhr wieder auf.', 'de')).toEqual(['n22', 'n30', 'n4', 'n30']);
    expect(keys('The polls close at 8 p.m. and at 12:15 a.m. the count began.', 'en')).toEqual(['n20', 'n0', 'n15']);
  });

  it('read "23.40" after the article Spanish, Italian and Portuguese put before an hour as a time, not the decimal 23.4', () => {
    expect(keys('El incendio se declaró hacia las 23.40 del martes.', 'es')).toEqual(['n23', 'n40']);
    expect(keys("Lo scontro è avvenuto alle 18.15 di martedì, verso le 18.30 i primi soccorsi.", 'it')).toEqual(['n18', 'n15', 'n18', 'n30']);
    expect(keys('O acidente ocorreu às 23.40 de terça-feira.', 'pt')).toEqual(['n23', 'n40']);
    // The same number after no such article, or in English, is what it was.
    expect(keys('El índice subió 23.40 puntos.', 'es')).toEqual(['n23.4']);
    expect(keys('The price rose to 23.40 dollars.', 'en')).toEqual(['n23.4']);
  });

  it('read "04.40", and "4.40" where decimals take a comma, as a time: "04.40 uur", "godz. 4.40", "ve 4.40"', () => {
    expect(keys('De brug stortte maandagochtend rond 04.40 uur gedeeltelijk in.', 'nl')).toEqual(['n4', 'n40']);
    expect(keys('W poniedziałek o godz. 4.40 runęło środkowe przęsło mostu.', 'pl')).toEqual(['n4', 'n40']);
    expect(keys('Most se zřítil v pondělí ve 4.40 ráno.', 'cs')).toEqual(['n4', 'n40']);
    expect(keys('The bridge gave way at 04.40 on Monday.', 'en')).toEqual(['n4', 'n40']);
    // A point is a decimal where decimals take one (English, Latin American Spanish), and "0.50" is one anywhere.
    expect(keys('The bridge rose 4.40 metres; the fare is 0.50 euros.', 'en')).toEqual(['n4.4', 'n0.5']);
    expect(keys('Die Fahrt kostet 0.50 Euro.', 'de')).toEqual(['n0.5']);
  });

  it('read the same glued into one word: "22h30", "4h", "9pm", "10.30pm", "10:30pm"', () => {
    expect(keys('Yoon a décrété la loi martiale vers 22h30 et l’a levée vers 4H30.', 'fr')).toEqual(['n22', 'n30', 'n4', 'n30']);
    expect(keys('Yoon declared martial law around 10.30pm and lifted it around 4:30am.', 'en')).toEqual(['n22', 'n30', 'n4', 'n30']);
    expect(keys('Les bureaux ferment à 20h, the polls close at 8pm.', 'fr')).toEqual(['n20', 'n20']);
    // Not a time: a model name, an hour past 24, "13pm".
    expect(keys('The 4k screen, the 25h30 mark and 13pm.', 'en')).toEqual([]);
  });

  it('read an hour written as news agencies write it before a time zone: "0300 GMT", "14:30 UTC", "1430 hrs"', () => {
    expect(keys('The attack was discovered at about 0300 GMT on March 9.', 'en')).toEqual(['m3', 'd3-9', 'n3']);
    expect(keys('The quake struck at 14:30 UTC, the sirens sounded at 1430 hrs.', 'en')).toEqual(['n14', 'n30', 'n14', 'n30']);
    // Four digits before no zone stay a count or a year; an hour past 23 is no time.
    expect(keys('Some 2300 residents fled; 2400 GMT is no hour.', 'en')).toEqual(['n2300', 'n2400']);
  });

  it('leaves figures that are not said to be a time as they were', () => {
    // A share keeps its "%" (percent-words.ts).
    expect(keys('Growth was 4.30 percent; the score stood at 10:30 after the break.', 'en')).toEqual(['n4.3%', 'n10', 'n30']);
    expect(keys('Die Wirtschaft wuchs um 4,2 Prozent, am Dienstag um 10 Uhr.', 'de')).toEqual(['n4.2%', 'n10']);
    expect(keys('Sales rose 22.5 pm the analysts said, and 7 am Montag.', 'en')).toEqual(['n22.5', 'n7']);
  });
});
