import type { RawToken } from '@/utils/core/matching/lex';
import { factsGazetteer, townMap, soundWord, type Place } from '@/utils/core/facts/gazetteer';
import { fold, isCapitalisedWord } from '@/utils/core/facts/text';
import { ALTERNATIONS } from '@/utils/core/facts/inflected-names';
import { latinLetters } from '@/utils/core/matching/entity-key';
import { serbianLatin } from '@/utils/core/matching/serbian-latin';

/**
 * Names of two or three words that a Slavic or Baltic language inflects word by word: "kod Slavonskog
 * Broda" is Slavonski Brod, "у Сремској Митровици" Sremska Mitrovica, "w Nowym Sączu" Nowy Sącz, "v
 * Banskej Bystrici" Banská Bystrica. Each word of the gazetteer's name is kept without its nominative
 * ending (as one-word names are, place-grammar.ts), and each word of the quote may add up to three
 * letters to it or soften its last consonant (ALTERNATIONS).
 */

/** Lithuanian and Latvian names end in a nominative ending or vowel that the other cases replace ("Vilnius", "Vilniuje"). */
const NOMINATIVE: Record<string, RegExp> = { lt: /(?:as|is|ys|us|[aeiouy])$/, lv: /(?:as|is|us|s|[aeiouy])$/ };
const VOWEL_END = /[aeiouy]$|[αεηιουω]ς?$/;
/** A word of a name, bare, needs this many letters: "Nowy" is "now". */
const SHORTEST = 3;
const MAX_WORDS = 3;

/** A word's key without the ending its nominative has in `lang`. */
export function bareWord(key: string, lang: string): string {
  return key.replace(NOMINATIVE[lang] ?? VOWEL_END, '');
}

const byLang = new Map<string, Map<string, Place>>();

/** Names of two or three words by their words' bare keys ("slavonsk brod"), for `lang`. */
function phraseStems(lang: string): Map<string, Place> {
  let stems = byLang.get(lang);
  if (stems) return stems;
  stems = new Map();
  const g = factsGazetteer();
  for (const names of [g.places, g.local.get(lang) ?? new Map<string, Place>(), townMap()]) {
    for (const [key, place] of names) {
      const words = key.split(' ');
      if (words.length < 2 || words.length > MAX_WORDS) continue;
      const bare = words.map((w) => bareWord(w, lang));
      // "Nad", "de", "la": a short word of a name is written as it is ("Ústí nad Labem").
      if (bare.some((w, k) => w.length < SHORTEST && words[k]!.length >= SHORTEST)) continue;
      const id = bare.map((w, k) => (w.length < SHORTEST ? words[k] : w)).join(' ');
      if (!stems.has(id)) stems.set(id, place);
    }
  }
  byLang.set(lang, stems);
  return stems;
}

/** The keys a written word may stand for: itself less up to three letters, with the softened consonant restored. */
function candidates(word: string, lang: string): string[] {
  const out: string[] = [];
  for (let cut = 0; cut <= 3 && word.length - cut >= SHORTEST; cut++) {
    const stem = word.slice(0, word.length - cut);
    out.push(stem);
    for (const [inflected, plain] of ALTERNATIONS[lang] ?? []) if (stem.endsWith(inflected)) out.push(stem.slice(0, -inflected.length) + plain);
  }
  // A short word of a name, as written ("nad").
  if (word.length < SHORTEST) out.push(word);
  return out;
}

/**
 * The sound keys of a word in Cyrillic or Greek, in Latin letters: as English news writes Russian names
 * ("Nizhny", "Kharkiv"), and a Cyrillic one also as Serbian Latin letters write it (serbian-latin.ts:
 * "Митровица" is Mitrovica, which the gazetteer folds to "mitrovica"). Empty for a word in Latin letters.
 */
export function latinKeys(text: string): string[] {
  if (!/^[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)) return [];
  const english = soundWord(latinLetters(fold(text)));
  return /^\p{Script=Cyrillic}/u.test(text) ? [...new Set([english, soundWord(serbianLatin(text.toLowerCase()))])] : [english];
}

/** A word's sound keys: as written, or in Latin letters when it is written in Cyrillic or Greek. */
function keysOf(text: string): string[] {
  const latin = latinKeys(text);
  return latin.length ? latin : [soundWord(text)];
}

/**
 * The longest name of two or three words from token i, inflected, of the gazetteer's (`lang`'s own
 * names and the towns included); the caller reads it only where a one-word inflected name is read.
 */
export function inflectedPhrase(toks: RawToken[], i: number, lang: string): { place: Place; to: number } | undefined {
  if (!isCapitalisedWord(toks[i])) return undefined;
  let last = i;
  // Words next to each other, one space apart; small words of a name may be in lower case ("nad").
  while (last - i + 1 < MAX_WORDS && toks[last + 1]?.kind === 'word' && toks[last + 1]!.start === toks[last]!.end + 1) last++;
  const stems = phraseStems(lang);
  for (let to = last; to > i; to--) {
    if (!isCapitalisedWord(toks[to])) continue;
    const options = toks.slice(i, to + 1).map((t) => keysOf(t.text).flatMap((key) => candidates(key, lang)));
    const found = firstCombination(options, stems);
    if (found) return { place: found, to };
  }
  return undefined;
}

/** The first joining of one candidate per word that `stems` has. */
function firstCombination(options: string[][], stems: ReadonlyMap<string, Place>, k = 0, prefix = ''): Place | undefined {
  if (k === options.length) return stems.get(prefix);
  for (const c of options[k]!) {
    const found = firstCombination(options, stems, k + 1, k ? `${prefix} ${c}` : c);
    if (found) return found;
  }
  return undefined;
}
