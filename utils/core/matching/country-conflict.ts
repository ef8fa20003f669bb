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
import { boundedMemo } from '@/utils/core/bounded-memo';
import { fold, tokens } from '@/utils/core/facts/text';
import type { Analysis } from './analyse-text';
import type { ClaimIndex } from './claim-index';
import type { DocCountries } from './index-types';
import { caseless, localCountry, localCountryPhrase } from './local-countries';

/** A word folded as written (case and accents off): every word of a scanned text goes by here. */
const folded = boundedMemo(fold, 100_000);

/**
 * Country codes an analysed text names, in order of first mention. A
 * capitalised word is read by sound key, so transliterations meet ("Koweït",
 * "Kuwait"): names of countries count only so ("turkey" is a bird), demonyms
 * too ("Russes", "North Korean"). A lowercase word is a demonym only as
 * written, accents and case folded, in a form the gazetteer has ("russes",
 * "nord-coréennes"): French writes them so, English does not ("polish the
 * car"), and the sound key would take the French "ruse" for "russe". With
 * `cities`, a city counts for its country ("Koursk" for Russia): used on the
 * claim's side only, where knowing more countries can only make a conflict
 * rarer. The place an attribution names ("selon le renseignement
 * sud-coréen") is left out: it is the statement's source, not its subject.
 * With `lang`, a capitalised word, or a word of a script without capitals, that names no country in
 * the names read in every text may name one in that language's own (local-countries.ts: "Россия",
 * "Polsce", "الولايات المتحدة").
 */
export function countriesNamed(words: readonly { surface: string }[], cities: boolean, lang?: string): string[] {
  const g = gazetteer();
  // Sound-folded first word -> most words of a country name or demonym starting with it (with `cities`, of a city's name too).
  const firsts = cities ? g.countryOrCityFirstWords : g.countryFirstWords;
  const out: string[] = [];
  // A word's sound key, for the names of the text's own language (readLocal).
  const keyOf = (k: number) => (k < words.length ? soundWord(words[k]!.surface) : undefined);
  // Words up to which a place names the statement's source, not its subject.
  let sourceUntil = -1;
  for (let i = 0; i < words.length; i++) {
    const surface = words[i]!.surface;
    const opener = sourceOpener(words, i);
    if (opener > 0) {
      sourceUntil = i + opener + SOURCE_WORDS;
      i += opener - 1;
      continue;
    }
    const upper = capitalised(surface);
    const inSource = i < sourceUntil;
    // A city closes a source too, on either side ("selon Séoul"), so both skip the same mention.
    let found = upper ? readCapitalised(words, i, inSource ? g.countryOrCityFirstWords : firsts, cities || inSource) : readWritten(words, i);
    if (found === undefined && lang && (upper || (surface.charCodeAt(0) >= 0x0590 && caseless(surface)))) found = readLocal(words, i, lang, keyOf);
    if (found === undefined) {
      // Another name is the source itself ("selon Kiev, les Russes…", "according to Reuters").
      if (upper) sourceUntil = -1;
      continue;
    }
    i += found[1] - 1;
    if (inSource) sourceUntil = -1;
    else if (!out.includes(found[0])) out.push(found[0]);
  }
  return out;
}

/** How many words after an attribution's opener its source's place may start. */
const SOURCE_WORDS = 4;

/**
 * The words of an attribution's opener at `i` ("selon", "d'après", "according to"), or 0. The place
 * named right after one is whom the statement comes from ("selon le renseignement sud-coréen"), not
 * whom it is about: a claim about North Korea that cites Seoul is not about South Koreans.
 */
function sourceOpener(words: readonly { surface: string }[], i: number): number {
  // Most words are none of these: their length tells, without a lookup.
  const length = words[i]!.surface.length;
  if (length !== 5 && length !== 9) return 0;
  const w = folded(words[i]!.surface);
  if (w === 'selon') return 1;
  if (w === 'apres' && i > 0 && folded(words[i - 1]!.surface) === 'd') return 1;
  if (w === 'according' && words[i + 1] && folded(words[i + 1]!.surface) === 'to') return 2;
  return 0;
}

/** Whether a word starts with a capital; ASCII letters without a regular expression, for speed. */
function capitalised(surface: string): boolean {
  const c = surface.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return /^\p{Lu}/u.test(surface);
}

type Found = [code: string, length: number] | undefined;

/**
 * The longest run of words from `i` whose joined keys `codeOf` knows ("Corée du Nord" before "Corée"),
 * with its country code; `most`: the most words of a name that starts with word i's key.
 */
function longestFrom(words: readonly { surface: string }[], i: number, keyOf: (word: string) => string, most: Map<string, number>, codeOf: (key: string) => string | undefined): Found {
  let key = keyOf(words[i]!.surface);
  const n0 = most.get(key);
  if (n0 === undefined) return undefined;
  let found: Found;
  for (let n = 1; n <= n0 && i + n <= words.length; n++) {
    if (n > 1) key += ' ' + keyOf(words[i + n - 1]!.surface);
    const code = codeOf(key);
    if (code !== undefined) found = [code, n];
  }
  return found;
}

/** The longest country name or demonym from capitalised word `i`, by sound key. */
function readCapitalised(words: readonly { surface: string }[], i: number, firsts: Map<string, number>, cities: boolean): Found {
  const g = gazetteer();
  // Read only when a name is found: most capitalised words start none.
  let asPlace: boolean | undefined;
  return longestFrom(words, i, soundWord, firsts, (key) => {
    const place = g.places.get(key);
    return place?.country && (asPlace ??= nameWrittenAsPlace(words[i]!.surface)) && (place.kind === 'country' || cities) ? place.country : g.demonyms.get(key);
  });
}

/** The longest demonym from lowercase word `i`, as written: "nord-coréens", not "ruse". */
function readWritten(words: readonly { surface: string }[], i: number): Found {
  const g = gazetteer();
  return longestFrom(words, i, folded, g.writtenDemonymFirstWords, (key) => g.writtenDemonyms.get(key));
}

/** A country named in the text's own language from word i (local-countries.ts), in several words or one. */
function readLocal(words: readonly { surface: string }[], i: number, lang: string, keyOf: (k: number) => string | undefined): Found {
  const phrase = localCountryPhrase(keyOf, i, lang);
  if (phrase) return [phrase.code, phrase.length];
  const code = localCountry(words[i]!.surface, lang);
  return code ? [code, 1] : undefined;
}

/** The countries a document's text in `lang` names (its column, when stored: serialise-index.ts). */
export function textCountriesOfDoc(text: string, lang?: string): DocCountries {
  // Words as written are all it needs: lexing alone, no stemming, for speed.
  const words = tokens(text).filter((t) => t.kind === 'word').map((t) => ({ surface: t.text }));
  return { all: countriesNamed(words, true, lang) };
}

/** Per index, per document: its countries (cities included), read on first use. */
const docCountries = new WeakMap<ClaimIndex, (DocCountries | undefined)[]>();

/** Document d's countries: from the list's column where it keeps one (a loaded index reads no text for them). */
export function countriesOfDoc(index: ClaimIndex, d: number): DocCountries {
  let all = docCountries.get(index);
  if (!all) docCountries.set(index, (all = []));
  return (all[d] ??= index.docs.countries?.(d) ?? textCountriesOfDoc(index.docs.at(d)!.text, index.docs.at(d)!.lang));
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
  if (!found) analysisCountries.set(analysis, (found = countriesNamed(analysis.words, false, analysis.lang)));
  return found;
}

export function textCountries(analysis: Analysis, context?: Analysis): TextCountries {
  return { text: countriesOfAnalysis(analysis), context: context ? countriesOfAnalysis(context) : [] };
}

/**
 * Whether the text puts another country in the place of one of the document's:
 * a country the document names is named neither in the text nor in the
 * sentence before (its first, its subject's, or another: "the United States
 * will lift its sanctions against Cuba" is not the claim about Sudan), and the
 * text names a country that no wording of the claim names (by name, demonym or
 * city). A text naming both ("South Korean intelligence says North Korean
 * soldiers...") does not conflict. The document must name one, by name,
 * demonym or city: a wire's "the Bardo museum in Tunis" places its claim in
 * Tunisia, and a mosque "in northern Nigeria" is another subject. (Its first
 * alone, before: train FP 10, now 9, TP alike; cities too: FP 14 to 12.) A text that names two of
 * the document's countries or more, and at least half of them, names its list again, whatever it
 * adds or leaves out.
 */
export function countrySubstituted(texts: TextCountries | (() => TextCountries), claim: number, d: number, index: ClaimIndex, excluded?: Uint8Array): boolean {
  // The document's side first: it is read once per index, the text's once per text.
  const doc = countriesOfDoc(index, d);
  if (doc.all.length === 0) return false;
  const tc = typeof texts === 'function' ? texts() : texts;
  const named = (c: string) => tc.text.includes(c) || tc.context.includes(c);
  if (tc.text.length === 0) return false;
  // A list the text mostly names again is the same list, told another way: "12 landen, van Portugal
  // tot Zweden" after "Nederland" is the claim's "Portugal, Polen en Zweden", not another country's.
  let shared = 0;
  for (const c of doc.all) if (named(c)) shared++;
  if (shared === doc.all.length || (shared >= 2 && shared * 2 >= doc.all.length)) return false;
  // Each wording is read on first use only: stop as soon as every country of the text is known.
  const unknown = new Set(tc.text.filter((c) => !doc.all.includes(c)));
  for (let o = index.claimDocStart[claim]!; o < index.claimDocStart[claim + 1]! && unknown.size > 0; o++) {
    if (o === d || (excluded && excluded[o])) continue;
    for (const c of countriesOfDoc(index, o).all) unknown.delete(c);
  }
  return unknown.size > 0;
}
