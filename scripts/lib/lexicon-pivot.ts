/**
 * Translations found by pivoting (see scripts/build-lexicon.ts): a word of `lang` -> its translations
 * in FreeDict's dictionaries (most of them WikDict's) between `lang` and German, Spanish, French,
 * Italian or Portuguese (and, given `pivotLangs`, MORE_PIVOTS; pivot words) -> their English translations in that language's own list.
 * Pivoting is noisy (German "Stein" is a stone and a chess piece, so "pièce" is no "stone"): an
 * English word is kept only with support, from two pivot words or more, or from one that has at
 * most UNAMBIGUOUS English translations, or from one when it is a cognate of the word.
 */
import { readDictionary, type Entry } from './dictd';

/** A pivot word with at most this many English translations translates it reliably. */
const UNAMBIGUOUS = 2;

export interface PivotSource { name: string; edition: string; wikdict: boolean }

/** A pivot language's word lists: its words' English translations, and English words' translations into it. */
export interface PivotLists { words: Record<string, string>; english: Record<string, string> }

/** Pivot word -> English words: its own translations, then the English words listing it. */
function toEnglish({ words, english }: PivotLists): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (word: string, en: string) => {
    const list = map.get(word) ?? [];
    if (!list.includes(en)) list.push(en);
    map.set(word, list);
  };
  for (const [word, ens] of Object.entries(words)) for (const en of ens.split(' ')) add(word, en);
  for (const [en, ws] of Object.entries(english)) for (const word of ws.split(' ')) add(word, en);
  return map;
}

/** Word -> pivot words, from FreeDict's LANG-PIVOT and PIVOT-LANG reversed, whichever Debian has (most are WikDict's). */
function toPivot(dir: string, code: string, pivotCode: string, sources: PivotSource[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (word: string, pivot: string) => {
    const list = map.get(word) ?? [];
    if (!list.includes(pivot)) list.push(pivot);
    map.set(word, list);
  };
  const read = (name: string): Entry[] => {
    try {
      const { entries, edition, wikdict } = readDictionary(dir, name);
      sources.push({ name, edition, wikdict });
      return entries;
    } catch {
      return [];
    }
  };
  for (const e of read(`freedict-${code}-${pivotCode}`)) for (const p of e.senses) add(e.headword, p);
  for (const e of read(`freedict-${pivotCode}-${code}`)) for (const w of e.senses) add(w, e.headword);
  return map;
}

/** Pivot language (matcher code) -> FreeDict's. */
export const PIVOTS: Record<string, string> = { de: 'deu', es: 'spa', fr: 'fra', it: 'ita', pt: 'por' };
/** Also, for a language with few dictionaries of its own (Bulgarian, Indonesian, Norwegian, Lithuanian): WikDict has
 *  theirs with these, whose word lists are written before (pivots are not chained). */
export const MORE_PIVOTS: Record<string, string> = { sv: 'swe', nl: 'nld', pl: 'pol', fi: 'fin', el: 'ell' };

export interface Pivoted {
  /** Word -> English words with support, best supported first. */
  translations: Map<string, string[]>;
  sources: PivotSource[];
}

/**
 * English translations of the words of `lang` (FreeDict code `code`) through every pivot language
 * other than `lang` that has a dictionary with it in `dir`; `lists` gives a pivot language's word
 * lists with English. `cognate` tells a cognate pair apart.
 */
export function pivotTranslations(dir: string, lang: string, code: string, lists: (pivot: string) => PivotLists, cognate: (word: string, en: string) => boolean, pivotLangs: Record<string, string> = PIVOTS): Pivoted {
  const sources: PivotSource[] = [];
  const paths = new Map<string, Map<string, { pivots: Set<string>; unambiguous: boolean; first: number }>>();
  let order = 0;
  for (const [pivot, pivotCode] of Object.entries(pivotLangs)) {
    if (pivot === lang) continue;
    const words = toPivot(dir, code, pivotCode, sources);
    if (!words.size) continue;
    const english = toEnglish(lists(pivot));
    for (const [word, pivots] of words) {
      const found = paths.get(word) ?? new Map();
      for (const p of pivots) {
        const ens = english.get(p) ?? [];
        for (const en of ens) {
          const path = found.get(en) ?? { pivots: new Set<string>(), unambiguous: false, first: order++ };
          path.pivots.add(`${pivot}:${p}`);
          if (ens.length <= UNAMBIGUOUS) path.unambiguous = true;
          found.set(en, path);
        }
      }
      paths.set(word, found);
    }
  }
  const translations = new Map<string, string[]>();
  for (const word of [...paths.keys()].sort()) {
    const kept = [...paths.get(word)!]
      .map(([en, p]) => ({ en, support: p.pivots.size + (p.unambiguous ? 1 : 0) + (cognate(word, en) ? 1 : 0), first: p.first }))
      .filter((x) => x.support >= 2)
      .sort((a, b) => b.support - a.support || a.first - b.first)
      .map((x) => x.en);
    if (kept.length) translations.set(word, kept);
  }
  return { translations, sources };
}
