/**
 * A spelling-tolerant key for proper names, so that transliterations of the
 * same name meet: Sergeyevka / Sergeevka / Sergueïevski, Zelensky / Zelenskyy /
 * Zelenski, Poutine / Putin, Corée / Korea. The key is the first letter and the
 * next consonant sounds, after rewriting spellings that differ between
 * French, English and German transliteration conventions, and Cyrillic and Greek letters as Latin ones.
 */
import { baseWords } from './base-words';

const REWRITES: [RegExp, string][] = [
  [/gu(?=[eiy])/g, 'g'], // Sergueï -> Sergei
  [/qu/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/ck/g, 'k'],
  [/c/g, 'k'], // Corée -> Korea
  [/ph/g, 'f'],
  [/[sz]?ch/g, 'sh'], // tch / tsch / ch variants of the same sound
  [/kh/g, 'h'],
  [/ou/g, 'u'], // Poutine -> Putin
  [/[wv]/g, 'v'],
  [/x/g, 'ks'],
  [/dj|j/g, 'y'], // Jong / Djong / Yong
  [/th/g, 't'],
];

/** Number of consonant sounds kept after the first letter. */
const KEY_CONSONANTS = 3;

const cache = new Map<string, string>();

export function entityKey(lowerFolded: string): string {
  let key = cache.get(lowerFolded);
  if (key === undefined) {
    key = computeKey(lowerFolded);
    if (cache.size < 100_000) cache.set(lowerFolded, key);
  }
  return key;
}

/** Greek pairs read as one Latin sound, as in the names news transliterates: "μπ" b ("Μπάιντεν", Biden), "ντ" d ("Ντόναλντ", Donald), "γκ" g; "αυ", "ευ" av, ev. */
const GREEK_PAIRS: [RegExp, string][] = [
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ/g, 'g'],
  [/γ([γξχ])/g, 'n$1'],
  [/([αε])υ/g, '$1v'],
];

/**
 * Case endings that add a consonant to a name in Slavic languages ("Bidenem", "Putinovi", "Moyesův",
 * "Байденом"), cut before keying, so that a short name keys as its nominative does (the key keeps three
 * consonants: "Putinem" would be "ptnm", not Putin's "ptn"). Only endings of oblique cases: a surname's
 * own "-ov", "-in", "-ová" stays. Keys are folded: "ův" is "uv".
 */
const CASE_ENDINGS: Record<string, readonly string[]> = {
  cs: ['ovi', 'uv', 'em'],
  sk: ['ovi', 'om'],
  pl: ['owi', 'em'],
  sl: ['om', 'em'],
  hr: ['ovi', 'om', 'em'],
  sr: ['ovi', 'om', 'em'],
  bs: ['ovi', 'om', 'em'],
  ru: ['ому', 'ему', 'ом', 'ем', 'ым'],
  uk: ['ові', 'ому', 'ом', 'ем'],
  be: ['ам', 'ом'],
};

/** A capitalised word of a text in `lang`, as its name is keyed: without a Slavic oblique case's ending. */
export function nameForKey(lowerFolded: string, lang: string): string {
  // A Greek masculine name's genitive, "Χίου" for "Χίος" (Chios), as its nominative: a short name's key
  // keeps its last consonant ("Κυριάκου" and "Kyriakos"). A long one keys alike either way ("Παπανδρέου").
  if (lang === 'el') return lowerFolded.length >= 4 && lowerFolded.endsWith('ου') ? lowerFolded.slice(0, -2) + 'ος' : lowerFolded;
  const endings = CASE_ENDINGS[lang];
  if (!endings) return lowerFolded;
  for (const end of endings) if (lowerFolded.length >= end.length + 4 && lowerFolded.endsWith(end)) return lowerFolded.slice(0, -end.length);
  return lowerFolded;
}

/** A lowercase, accent-folded word's Cyrillic and Greek letters as Latin ones ("путин" is "putin"); Latin letters as they are. */
export function latinLetters(lowerFolded: string): string {
  let s = lowerFolded;
  if (/[\u0370-\u03ff]/.test(s)) for (const [pattern, replacement] of GREEK_PAIRS) s = s.replace(pattern, replacement);
  // Cyrillic and Greek letters as English and French transliterations write them (BaseWords.letters): "Путин" keys as "Putin".
  const letters = baseWords().letters;
  let out = '';
  for (const c of s) out += letters[c] ?? c;
  return out;
}

function computeKey(lowerFolded: string): string {
  let s = (/[^\x00-\x7f]/.test(lowerFolded) ? latinLetters(lowerFolded) : lowerFolded).replace(/[^a-z]/g, '');
  if (s.length < 3) return '';
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  const first = s[0]!;
  let key = first;
  let previous = first;
  for (let i = 1; i < s.length && key.length <= KEY_CONSONANTS; i++) {
    const c = s[i]!;
    if ('aeiouy'.includes(c)) {
      previous = c;
      continue;
    }
    if (c === previous || c === 'h') continue; // doubled letters, silent h
    key += c;
    previous = c;
  }
  return key;
}
