import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itWithShared } from '../../shared-data';
import { detectLanguage } from '@/utils/core/language/detect-language';
import { languageFromScript } from '@/utils/core/language/script-language';

/** Real published ClaimReview, under ../shared (tests/shared-data.ts). */
const SAMPLE = 'real-data/claimreview/feed-sample.json';

/**
 * The language each fact-checker (or edition) publishes in, from its address: the truth the
 * detector is checked against on real claims it has never been tuned on item by item.
 */
const EDITION_LANGUAGE: [RegExp, string][] = [
  [/factnameh\.com/, 'fa'], [/fatabyyano\.net/, 'ar'], [/tfc-taiwan\.org\.tw/, 'zh'], [/bangla\.boomlive/, 'bn'],
  [/hindi\.boomlive|factcheckhindi\.afp|aajtak|vishvasnews\.com\/(?!english)/, 'hi'], [/tjekdet\.dk/, 'da'],
  [/factuel\.afp|20minutes\.fr|lemonde\.fr|defacto-observatoire\.fr/, 'fr'], [/faktencheck\.afp|presseportal\.de/, 'de'],
  [/factual\.afp|newtral\.es|verifica\.efe/, 'es'], [/checamos\.afp|aosfatos|projetocomprova|piaui\.folha|uol\.com\.br|^\/estadao/, 'pt'],
  [/factcheck\.afp|africacheck|boomlive\.in|indiatoday|newschecker|thequint|vishvasnews\.com\/english|politifact|wikitribune|cite\.org\.zw/, 'en'],
];

function realClaims(): { text: string; lang: string; url: string }[] {
  const sample = JSON.parse(readFileSync('../shared/real-data/claimreview/feed-sample.json', 'utf8')) as Record<string, unknown>[];
  const out: { text: string; lang: string; url: string }[] = [];
  for (const review of sample) {
    const text = [review.claimReviewed].flat()[0];
    const url = String(review.url ?? '');
    const lang = EDITION_LANGUAGE.find(([re]) => re.test(url))?.[1];
    if (typeof text === 'string' && text.trim() && lang) out.push({ text, lang, url });
  }
  return out;
}

describe('statement language detection', () => {
  itWithShared('finds the language of real fact-checked claims (../shared/real-data/claimreview) in at least 90% of cases, never none', [SAMPLE], () => {
    const claims = realClaims();
    const wrong = claims.filter((c) => detectLanguage(c.text) !== c.lang);
    console.log(`language right: ${claims.length - wrong.length}/${claims.length}; wrong:\n  ${wrong.map((c) => `${c.lang} -> ${detectLanguage(c.text)}: ${c.text.slice(0, 70)}`).join('\n  ')}`);
    expect(claims.length).toBeGreaterThan(70);
    expect((claims.length - wrong.length) / claims.length).toBeGreaterThanOrEqual(0.9);
    // Scripts tell for sure.
    for (const c of claims.filter((x) => ['fa', 'ar', 'zh', 'bn', 'hi'].includes(x.lang))) expect(detectLanguage(c.text)).toBe(c.lang);
  });

  it.each([
    ['Северная Корея отправила войска в Россию', 'ru'],
    ['Північна Корея відправила війська до Росії', 'uk'],
    ['북한이 러시아에 병력을 보냈다', 'ko'],
    ['北朝鮮がロシアに兵士を送った', 'ja'],
    ['کره شمالی سربازانی را به روسیه فرستاد', 'fa'],
    ['أرسلت كوريا الشمالية جنودا إلى روسيا', 'ar'],
    ['उत्तर कोरिया ने रूस में सैनिक भेजे हैं', 'hi'],
    ['उत्तर कोरियाने रशियात सैनिक पाठवले आहेत आणि ते तयार आहेत', 'mr'],
    ['Kuzey Kore Rusya’ya asker gönderdi ve bu iddia doğru değil', 'tr'],
    ['Korea Utara mengirim tentara ke Rusia dan ini tidak benar', 'id'],
    ['La Corea del Nord ha inviato soldati in Russia, non è vero', 'it'],
    ['Nordkorea hat Soldaten nach Russland geschickt, das ist nicht wahr', 'de'],
    ['Noord-Korea heeft soldaten naar Rusland gestuurd, maar dat is niet waar', 'nl'],
    ['Les soldats nord-coréens sont arrivés dans l’est de la Russie', 'fr'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing when the text tells nothing', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('12,000 / 2024')).toBeUndefined();
  });
});

describe('language from the script', () => {
  it('names a script that has at least a quarter of the letters, not one under it', () => {
    expect(languageFromScript('भाजपा (BJP) ने चुनाव जीता')).toBe('hi');
    expect(languageFromScript('Der Kreml (Кремль) bestreitet alles, was berichtet wurde')).toBeUndefined();
    expect(languageFromScript('Кремль отрицает все сообщения')).toBe('ru');
    expect(languageFromScript('Le Kremlin dément')).toBeUndefined();
  });

  it('says nothing of a text without letters, even in the characters of a script', () => {
    // Devanagari and Arabic-Indic digits and the Arabic comma are in those scripts' blocks, and are no letters.
    expect(languageFromScript('१२,००० ٣٤٥، ٦')).toBeUndefined();
    expect(languageFromScript('')).toBeUndefined();
  });
});

describe('ClaimReview import: statement language', () => {
  itWithShared('takes inLanguage when declared, detects it otherwise, and never leaves und on real data', [SAMPLE], async () => {
    const { parseImport } = await import('@/utils/core/import/parse-import');
    const text = readFileSync('../shared/real-data/claimreview/feed-sample.json', 'utf8');
    const parsed = parseImport(text, { now: '2026-11-30T00:00:00.000Z', fileName: 'feed-sample.json' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const langs = parsed.value.claims.flatMap((c) => Object.keys(c.statement));
    expect(langs.filter((l) => l === 'und')).toEqual([]);
    const declared = parseImport(JSON.stringify({ '@type': 'ClaimReview', inLanguage: 'pt-BR', claimReviewed: 'Le Mali a rompu ses relations', url: 'https://x.example/1', reviewRating: { alternateName: 'Falso' } }), { now: '2026-11-30T00:00:00.000Z', fileName: 'a.json' });
    expect(declared.ok && Object.keys(declared.value.claims[0].statement)).toEqual(['pt-BR']);
  });
});
