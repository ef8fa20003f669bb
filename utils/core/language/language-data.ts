/**
 * Per-language data (Snowball stemmers, stop lists, number words), loaded when a language is first
 * needed instead of shipped in the background's start path. Where it comes from depends on the
 * platform: the background reads the extension's `language/` files, Node reads node_modules
 * (scripts/lib/node-language-data.ts). Matching itself stays synchronous: whoever analyses text
 * in the extension awaits {@link ensureLanguages} first; Node's source can also load on the spot.
 */

export interface Stemmer {
  stem(word: string): string;
}

export interface LanguageDataSource {
  /** The Snowball stemmer named `algorithm` ("french"). */
  stemmer(algorithm: string): Promise<Stemmer>;
  /** The matcher's stop words for `lang` ("fr"): Snowball's list, else stopwords-iso's; empty when neither has one. */
  stopWords(lang: string): Promise<string[]>;
  /** The guesser's words for `lang`, one of GUESSABLE: stopwords-iso's list, which guessLanguage was tuned on. */
  guessWords(lang: string): Promise<string[]>;
  /** The number words of `lang` (scripts/build-number-words.ts), undefined when it has none. */
  numberWords?(lang: string): Promise<LanguageNumberWords | undefined>;
  /** Synchronous loading, where the platform can (Node reads files): tests and scripts need no await. */
  sync?: { stemmer(algorithm: string): Stemmer; stopWords(lang: string): string[]; guessWords(lang: string): string[]; numberWords?(lang: string): LanguageNumberWords | undefined };
}

/** One language's number words, folded, made from n2words by scripts/build-number-words.ts. */
export interface LanguageNumberWords {
  units: Record<string, number>;
  /** Words that multiply what stands before them by 100 ("hundred", "cents", "hundra"). */
  hundreds: string[];
  scales: Record<string, number>;
  joiners: string[];
  /** Also an article or a common word ("ein", "een", "um"): a figure only before a scale word. */
  weak: string[];
  /** Where thousands are written in one word, what follows their number ("mila" in "quattromila", "tausend"). */
  thousands?: string;
  /** Negations ("not", "geen") and denial predicates ("denies", "ontkent"), folded (scripts/lib/cue-words.ts; read by matching/cues.ts). */
  negators?: string[];
  denials?: string[];
  /** Words that open a clause a denial after a claim stands in, one or two words ("which", "ce que"): ", which Moscow denies" (scripts/lib/cue-words.ts). */
  denialOpeners?: string[];
  /** Half, and the articles that stand for one, before a scale word ("half a million", "il miliardo"; scripts/lib/cue-words.ts). */
  halves?: string[];
  ones?: string[];
  /** Ordinals by the matcher's stem of them ("funft" for "fünfte", "fünften"): the rank is the figure, as "5th" reads. */
  ordinals?: Record<string, number>;
  /** The stems of the word for a decade ("decad", "jahrzehnt"), or '=' and the word where its stem is another's ("=decada"): "two decades" reads as 20, as "20 years" does. */
  decades?: string[];
  /** Collective numerals and their round number ("centaine" 100, "millier" 1000), the articles they stand after and the word before their scale word (scripts/lib/cue-words.ts; read by matching/collective-numerals.ts). */
  collectives?: Record<string, number>;
  collectiveArticles?: string[];
  collectiveOf?: string[];
  /** Month names read in this language's text only (CLDR's, where the names read in every text leave it out), folded, to their month. */
  months?: Record<string, number>;
}

/** Snowball algorithms by primary language subtag. */
const SNOWBALL_NAMES: Record<string, string> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', cs: 'czech', da: 'danish',
  nl: 'dutch', en: 'english', fi: 'finnish', fr: 'french', de: 'german', hu: 'hungarian',
  it: 'italian', ga: 'irish', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese',
  ro: 'romanian', ru: 'russian', es: 'spanish', sl: 'slovene', sv: 'swedish', ta: 'tamil',
  tr: 'turkish', sk: 'czech',
};

/** Every Snowball algorithm a language maps to (the build writes one file each). */
export const SNOWBALL_ALGORITHMS: readonly string[] = [...new Set(Object.values(SNOWBALL_NAMES))];

/** Languages the stop-word guesser chooses among: common news languages with a stemmer. */
export const GUESSABLE: readonly string[] = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl'];

/** Primary subtag, lowercase: "fr-FR" -> "fr". */
export function baseLang(lang: string | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

let source: LanguageDataSource | undefined;
/** Loaded data by base language subtag. */
const stemmers = new Map<string, Stemmer>();
const stopLists = new Map<string, string[]>();
const guessLists = new Map<string, string[]>();
/** null: the language has no number words of its own. */
const numberTables = new Map<string, LanguageNumberWords | null>();
const pending = new Map<string, Promise<void>>();

export function setLanguageDataSource(next: LanguageDataSource): void {
  source = next;
}

function notLoaded(what: string): Error {
  return new Error(`Recoupe: the ${what} is used before it is loaded (await ensureLanguages first)`);
}

/** The loaded stemmer of `lang` (a base subtag), undefined where Snowball has none. */
export function stemmerOf(lang: string): Stemmer | undefined {
  const name = SNOWBALL_NAMES[lang];
  if (!name) return undefined;
  let stemmer = stemmers.get(lang);
  if (stemmer === undefined) {
    if (!source?.sync) throw notLoaded(`stemmer of "${lang}"`);
    stemmer = source.sync.stemmer(name);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

/** The loaded stop-word list of `lang` (a base subtag). */
export function stopWordsOf(lang: string): string[] {
  let list = stopLists.get(lang);
  if (!list) {
    if (!source?.sync) throw notLoaded(`stop-word list of "${lang}"`);
    list = source.sync.stopWords(lang);
    stopLists.set(lang, list);
  }
  return list;
}

/** The loaded guesser's words of `lang`, one of {@link GUESSABLE}. */
export function guessWordsOf(lang: string): string[] {
  let list = guessLists.get(lang);
  if (!list) {
    if (!source?.sync) throw notLoaded(`guessing words of "${lang}"`);
    list = source.sync.guessWords(lang);
    guessLists.set(lang, list);
  }
  return list;
}

/** The loaded number words of `lang` (a base subtag), undefined where it has none. */
export function numberWordsOf(lang: string): LanguageNumberWords | undefined {
  let table = numberTables.get(lang);
  if (table === undefined) {
    if (!source?.sync) throw notLoaded(`number words of "${lang}"`);
    table = source.sync.numberWords?.(lang) ?? null;
    numberTables.set(lang, table);
  }
  return table ?? undefined;
}

function once(key: string, load: () => Promise<void>): Promise<void> {
  let p = pending.get(key);
  if (!p) {
    p = load();
    pending.set(key, p);
    // A failed load is tried again next time.
    p.catch(() => pending.delete(key));
  }
  return p;
}

/**
 * Loads what analysing texts in `langs` needs. `undefined` stands for a text of unknown language:
 * it is guessed among {@link GUESSABLE}, so their stemmers and stop lists are loaded. The guesser's
 * words are always loaded: a page block's language is checked against them.
 */
export async function ensureLanguages(langs: Iterable<string | undefined>): Promise<void> {
  const stems = new Set<string>();
  const stops = new Set<string>();
  for (const tag of langs) {
    for (const lang of tag === undefined || tag === '' ? GUESSABLE : [baseLang(tag)]) {
      stems.add(lang);
      stops.add(lang);
    }
  }
  const src = source;
  if (!src) throw new Error('Recoupe: no language data source was set');
  const jobs: Promise<void>[] = [];
  for (const lang of stems) {
    const name = SNOWBALL_NAMES[lang];
    if (name && !stemmers.has(lang)) jobs.push(once(`stem:${lang}`, async () => void stemmers.set(lang, await src.stemmer(name))));
    if (!numberTables.has(lang)) jobs.push(once(`numbers:${lang}`, async () => void numberTables.set(lang, (await src.numberWords?.(lang)) ?? null)));
  }
  for (const lang of stops) {
    if (!stopLists.has(lang)) jobs.push(once(`stop:${lang}`, async () => void stopLists.set(lang, await src.stopWords(lang))));
  }
  for (const lang of GUESSABLE) {
    if (!guessLists.has(lang)) jobs.push(once(`guess:${lang}`, async () => void guessLists.set(lang, await src.guessWords(lang))));
  }
  await Promise.all(jobs);
}
