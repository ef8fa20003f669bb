/**
 * A spelling-tolerant key for proper names, so that transliterations of the
 * same name meet: Sergeyevka / Sergeevka / Sergueïevski, Zelensky / Zelenskyy /
 * Zelenski, Poutine / Putin, Corée / Korea. The key is the first letter and the
 * next consonant sounds, after rewriting spellings that differ between
 * French, English and German transliteration conventions.
 */

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

function computeKey(lowerFolded: string): string {
  let s = lowerFolded.replace(/[^a-z]/g, '');
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
