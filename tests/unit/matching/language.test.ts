import { describe, expect, it } from 'vitest';
import { guessLanguage, languageTools } from '@/utils/core/matching/languages';

describe('stemming and stop words', () => {
  it('conflates French inflections, including the -ent verb ending', () => {
    const fr = languageTools('fr');
    expect(fr.stem('soldats')).toBe(fr.stem('soldat'));
    expect(fr.stem('préparent')).toBe(fr.stem('préparés'));
    expect(fr.stem('entraînent')).toBe(fr.stem('entraînaient'));
    // Stems come out without accents, so they compare with folded text.
    expect(fr.stem('déployés')).not.toMatch(/[éè]/);
  });

  it('conflates English inflections', () => {
    const en = languageTools('en-GB');
    expect(en.stem('soldiers')).toBe(en.stem('soldier'));
    expect(en.stem('training')).toBe(en.stem('trained'));
  });

  it('uses stop lists, and a prefix stem for languages without a stemmer', () => {
    expect(languageTools('fr').isStopWord('les')).toBe(true);
    expect(languageTools('fr').isStopWord('soldats')).toBe(false);
    expect(languageTools('en').isStopWord('the')).toBe(true);
    const pl = languageTools('pl');
    expect(pl.stem('żołnierzy')).toBe(pl.stem('żołnierze'));
    expect(pl.isStopWord('oraz')).toBe(true);
  });

  it('guesses the language of a text from its stop words', () => {
    expect(guessLanguage('Le président a déclaré que les soldats étaient arrivés.')).toBe('fr');
    expect(guessLanguage('The president said that the soldiers had arrived.')).toBe('en');
    expect(guessLanguage('El presidente dijo que los soldados habían llegado.')).toBe('es');
  });

  it('guesses Czech, Swedish, Polish and Turkish sentences, which the stop-word votes would take for English or Dutch, and leaves an English tweet English', () => {
    expect(guessLanguage('Nová přehrada na Modrém Nilu pojme podle vlády celkem 74 miliard kubických metrů vody.')).toBe('cs');
    expect(guessLanguage('Sverige planerar att skjuta 75 vargar i vinter, den största jakten på decennier.')).toBe('sv');
    expect(guessLanguage('Szwecja planuje odstrzał 75 wilków tej zimy, największe polowanie od dziesięcioleci.')).toBe('pl');
    expect(guessLanguage('Pfizer aşısı 18 Kasım’da yayımlanan nihai deney sonuçlarında yüzde 95 etkili oldu.')).toBe('tr');
    expect(guessLanguage('Pence’s Brother sells engines to Russia. Manafort introduced trump/Pence & told trump to choose Pence https://t.co/AbZw3k')).toBe('en');
  });

  it('guesses a text without Latin stop words from its script, and keeps a fallback written in that script', () => {
    const texts: [string, string][] = [
      ['ru', 'Около 11 000 северокорейских солдат проходят подготовку на востоке России.'],
      ['ko', '북한군 약 1만1천명이 러시아 동부에서 훈련 중이다.'],
      ['ja', '約1万1000人の北朝鮮兵士がロシア東部で訓練を受けている。'],
      ['ja', '北朝鮮兵士約1万1000人、ロシア東部で訓練'],
      ['zh', '约一万一千名朝鲜士兵正在俄罗斯东部接受训练。'],
      ['ar', 'نحو 11 ألف جندي كوري شمالي يتدربون في شرق روسيا.'],
      ['fa', 'حدود ۱۱ هزار سرباز کره شمالی در شرق روسیه آموزش می‌بینند و به جنگ می‌روند.'],
      ['el', 'Περίπου 11.000 βορειοκορεάτες στρατιώτες εκπαιδεύονται στην ανατολική Ρωσία.'],
      ['hi', 'लगभग 11,000 उत्तर कोरियाई सैनिक पूर्वी रूस में प्रशिक्षण ले रहे हैं।'],
      ['he', 'כ-11,000 חיילים צפון קוריאנים מתאמנים במזרח רוסיה.'],
    ];
    for (const [lang, text] of texts) expect([lang, guessLanguage(text)]).toEqual([lang, lang]);
    // A Ukrainian page's block stays Ukrainian; a Japanese page's kanji-only headline stays Japanese.
    expect(guessLanguage('Близько 11 тисяч північнокорейських солдатів навчаються на сході Росії.', 'uk')).toBe('uk');
    expect(guessLanguage('北朝鮮兵士約一万人', 'ja')).toBe('ja');
    // Latin letters with no stop word, or as many Latin letters as others: the fallback.
    expect(guessLanguage('Zelensky Pyongyang Kursk', 'de')).toBe('de');
    expect(guessLanguage('Kursk Курск', 'de')).toBe('de');
  });
});
