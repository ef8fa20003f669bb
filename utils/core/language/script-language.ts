/**
 * Languages told by their script alone, or by a few letters within a script. Ranges from the
 * Unicode blocks; the letters that tell Persian, Urdu and Arabic apart, or Ukrainian, Serbian and
 * Bulgarian from Russian, are letters only those alphabets use.
 */
const SCRIPTS: [RegExp, string][] = [
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0980-\u09ff]/g, 'bn'],
  [/[\u0a00-\u0a7f]/g, 'pa'],
  [/[\u0a80-\u0aff]/g, 'gu'],
  [/[\u0b00-\u0b7f]/g, 'or'],
  [/[\u0b80-\u0bff]/g, 'ta'],
  [/[\u0c00-\u0c7f]/g, 'te'],
  [/[\u0c80-\u0cff]/g, 'kn'],
  [/[\u0d00-\u0d7f]/g, 'ml'],
  [/[\u0d80-\u0dff]/g, 'si'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0e80-\u0eff]/g, 'lo'],
  [/[\u1000-\u109f]/g, 'my'],
  [/[\u1780-\u17ff]/g, 'km'],
  [/[\u10a0-\u10ff]/g, 'ka'],
  [/[\u0530-\u058f]/g, 'hy'],
  [/[\u1200-\u137f]/g, 'am'],
  [/[\u0370-\u03ff\u1f00-\u1fff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, 'zh'],
  [/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g, 'arabic-script'],
  [/[\u0400-\u04ff]/g, 'cyrillic'],
];

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function arabicScript(text: string): string {
  // Urdu: ٹ ڈ ڑ ں ے; Persian: پ چ ژ گ and the Persian kaf and yeh; Arabic: ة, ى, Arabic kaf and yeh.
  const urdu = count(text, /[\u0679\u0688\u0691\u06ba\u06d2]/g);
  const persian = count(text, /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/g);
  const arabic = count(text, /[\u0629\u0649\u0643\u064a]/g);
  if (urdu > 0 && urdu * 3 >= persian) return 'ur';
  return persian > arabic ? 'fa' : 'ar';
}

function cyrillic(text: string): string {
  // Kazakh letters (ә ғ қ ұ һ) come before the і it shares with Ukrainian.
  if (/[әғқұһ]/i.test(text)) return 'kk';
  if (/[ђјљњћџ]/i.test(text)) return 'sr';
  if (/[іїєґ]/i.test(text)) return 'uk';
  if (/[ўі]/i.test(text)) return 'be';
  // Bulgarian writes ъ as a vowel and has no ы or э.
  if (!/[ыэё]/i.test(text) && count(text, /ъ/gi) >= 2) return 'bg';
  return 'ru';
}

/**
 * The language a text's script tells, when at least a quarter of its letters are in a script other
 * than Latin (a Hindi sentence quoting "BJP" is Hindi); undefined for Latin-script text.
 */
export function languageFromScript(text: string): string | undefined {
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [re, lang] of SCRIPTS) {
    const n = count(text, re);
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  if (!best || bestCount * 4 < letters) return undefined;
  // Japanese writes Han characters too: any kana makes it Japanese.
  if (best === 'zh' && /[\u3040-\u30ff]/.test(text)) return 'ja';
  if (best === 'arabic-script') return arabicScript(text);
  if (best === 'cyrillic') return cyrillic(text);
  return best;
}
