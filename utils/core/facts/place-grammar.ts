import type { RawToken } from '@/utils/core/matching/lex';
import { stripAccents } from '@/utils/core/matching/normalise-text';
import { factsGazetteer, townMap, soundOf, soundWord, type Place } from '@/utils/core/facts/gazetteer';
import { factsSet, factsWords } from '@/utils/core/facts/facts-words';
import { sourceWords } from '@/utils/core/facts/source-words';
import { fold, isCapitalised, wordSet } from '@/utils/core/facts/text';
import { inflectedLookup, INFLECTING } from '@/utils/core/facts/inflected-names';
import { localCountry } from '@/utils/core/matching/local-countries';
import { bareWord, inflectedPhrase, latinKeys } from '@/utils/core/facts/inflected-phrases';

/**
 * How a language marks where a place is (places.ts reads the names): its prepositions of place, a
 * place sharing the preposition of the one before it, the endings of languages that inflect names
 * (Slavic, Baltic, Finnic, Hungarian, Romanian, Turkish), and the gazetteer's names in the quote's
 * own language.
 */

const stemsByLang = new Map<string, [Map<string, Place>, Map<string, Place>]>();
/** Letters a region's or a town's key needs to be read inflected (a city's or a country's need 4). */
const SHORT_REGION = 6;
const SHORT_TOWN = 5;
/** Languages whose Cyrillic is read as Serbian Latin letters write it, also where a name stands alone. */
const SOUTH_SLAVIC = new Set(['sr', 'bs', 'mk']);

/** A place read in the quote's language; `inflected` when its name is written in another case than the nominative. */
export interface LocalHit {
  place: Place;
  to: number;
  inflected?: boolean;
}

/**
 * One-word places by their key and by their key without its last vowel ("warszaw", "szwecj"), for `lang`:
 * the gazetteer's and the language's names, then the towns apart, looked up after them ("Helsingin" is
 * Helsinki, softened, before it is the Danish town Helsinge).
 */
function placeStems(lang: string): [Map<string, Place>, Map<string, Place>] {
  let both = stemsByLang.get(lang);
  if (both) return both;
  const g = factsGazetteer();
  const stems = (lists: ReadonlyMap<string, Place>[], shortest: (place: Place) => number) => {
    const out = new Map<string, Place>();
    for (const names of lists) {
      for (const [key, place] of names) {
        if (key.includes(' ') || key.length < shortest(place)) continue;
        if (!out.has(key)) out.set(key, place);
        // "brn" for Brno ("v Brně", "w Brnie"): three letters are enough after a preposition.
        const bare = bareWord(key, lang);
        if (bare !== key && bare.length >= 3 && !out.has(bare)) out.set(bare, place);
      }
    }
    return out;
  };
  // A region's short name inflected is more often another word: "Napoli" is no inflected "Napo".
  const places = stems([g.places, g.local.get(lang) ?? new Map<string, Place>()], (p) => (p.kind === 'region' ? SHORT_REGION : 4));
  // Towns are read after a preposition only, which this reading requires: "w Raciborzu", "v Kolíně".
  both = [places, stems([townMap()], () => SHORT_TOWN)];
  stemsByLang.set(lang, both);
  return both;
}

/** A name of the quote's language longer than `than` words from token i ("América Latina" over America), if any. */
export function longerLocalName(toks: RawToken[], i: number, lang: string | undefined, than: number): { place: Place; to: number } | undefined {
  const names = lang ? factsGazetteer().local.get(lang) : undefined;
  for (let n = Math.min(4, toks.length - i); names && n > than; n--) {
    const place = names.get(soundOf(toks.slice(i, i + n).map((x) => x.text)));
    if (place) return { place, to: i + n - 1 };
  }
  return undefined;
}

/** A country named in the quote's language, or a place inflected as that language writes it. */
export function localLookup(toks: RawToken[], i: number, lang: string | undefined): LocalHit | undefined {
  const t = toks[i]!;
  if (!lang || t.kind !== 'word') return undefined;
  // Up to four words: "Rhénanie-du-Nord-Westphalie".
  const named = longerLocalName(toks, i, lang, 0);
  if (named) return named;
  // A country under the language's own name, which the matcher reads too (CLDR's through Intl): "Τουρκία",
  // "Германии". In the languages read inflected below, whose countries the gazetteer names, only after a
  // preposition of place: elsewhere an adjective would be read as its country ("Švédský Ericsson").
  const code = INFLECTING.has(lang) && !afterLocative(toks, i, lang) ? undefined : localCountry(t.text, lang);
  if (code) return { place: { name: factsGazetteer().countryName.get(code) ?? code, country: code, kind: 'country' }, to: i };
  // A genitive in -s ("des Rheins", "Frankreichs"): the name without it, of five letters or more, and no city's.
  const bare = /^(?:de|nl|sv|da|nb)$/.test(lang) && /^\p{Lu}\p{Ll}{4,}s$/u.test(t.text) ? factsGazetteer().places.get(soundWord(t.text.slice(0, -1))) : undefined;
  if (bare && bare.kind !== 'city') return { place: bare, to: i };
  // A name in Cyrillic or Greek that the gazetteer knows in Latin letters ("Клайпеда" is Klaipėda, "Λυών"
  // Lyon), transliterated as English news does; inflected ("в Клайпеде") only after a preposition of place.
  // Serbian and Macedonian Cyrillic also as their Latin letters write it ("Шабац" is Šabac).
  const latin = latinKeys(t.text);
  const foreign = latin.length > 0;
  const exact = latin.slice(0, SOUTH_SLAVIC.has(lang) ? 2 : 1).map((k) => factsGazetteer().places.get(k)).find(Boolean);
  if (exact) return { place: exact, to: i };
  // Where the language has locative prepositions, only after one: "Uniunii Europene" is the
  // European Union, "din Europa" a place.
  if (!(INFLECTING.has(lang) || lang === 'el' || foreign) || (locativeOf(lang) && !afterLocative(toks, i, lang))) return undefined;
  // Two or three words inflected each ("kod Slavonskog Broda", "у Сремској Митровици").
  const phrase = inflectedPhrase(toks, i, lang);
  if (phrase) return { ...phrase, inflected: true };
  // As written, in the language's own names ("στη Λέσβο", "в Москве"), then in Latin letters ("в Клайпеде"); towns after.
  const stems = placeStems(lang);
  for (const word of [soundWord(t.text), ...latin]) {
    // Three letters are enough after a preposition; where the language has none in the lists, four ("Myrsky" is no Miri).
    const place = word ? inflectedLookup(word, stems, lang, locativeOf(lang) ? 3 : 4) : undefined;
    // Inflected when the word as written is no name's key: "Kaune", "Helsingin".
    if (place) return { place, to: i, inflected: !stems.some((m) => m.has(word)) };
  }
  return undefined;
}

const lowerFirstsByLang = new Map<string, ReadonlySet<string>>();
/** The first words of the names of two words or more read in the quote's language, which may be written in lower case ("mer du Nord", "mar Negro"). */
function lowerFirsts(lang: string): ReadonlySet<string> {
  let firsts = lowerFirstsByLang.get(lang);
  if (!firsts) {
    const set = new Set<string>();
    const g = factsGazetteer();
    // Not an article: "the Valley" (Anguilla's capital, "The Valley") in lower case is a valley.
    for (const key of [...g.places.keys(), ...(g.local.get(lang)?.keys() ?? [])]) {
      const space = key.indexOf(' ');
      if (space > 0 && !isArticle(key.slice(0, space))) set.add(key.slice(0, space));
    }
    lowerFirstsByLang.set(lang, (firsts = set));
  }
  return firsts;
}

/**
 * A name whose first word is written in lower case ("en mer Noire", "la mer du Nord", "el mar Negro"):
 * of two words or more, the last written with a capital; in every language's names or the quote's.
 */
export function lowerLocalLookup(toks: RawToken[], i: number, lang: string | undefined): { place: Place; to: number } | undefined {
  const t = toks[i]!;
  if (t.kind !== 'word' || !lowerFirsts(lang ?? '').has(soundWord(t.text))) return undefined;
  const g = factsGazetteer();
  const local = lang ? g.local.get(lang) : undefined;
  for (let n = Math.min(4, toks.length - i); n >= 2; n--) {
    if (!isCapitalised(toks[i + n - 1]!)) continue;
    const key = soundOf(toks.slice(i, i + n).map((x) => x.text));
    const place = g.places.get(key) ?? local?.get(key);
    if (place) return { place, to: i + n - 1 };
  }
  return undefined;
}

// Tokens' `lower` has its accents stripped: so must the words ("på", "utanför", "nära").
const locative = (words: string) => wordSet(stripAccents(words));
const byLanguage = (lists: Record<string, string>) => Object.fromEntries(Object.entries(lists).map(([l, w]) => [l, locative(w)]));
let grammar: { locative: Record<string, ReadonlySet<string>>; conjunctions: Record<string, ReadonlySet<string>> } | undefined;
/** The prepositions of place and the conjunctions of words/facts.*, folded; made on first use. */
const grammarWords = () => (grammar ??= { locative: byLanguage(factsWords().locative), conjunctions: byLanguage(factsWords().conjunctions) });

/** The quote language's prepositions of place. */
export const locativeOf = (lang: string): ReadonlySet<string> | undefined => grammarWords().locative[lang];

/** The quote language's "and" and "or". */
export const conjunctionsOf = (lang: string): ReadonlySet<string> | undefined => grammarWords().conjunctions[lang];

export function afterLocative(toks: RawToken[], from: number, lang: string | undefined): boolean {
  const prepositions = lang ? locativeOf(lang) : undefined;
  if (!prepositions) return false;
  const before = toks[from - 1]?.lower ?? '';
  if (prepositions.has(before)) return true;
  if (conjunctionsOf(lang!)?.has(before) && from >= 3 && isCapitalised(toks[from - 2]!) && toks[from - 1]!.start - toks[from - 2]!.end === 1) {
    // Back to the first word of the name before the conjunction ("in Cluj-Napoca and Iași"); a comma
    // before the conjunction starts another clause ("em Estocolmo, e Lisboa garante").
    let first = from - 2;
    // A sentence's first word may be the preposition itself: "В Клайпеде и Каунасе".
    while (first > 0 && isCapitalised(toks[first - 1]!) && !prepositions.has(toks[first - 1]!.lower) && toks[first]!.start - toks[first - 1]!.end <= 1) first--;
    return afterLocative(toks, first, lang);
  }
  // An article between ("in the Pyrenees", "on the Rhine", "nel Lazio", "dans les Pyrénées"); in the Slavic
  // languages, which have none, an adjective or a noun of the place's surroundings ("u chorvatského Splitu",
  // "z okolic Lublina", "w okolicach Splitu").
  // German writes its nouns with capitals: a word in lower case with an adjective's ending is one, after the
  // preposition and its article if any ("im tschechischen Neratovice", "nahe dem bayerischen Passau").
  const adjective = lang === 'de' && /^\p{Ll}+e[nmrs]?$/u.test(toks[from - 1]?.text ?? '');
  const between = isArticle(before) || adjective || (/^(?:pl|cs|sk|hr|sr|bs|sl)$/.test(lang!) && /^\p{Ll}/u.test(toks[from - 1]?.text ?? ''));
  return (between && prepositions.has(toks[from - 2]?.lower ?? '')) || (adjective && isArticle(toks[from - 2]?.lower ?? '') && prepositions.has(toks[from - 3]?.lower ?? ''));
}

/** An article before a place's name: a source's determiners, and English's "the" and French's plural "les", which are none. */
const isArticle = (word: string) => sourceWords().DETERMINERS.has(word) || word === 'the' || word === 'les';

/** Turkish accusative endings, written after an apostrophe ("Roma'yı yendi": beat Roma). */
const TURKISH_ACCUSATIVE = locative('ı i u ü yı yi yu yü');

/**
 * Turkish marks a place's role with an ending after an apostrophe: "İstanbul'da" (in), "Ankara'dan"
 * (from), "Romanya'nın" (of) locate, while a name without one is the sentence's subject ("Ankara,
 * … açıkladı": Ankara announced) and one in the accusative its object. A bare name before "ve" or "ile"
 * (and) shares the next one's ending ("Almanya ve Fransa'da"), and one before a postposition of place is
 * where things happen ("Romanya ile Bulgaristan arasında", between; "Tuna üzerindeki", on): the word set
 * `turkishAfterPlace`.
 */
export function turkishLocation(toks: RawToken[], to: number, quote: string): boolean {
  const name = toks[to]!;
  const next = toks[to + 1];
  if (!next) return false;
  const mark = quote[name.end];
  if ((mark === "'" || mark === '’') && next.start === name.end + 1) return !TURKISH_ACCUSATIVE.has(next.lower);
  return factsSet('turkishAfterPlace').has(next.lower) && next.start === name.end + 1;
}
