/**
 * Subject agreement by country, in any of the gazetteer's languages: a claim
 * about North Korean soldiers is not stated by a sentence about South Korean
 * or Ukrainian ones, whatever else they share. Countries are read by name
 * ("Corée du Nord", "North Korea") or demonym ("nord-coréens", "North
 * Korean"), so the check holds when the sentence and the claim are in
 * different languages, where names and stems do not meet. The gazetteer is
 * background data: this module is reached from the matcher only.
 */
import { gazetteer, soundOf } from '@/utils/core/facts/gazetteer';
import { tokens } from '@/utils/core/facts/text';
import type { Analysis } from './analyse-text';
import type { ClaimIndex } from './claim-index';

/** Longest country name or demonym tried, in words ("Democratic People's Republic of Korea"). */
const MAX_WORDS = 7;

interface Lookup {
  firsts: Set<string>;
}

let lookup: Lookup | undefined;

function firstWords(): Lookup {
  if (lookup) return lookup;
  const g = gazetteer();
  const firsts = new Set<string>();
  for (const key of g.demonyms.keys()) firsts.add(key.split(' ')[0]!);
  for (const [key, place] of g.places) if (place.country) firsts.add(key.split(' ')[0]!);
  lookup = { firsts };
  return lookup;
}

/**
 * Country codes an analysed text names, in order of first mention. Names of
 * countries must be capitalised ("turkey" is a bird); demonyms need not be
 * (French writes "russes"). With `cities`, a city counts for its country
 * ("Koursk" for Russia): used on the claim's side only, where knowing more
 * countries can only make a conflict rarer.
 */
export function countriesNamed(words: readonly { surface: string }[], cities: boolean): string[] {
  const g = gazetteer();
  const { firsts } = firstWords();
  const sounds = words.map((w) => soundOf([w.surface]));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!firsts.has(sounds[i]!)) continue;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const key = sounds.slice(i, i + n).join(' ');
      const place = g.places.get(key);
      const capitalised = /^\p{Lu}/u.test(words[i]!.surface);
      let code: string | undefined;
      if (place?.country && capitalised && (place.kind === 'country' || cities)) code = place.country;
      else code = g.demonyms.get(key);
      if (code === undefined) continue;
      if (!out.includes(code)) out.push(code);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Per index, per document: its countries (cities included), read on first use. */
const docCountries = new WeakMap<ClaimIndex, (string[] | undefined)[]>();
/** Per document: the first country it names by name or demonym (its subject's, most often). */
const docFirst = new WeakMap<ClaimIndex, (string | null | undefined)[]>();

function ofDoc(index: ClaimIndex, d: number): { all: string[]; first: string | null } {
  let all = docCountries.get(index);
  let first = docFirst.get(index);
  if (!all || !first) {
    all = [];
    first = [];
    docCountries.set(index, all);
    docFirst.set(index, first);
  }
  if (all[d] === undefined) {
    const doc = index.docs[d]!;
    // Words as written are all it needs: lexing alone, no stemming, for speed.
    const words = tokens(doc.text).filter((t) => t.kind === 'word').map((t) => ({ surface: t.text }));
    all[d] = countriesNamed(words, true);
    first[d] = countriesNamed(words, false)[0] ?? null;
  }
  return { all: all[d]!, first: first[d] ?? null };
}

/** Countries of a text and of the sentence before it (which may name the subject). */
export interface TextCountries {
  text: string[];
  context: string[];
}

export function textCountries(analysis: Analysis, context?: Analysis): TextCountries {
  return { text: countriesNamed(analysis.words, false), context: context ? countriesNamed(context.words, false) : [] };
}

/**
 * Whether the text puts another country in the place of the document's: the
 * first country the document names is named neither in the text nor in the
 * sentence before, and the text names a country that no wording of the claim
 * names (by name, demonym or city). A text naming both ("South Korean
 * intelligence says North Korean soldiers...") does not conflict.
 */
export function countrySubstituted(tc: TextCountries, claim: number, d: number, index: ClaimIndex, excluded?: Uint8Array): boolean {
  if (tc.text.length === 0) return false;
  const first = ofDoc(index, d).first;
  if (first === null || tc.text.includes(first) || tc.context.includes(first)) return false;
  // Each wording is read on first use only: stop as soon as every country of the text is known.
  const unknown = new Set(tc.text.filter((c) => !ofDoc(index, d).all.includes(c)));
  for (let o = index.claimDocStart[claim]!; o < index.claimDocStart[claim + 1]! && unknown.size > 0; o++) {
    if (o === d || (excluded && excluded[o])) continue;
    for (const c of ofDoc(index, o).all) unknown.delete(c);
  }
  return unknown.size > 0;
}
