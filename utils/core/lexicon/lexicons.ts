/**
 * The shipped word lists between English and 23 languages (LEXICON_LANGS; FreeDict and Ding, GPL-2.0-or-later;
 * some also through WikDict, CC-BY-SA 3.0, so GPL-3.0-or-later: each file's `license` says;
 * built by scripts/build-lexicon.ts into utils/core/lexicon/XX-en.json). A language a page may tag
 * otherwise ('no', 'sr', 'bs') reads its listed language's list (lexiconLangOf).
 * They are not bundled (hundreds of KB each): the platform sets a synchronous reader once (matching
 * is synchronous), and a pair's files are read and parsed on its first lookup, so a worker that only
 * ever sees French and English pages never reads the others: its related-stems table, which is all
 * the matcher reads, and its word lists only when a word is looked up (tools, tests). The background reads them from the
 * extension's files (utils/store/extension-files.ts), Node from utils/core/lexicon/
 * (scripts/lib/node-language-data.ts).
 */
import { createLexicon, type Lexicon, type LexiconData, type LexiconLang } from './lexicon';
import { LEXICON_TAGS, lexiconLangOf, lexiconPairName } from './lexicon-pairs';
import { markStart } from '@/utils/core/start-marks';

export { LEXICON_LANGS, LEXICON_PAIRS, LEXICON_TAGS, lexiconLangOf, lexiconPairName } from './lexicon-pairs';

/** What a reader is asked for: a pair's word lists, or its related-stems table (`{ related }`). */
export type LexiconPart = 'words' | 'related';
type LexiconReader = (pair: string, part: LexiconPart) => LexiconData;

let reader: LexiconReader | undefined;
let fetcher: ((pair: string, part: LexiconPart) => Promise<LexiconData>) | undefined;
const lexicons = new Map<string, Lexicon>();
/** Parts read ahead by preloadLexicon, by 'fr-en related'. */
const preloaded = new Map<string, LexiconData>();
const fetching = new Map<string, Promise<void>>();

/**
 * Sets how a pair's data is read ('fr-en' -> its word lists or its related-stems table),
 * synchronously; and, where the platform can, asynchronously, for preloadLexicon.
 */
export function setLexiconSource(read: LexiconReader, fetchPart?: (pair: string, part: LexiconPart) => Promise<LexiconData>): void {
  reader = read;
  fetcher = fetchPart;
}

/** Reads ahead what a pair's first lookup reads (its related-stems table) without blocking the thread. */
export function preloadLexicon(tag: LexiconLang): Promise<void> {
  const other = lexiconLangOf(tag);
  if (!other) return Promise.resolve();
  const pair = lexiconPairName(other);
  if (!fetcher || lexicons.has(pair) || preloaded.has(`${pair} related`)) return Promise.resolve();
  // One fetch, whoever asks (the warm-up and a scan may both).
  let p = fetching.get(pair);
  if (!p) {
    p = fetcher(pair, 'related').then((data) => {
      if (!lexicons.has(pair)) preloaded.set(`${pair} related`, data);
    });
    fetching.set(pair, p);
    // Tried again next time, when it failed.
    p.then(() => fetching.delete(pair), () => fetching.delete(pair));
  }
  return p;
}

/** Whether a pair's first lookup can be made now: its table was read ahead, or the platform reads it synchronously. */
export function lexiconReady(tag: LexiconLang): boolean {
  const other = lexiconLangOf(tag);
  if (!other) return true;
  const pair = lexiconPairName(other);
  return !fetcher || lexicons.has(pair) || preloaded.has(`${pair} related`);
}

/**
 * The word list between `a` and `b` (one of them English), or undefined when none ships. Its languages
 * are the listed ones: ask it in lexiconLangOf's terms ('no' is read with the 'nb' list, as 'nb').
 */
export function lexiconBetween(a: LexiconLang, b: LexiconLang): Lexicon | undefined {
  const other = lexiconLangOf(a === 'en' ? b : b === 'en' ? a : '');
  if (!other) return undefined;
  const pair = lexiconPairName(other);
  let lexicon = lexicons.get(pair);
  if (!lexicon) {
    if (!reader) throw new Error(`Recoupe: no source was set for the ${pair} lexicon`);
    markStart(`lexicon ${pair}`);
    // The table now (what matching reads, and what a warm-up is for); the word lists when a lookup needs them.
    const read = reader;
    const related = (preloaded.get(`${pair} related`) ?? read(pair, 'related')).related;
    preloaded.delete(`${pair} related`);
    markStart(`lexicon ${pair} data`);
    lexicon = createLexicon(() => read(pair, 'words'), [other, 'en'], related);
    lexicons.set(pair, lexicon);
    markStart(`lexicon ${pair} read`);
  }
  return lexicon;
}

/** Languages a text in `lang` can be compared with through a word list. */
export function lexiconPartners(lang: LexiconLang): LexiconLang[] {
  if (lang === 'en') return [...LEXICON_TAGS];
  return lexiconLangOf(lang) ? ['en'] : [];
}

/** `lang` as the list it reads names it ('no' -> 'nb'; English stays). */
const listed = (lang: LexiconLang): LexiconLang => (lang === 'en' ? lang : (lexiconLangOf(lang) ?? lang));

/** The French–English list (the starter story's languages). */
export const frEnLexicon = (): Lexicon => lexiconBetween('fr', 'en')!;

/** Translations of a word into the other language of its pair, best first. */
export function translateWord(word: string, from: LexiconLang, to: LexiconLang): string[] {
  return lexiconBetween(from, to)?.translateWord(word, listed(from), listed(to)) ?? [];
}

/** Matcher stems of the translations of every word with this matcher stem. */
export function translateStem(stem: string, from: LexiconLang, to: LexiconLang): string[] {
  return lexiconBetween(from, to)?.translateStem(stem, listed(from), listed(to)) ?? [];
}

/** Matcher stems of the other language linked to this stem either way (see Lexicon.relatedStems). */
export function relatedStems(stem: string, from: LexiconLang, to: LexiconLang, limit?: number): string[] {
  return lexiconBetween(from, to)?.relatedStems(stem, listed(from), listed(to), limit) ?? [];
}
