/**
 * The words of a verdict in other languages, from FreeDict's bilingual dictionaries
 * (scripts/build-verdict-words.ts): what "false", "misleading", "unproven" or "partly" is in Finnish,
 * Greek or Croatian, for the labels of fact-checkers whose scale no one here has listed ("Väärä",
 * "Παραπλανητικό", "Djelomično točno").
 *
 * A word is taken when the two directions agree: the English word's entry gives it and its own entry
 * gives the English word back; or when its own entry's first translation is the English word. A verb
 * is never taken ("korrigera", to correct, is no verdict). A word two verdicts share is left out.
 */
import { readWrittenEntries, senseWords } from './dictd';

/** The English words of each verdict and qualifier, and the parts of speech they are taken in. */
export const VERDICT_SEEDS: Record<string, string[]> = {
  false: ['false', 'untrue', 'wrong:adj', 'incorrect', 'fake:adj', 'hoax', 'falsehood', 'lie:n', 'inaccurate'],
  confirmed: ['true:adj', 'correct:adj', 'truth:n'],
  misleading: ['misleading', 'deceptive', 'manipulated', 'distorted', 'exaggerated', 'exaggeration', 'distortion', 'manipulation', 'satirical', 'parody'],
  unverified: ['unproven', 'unverified', 'unconfirmed', 'unverifiable', 'unsubstantiated', 'doubtful', 'uncertain'],
  disputed: ['disputed', 'controversial', 'debatable', 'disputable'],
  partly: ['partly', 'partially'],
  mostly: ['mostly', 'largely'],
  not: ['not'],
};

/** A dictionary (NAME without .index) and its entries: the written headword, its part of speech and sense lines. */
export interface DictEntry {
  written: string;
  pos: string | undefined;
  lines: string[];
}

const POS = /<(adj|adv|n|v|vi|vt|prep|pron|num|conj|interj|art)\b/;

function posOf(text: string): string | undefined {
  const m = POS.exec(text);
  return m ? (m[1]!.startsWith('v') ? 'v' : m[1]) : undefined;
}

export function readEntries(dir: string, name: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const e of readWrittenEntries(dir, name).entries) {
    const lines = e.lines.filter((l) => l.trim() && !/^\s*(synonyms?|antonyms?|see|note)\s*:/i.test(l.trim()) && !/^\s{3,}"/.test(l));
    out.push({ written: e.written.toLowerCase(), pos: posOf(e.first), lines });
  }
  return out;
}

/** A sense line's part of speech where it names one (Ding: "<adj>", "<v, trans>"), else its entry's. */
const linePos = (entry: DictEntry, line: string) => posOf(line) ?? entry.pos;

/** The sense lines a word is read from: the first two, not a verb's. */
function senses(entry: DictEntry): string[] {
  return entry.lines.slice(0, 2).filter((l) => linePos(entry, l) !== 'v');
}

/** Adds `value` to the set `map` holds for `key`. */
export function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** A dictionary from the language smaller than this says too little of its words to check them against. */
const SMALL = 5000;

/**
 * The verdict words of one language, per verdict or qualifier, from its English-to-X dictionary
 * (`toLang`) and its X-to-English one (`fromLang`), either of which may be missing.
 */
export function verdictWords(toLang: DictEntry[], fromLang: DictEntry[]): Record<string, string[]> {
  const seedOf = new Map<string, string>();
  const needs = new Map<string, string>();
  for (const [concept, seeds] of Object.entries(VERDICT_SEEDS)) {
    for (const seed of seeds) {
      const [word, pos] = seed.split(':') as [string, string | undefined];
      seedOf.set(word, concept);
      if (pos) needs.set(word, pos);
    }
  }
  // A seed of two parts of speech ("lie", "correct") counts only in the one named, where the entry names it.
  // Unnamed, it counts from a first sense only (`first`): "correct" is first korrekt, then korrigera.
  const fits = (seed: string, pos: string | undefined, first: boolean) => !needs.has(seed) || needs.get(seed) === pos || (pos === undefined && first);
  // Forward: the words each concept's English words are translated by.
  const forward = new Map<string, Set<string>>();
  /** Where the other direction is missing or small, a seed's first translation alone: "false" is first "nepravdivý". */
  const firstForward = new Map<string, Set<string>>();
  for (const entry of toLang) {
    const concept = seedOf.get(entry.written);
    if (!concept || entry.pos === 'v') continue;
    for (const [n, line] of senses(entry).entries()) {
      const items = fits(entry.written, linePos(entry, line), n === 0) ? senseWords(line) : [];
      for (const w of items) addTo(forward, w, concept);
      if (n === 0 && items[0] !== undefined) addTo(firstForward, items[0], concept);
    }
  }
  // Back: the concepts a word's own entry gives, and whether its first translation is one.
  const back = new Map<string, Set<string>>();
  const strong = new Map<string, Set<string>>();
  for (const entry of fromLang) {
    // A word, or two for a qualifier (Lithuanian "iš dalies", partly).
    if (entry.pos === 'v' || !/^\p{L}[\p{L}'-]*\p{L}(?: \p{L}[\p{L}'-]*\p{L})?$/u.test(entry.written)) continue;
    // Its first three senses, not a verb's: Finnish "väärä" is first "curved", then "wrong".
    const lines = entry.lines.slice(0, 3).filter((l) => linePos(entry, l) !== 'v');
    lines.forEach((line, n) => {
      const items = senseWords(line);
      items.forEach((t, k) => {
        const concept = seedOf.get(t);
        if (!concept || !fits(t, linePos(entry, line), n === 0 && k === 0)) return;
        addTo(back, entry.written, concept);
        if (k === 0 && (n === 0 || seedOf.has(items[0]!))) addTo(strong, entry.written, concept);
      });
    });
  }
  const taken = new Map<string, Set<string>>();
  const take = (w: string, c: string) => addTo(taken, w, c);
  for (const [w, concepts] of forward) for (const c of concepts) if (back.get(w)?.has(c)) take(w, c);
  for (const [w, concepts] of strong) for (const c of concepts) take(w, c);
  if (fromLang.length < SMALL) for (const [w, concepts] of firstForward) for (const c of concepts) take(w, c);
  const words: Record<string, string[]> = {};
  for (const [w, concepts] of [...taken].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A word two verdicts share says neither ("fałszywy": false and misleading), whichever direction says so.
    if (concepts.size !== 1 || (back.get(w)?.size ?? 0) > 1) continue;
    // A short word is another language's word too (Dutch "mis", wrong, in "Mis- leading"); a negation is short.
    if (w.length < ([...concepts].includes('not') ? 2 : 4)) continue;
    if (w.includes(' ') && !['partly', 'mostly'].some((q) => concepts.has(q))) continue;
    (words[[...concepts][0]!] ??= []).push(w);
  }
  return words;
}

/**
 * The forms a verdict adjective takes in a label, from its dictionary form: labels agree with a
 * neuter or feminine noun ("Netočno", "Usandt", "Παραπλανητικό", "Nepravdivé"). Per language, the
 * regular endings only.
 */
const FORMS: Record<string, [RegExp, string[]][]> = {
  ell: [[/ός$/, ['ό', 'ή', 'ά']], [/ος$/, ['ο', 'η', 'α']], [/ής$/, ['ές']], [/ης$/, ['ες']]],
  hrv: [[/an$/, ['no', 'na']], [/([^aeiou])$/, ['$1o', '$1a']]],
  srp: [[/an$/, ['no', 'na']]],
  slv: [[/en$/, ['no', 'na']], [/an$/, ['no', 'na']]],
  ces: [[/ý$/, ['é', 'á']]],
  slk: [[/ý$/, ['é', 'á']]],
  pol: [[/y$/, ['e', 'a']], [/i$/, ['ie', 'ia']]],
  dan: [[/([^t])$/, ['$1t']]],
  nor: [[/([^t])$/, ['$1t']]],
  swe: [[/nn$/, ['nt']], [/([^t])$/, ['$1t']]],
  lit: [[/as$/, ['a']]],
};

/** A verdict adjective and its forms in `lang` (a FreeDict code). */
export function verdictForms(word: string, lang: string): string[] {
  const out = [word];
  for (const [ending, replacements] of FORMS[lang] ?? []) {
    if (!ending.test(word)) continue;
    for (const r of replacements) {
      const form = word.replace(ending, r);
      if (!out.includes(form)) out.push(form);
    }
    break;
  }
  return out;
}
