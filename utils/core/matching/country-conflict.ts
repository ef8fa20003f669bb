/**
 * Subject agreement by country, in any of the gazetteer's languages: a claim
 * about North Korean soldiers is not stated by a sentence about South Korean
 * or Ukrainian ones, whatever else they share. Countries are read by name
 * ("Corée du Nord", "North Korea") or demonym ("nord-coréens", "North
 * Korean"), so the check holds when the sentence and the claim are in
 * different languages, where names and stems do not meet. The gazetteer is
 * background data: this module is reached from the matcher only.
 */
import { gazetteer, nameWrittenAsPlace, soundWord } from '@/utils/core/facts/gazetteer';
import { tokens } from '@/utils/core/facts/text';
import type { Analysis } from './analyse-text';
import type { ClaimIndex } from './claim-index';
import type { DocCountries } from './index-types';

/**
 * Country codes an analysed text names, in order of first mention. Names of
 * countries must be capitalised ("turkey" is a bird); demonyms need not be
 * (French writes "russes"). With `cities`, a city counts for its country
 * ("Koursk" for Russia): used on the claim's side only, where knowing more
 * countries can only make a conflict rarer.
 */
export function countriesNamed(words: readonly { surface: string }[], cities: boolean): string[] {
  const g = gazetteer();
  // Sound-folded first word -> most words of a country name or demonym starting with it (with `cities`, of a city's name too).
  const firsts = cities ? g.countryOrCityFirstWords : g.countryFirstWords;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = soundWord(words[i]!.surface);
    const most = firsts.get(first);
    if (most === undefined) continue;
    const capitalised = /^\p{Lu}/u.test(words[i]!.surface) && nameWrittenAsPlace(words[i]!.surface);
    // The longest name or demonym from here: "Corée du Nord" before "Corée".
    let key = first;
    let found: string | undefined;
    let length = 0;
    for (let n = 1; n <= most && i + n <= words.length; n++) {
      if (n > 1) key += ' ' + soundWord(words[i + n - 1]!.surface);
      const place = g.places.get(key);
      const code = place?.country && capitalised && (place.kind === 'country' || cities) ? place.country : g.demonyms.get(key);
      if (code !== undefined) {
        found = code;
        length = n;
      }
    }
    if (found === undefined) continue;
    if (!out.includes(found)) out.push(found);
    i += length - 1;
  }
  return out;
}

/** The countries a document's text names (its column, when stored: serialise-index.ts). */
export function textCountriesOfDoc(text: string): DocCountries {
  // Words as written are all it needs: lexing alone, no stemming, for speed.
  const words = tokens(text).filter((t) => t.kind === 'word').map((t) => ({ surface: t.text }));
  return { all: countriesNamed(words, true), first: countriesNamed(words, false)[0] ?? null };
}

/** Per index, per document: its countries (cities included) and the first it names by name or demonym (its subject's, most often), read on first use. */
const docCountries = new WeakMap<ClaimIndex, (DocCountries | undefined)[]>();

/** Document d's countries: from the list's column where it keeps one (a loaded index reads no text for them). */
export function countriesOfDoc(index: ClaimIndex, d: number): DocCountries {
  let all = docCountries.get(index);
  if (!all) docCountries.set(index, (all = []));
  return (all[d] ??= index.docs.countries?.(d) ?? textCountriesOfDoc(index.docs.at(d)!.text));
}

/** Countries of a text and of the sentence before it (which may name the subject). */
export interface TextCountries {
  text: string[];
  context: string[];
}

/** Per analysed text: the countries it names. A sentence is read again as the context of the next
 *  one and inside runs of sentences; read it once. */
const analysisCountries = new WeakMap<Analysis, string[]>();
function countriesOfAnalysis(analysis: Analysis): string[] {
  let found = analysisCountries.get(analysis);
  if (!found) analysisCountries.set(analysis, (found = countriesNamed(analysis.words, false)));
  return found;
}

export function textCountries(analysis: Analysis, context?: Analysis): TextCountries {
  return { text: countriesOfAnalysis(analysis), context: context ? countriesOfAnalysis(context) : [] };
}

/**
 * Whether the text puts another country in the place of the document's: the
 * first country the document names is named neither in the text nor in the
 * sentence before, and the text names a country that no wording of the claim
 * names (by name, demonym or city). A text naming both ("South Korean
 * intelligence says North Korean soldiers...") does not conflict.
 */
export function countrySubstituted(texts: TextCountries | (() => TextCountries), claim: number, d: number, index: ClaimIndex, excluded?: Uint8Array): boolean {
  // The document's side first: it is read once per index, the text's once per text.
  const doc = countriesOfDoc(index, d);
  if (doc.first === null) return false;
  const tc = typeof texts === 'function' ? texts() : texts;
  if (tc.text.length === 0 || tc.text.includes(doc.first) || tc.context.includes(doc.first)) return false;
  // Each wording is read on first use only: stop as soon as every country of the text is known.
  const unknown = new Set(tc.text.filter((c) => !doc.all.includes(c)));
  for (let o = index.claimDocStart[claim]!; o < index.claimDocStart[claim + 1]! && unknown.size > 0; o++) {
    if (o === d || (excluded && excluded[o])) continue;
    for (const c of countriesOfDoc(index, o).all) unknown.delete(c);
  }
  return unknown.size > 0;
}
