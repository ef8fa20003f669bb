/**
 * Countries named in the text's own language, for every language the platform knows: CLDR's names
 * of the regions through `Intl.DisplayNames` ("Россия", "روسيا", "Urusi", "Ρωσία"), and the
 * gazetteer's names of its local languages ("Polska", "Ruotsi"), read only in a text of that language
 * (a Polish "Indie" must not make an English word a country). The names the gazetteer reads in every
 * text come first (country-keys.ts); these key the same countries in the languages it leaves out, so
 * that a Russian sentence about Россия shares its country with the English claim about Russia.
 * Inflected forms are read as the fact reader reads them ("w Polsce", "в России", "της Γαλλίας"), and
 * Arabic's and Hebrew's one-letter prefixes are taken off ("وروسيا", "בצרפת").
 */
import { gazetteer, soundPhrase, soundWord } from '@/utils/core/facts/gazetteer';
import { inflectedLookup, INFLECTING } from '@/utils/core/facts/inflected-names';
import { hasCjk } from './cjk';
import { lookUnprefixed, unprefixed } from './glued-prefixes';

/** Languages whose names take endings, as the fact reader's, and those of Cyrillic and Greek. */
const INFLECTED = new Set([...INFLECTING, 'ru', 'uk', 'be', 'bg', 'mk', 'el']);
/** Languages whose genitive adds an "s" to a name ("Deutschlands", "Sveriges", "Danmarks"). */
const GENITIVE_S = new Set(['de', 'nl', 'sv', 'da', 'nb', 'no']);
/** A name's last vowel, which an ending replaces ("Polska", "Россия", "Γαλλία"). */
const LAST_VOWEL = /[aeiouyаеёиоуыэюяіїєαεηιουω]$/;
/** A word's ending of one or two vowels (or "й", "j"), which a case changes ("Северная Корея", "Северной Кореи"). */
const ENDING = /[aeiouyjаеёиоуыэюяйьіїєαεηιουω]{1,2}$/;
/** A word of a name without its ending, where three letters or more are left. */
const bareWord = (word: string): string => {
  const bare = word.replace(ENDING, '');
  return bare.length >= 3 ? bare : word;
};

interface LocalNames {
  /** A one-word name's sound key -> its country's code. */
  words: Map<string, string>;
  /** Keys of the names of several words ("korea kaskazini", "الولايات المتحدة") -> code, and the most
   *  words of one by its first word. */
  phrases: Map<string, string>;
  firstWords: Map<string, number>;
  /** For a language that inflects names: the one-word keys and the keys without their last vowel. */
  stems: Map<string, string>;
  /** And its names of several words, each word without its ending (bareWord), and the most words of one by its first. */
  bareSeveral: Map<string, string>;
  bareFirstWords: Map<string, number>;
}

const byLang = new Map<string, LocalNames | undefined>();

/** The languages whose names of countries the gazetteer reads in every text (scripts/build-gazetteer.ts):
 *  nothing of their own to add, and their pages' capitalised words are not looked up twice. */
const SHARED = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']);

function namesOf(lang: string): LocalNames | undefined {
  if (SHARED.has(lang)) return undefined;
  if (byLang.has(lang)) return byLang.get(lang);
  const g = gazetteer();
  const names: LocalNames = { words: new Map(), phrases: new Map(), firstWords: new Map(), stems: new Map(), bareSeveral: new Map(), bareFirstWords: new Map() };
  const add = (name: string, code: string) => {
    // "Kongo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)": a form a text does not write.
    if (/[-–(),.]\s|\s[-–(]/.test(name)) return;
    const key = soundPhrase(name);
    if (key.length < 4) return;
    const words = key.split(' ');
    if (words.length === 1) {
      if (!names.words.has(key)) names.words.set(key, code);
      return;
    }
    if (!names.phrases.has(key)) names.phrases.set(key, code);
    if ((names.firstWords.get(words[0]!) ?? 0) < words.length) names.firstWords.set(words[0]!, words.length);
  };
  for (const [key, place] of g.local.get(lang) ?? []) if (place.kind === 'country' && place.country) add(key, place.country);
  try {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    // Intl answers in another language for a tag it lacks: those names are the gazetteer's already.
    if (display.resolvedOptions().locale.split('-')[0] === lang) for (const code of g.countryName.keys()) add(display.of(code) ?? '', code);
  } catch {
    // A tag Intl does not take: no names of its own.
  }
  if (INFLECTED.has(lang)) {
    for (const [key, code] of names.words) {
      if (!names.stems.has(key)) names.stems.set(key, code);
      const bare = key.replace(LAST_VOWEL, '');
      if (bare !== key && bare.length >= 3 && !names.stems.has(bare)) names.stems.set(bare, code);
    }
    for (const [key, code] of names.phrases) {
      const words = key.split(' ').map(bareWord);
      if (!names.bareSeveral.has(words.join(' '))) names.bareSeveral.set(words.join(' '), code);
      if ((names.bareFirstWords.get(words[0]!) ?? 0) < words.length) names.bareFirstWords.set(words[0]!, words.length);
    }
  }
  const found = names.words.size + names.phrases.size > 0 ? names : undefined;
  byLang.set(lang, found);
  return found;
}

/**
 * The country a one-word name of `lang` names ("Россия", "Polsce", "بفرنسا"), or undefined. Only a
 * name of four letters or more is read inflected, and an inflected form keeps all but three of its
 * letters, so "Indie" is not India in an English text nor is any short word a country.
 */
export function localCountry(surface: string, lang: string): string | undefined {
  if (SHARED.has(lang) && !GENITIVE_S.has(lang)) return undefined;
  if (GENITIVE_S.has(lang) && surface.length > 4 && surface.endsWith('s')) {
    const place = gazetteer().places.get(soundWord(surface.slice(0, -1)));
    if (place?.kind === 'country' && place.country) return place.country;
  }
  const names = namesOf(lang);
  if (!names) return undefined;
  const key = soundWord(surface);
  const code = names.words.get(key) ?? lookUnprefixed(names.words, key, lang);
  if (code) return code;
  if (GENITIVE_S.has(lang) && key.endsWith('s')) {
    const found = names.words.get(key.slice(0, -1));
    if (found) return found;
  }
  return names.stems.size === 0 ? undefined : inflectedLookup(key, names.stems, lang, 4);
}

/**
 * The country a name of several words of `lang` starting at word i names, and how many words it
 * takes ("Korea Kaskazini", "Соединенные Штаты", "والولايات المتحدة"), or undefined. `keyOf` gives
 * word k's sound key, where it follows the word before it when `follows`.
 */
export function localCountryPhrase(keyOf: (k: number, follows: boolean) => string | undefined, i: number, lang: string): { code: string; length: number } | undefined {
  const names = namesOf(lang);
  const written = names && keyOf(i, false);
  if (!written) return undefined;
  /** The longest name from word i whose words, each as `form` gives it, `phrases` has, starting with `first`. */
  const longest = (first: string, firstWords: Map<string, number>, phrases: Map<string, string>, form: (key: string) => string) => {
    const most = firstWords.get(first);
    let key = first;
    let found: { code: string; length: number } | undefined;
    for (let n = 2; most !== undefined && n <= most; n++) {
      const next = keyOf(i + n - 1, true);
      if (next === undefined) break;
      key += ' ' + form(next);
      const code = phrases.get(key);
      if (code) found = { code, length: n };
    }
    return found;
  };
  // The first word as written, then without a prefix written onto it; then inflected, every word with
  // its case's ending ("Северной Кореи", "Korei Północnej").
  for (const first of [written, ...unprefixed(written, lang)]) {
    const found = longest(first, names.firstWords, names.phrases, (k) => k);
    if (found) return found;
  }
  return longest(bareWord(written), names.bareFirstWords, names.bareSeveral, bareWord);
}

/**
 * Whether a word's script has no capitals (Arabic, Hebrew, Devanagari): its first letter is its own
 * upper and lower case. Not the scripts read in pieces (cjk.ts): the text's pieces and a document's
 * words would not name the same places.
 */
export function caseless(word: string): boolean {
  // Latin, Greek, Cyrillic and Armenian, which have capitals, come before Hebrew: most words end here.
  if (word.charCodeAt(0) < 0x0590) return false;
  const first = word.charAt(0);
  return first.toUpperCase() === first.toLowerCase() && /\p{L}/u.test(first) && !hasCjk(first);
}
