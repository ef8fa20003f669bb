/**
 * A bilingual word list (one language and English, from FreeDict and WikDict, see XX-en.json) as lookups for
 * matching across languages: word to words, and Snowball stem to stems, since the matcher compares
 * stems. DOM-free; the list is big (hundreds of KB), so only background code should import it.
 */
import { languageTools } from '@/utils/core/matching/languages';
import { foldText } from '@/utils/core/matching/normalise-text';
import { markStart } from '@/utils/core/start-marks';

/** A language code of the matcher ('fr', 'en', 'es'...). */
export type LexiconLang = string;

/**
 * The data file's shape: per source language (its two language codes are keys), word ->
 * space-separated translations, best first; also `about` and `license` texts.
 */
export interface LexiconData {
  [lang: string]: Record<string, string> | Record<string, Record<string, string>> | string | undefined;
  /**
   * relatedStems(stem, from, to, RELATED_LIMIT) of every stem that has any, space-separated, by
   * direction ('fr>en', 'en>fr'): written by scripts/build-lexicon-related.ts, so that a restarted
   * worker's first lookup does not stem every entry (hundreds of milliseconds). Optional: without
   * it, the lexicon computes the same on first use.
   */
  related?: Record<string, Record<string, string>>;
}

/** Stems per entry in LexiconData.related: lookups asking for more compute them. */
export const RELATED_LIMIT = 8;

export interface Lexicon {
  /** Translations of `word` (any case, accents optional), best first; [] when unknown. */
  translateWord(word: string, from: LexiconLang, to: LexiconLang): string[];
  /** Stems (as the matcher computes them) of the translations of every word with this stem. */
  translateStem(stem: string, from: LexiconLang, to: LexiconLang): string[];
  /**
   * Stems of the other language linked to this stem either way: the
   * translations of its words, and the words whose translations it stems
   * ("militaire" is listed as "warrior" only, but "military" as "militaire").
   * At most `limit`, the forward translations first.
   */
  relatedStems(stem: string, from: LexiconLang, to: LexiconLang, limit?: number): string[];
  /** Number of headwords per source language. */
  readonly size: Record<LexiconLang, number>;
  /** Its two languages. */
  readonly langs: readonly [LexiconLang, LexiconLang];
  /** What LexiconData.related holds for this direction, computed from the word lists (scripts/build-lexicon-related.ts). */
  relatedTable(from: LexiconLang, to: LexiconLang): Record<string, string>;
}

/** Inflected forms back to dictionary forms, tried in turn when the word itself is not listed. */
function lemmaCandidates(word: string, lang: LexiconLang): string[] {
  const out = [word];
  const cut = (suffix: string, add = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + add);
  };
  if (lang === 'en') {
    cut('ies', 'y');
    cut('ied', 'y');
    cut('es');
    cut('s');
    cut('ed');
    cut('ed', 'e');
    cut('ing');
    cut('ing', 'e');
  } else if (lang === 'fr') {
    cut('s');
    cut('x');
    cut('es');
    cut('e');
    // Past participles (folded: envoyés -> envoyes) back to the -er infinitive.
    for (const ending of ['ees', 'ee', 'es', 'e']) cut(ending, 'er');
  } else {
    // German, Spanish, Italian, Portuguese and Dutch plurals.
    cut('s');
    cut('es');
    cut('en');
  }
  return out;
}

/** The word list of `lang` in `data` (empty when the file has none). */
function words(data: LexiconData, lang: LexiconLang): Record<string, string> {
  const list = data[lang];
  return list && typeof list === 'object' && lang !== 'related' ? (list as Record<string, string>) : {};
}

/**
 * `data` may be a reader of the word lists, called on the first lookup that needs them, and the
 * related-stems table may come apart from them: the matcher only reads the table (relatedStems),
 * so a worker that is given the table never reads the lists (twice its size to parse).
 */
export function createLexicon(data: LexiconData | (() => LexiconData), langs: readonly [LexiconLang, LexiconLang] = ['fr', 'en'], related?: LexiconData['related']): Lexicon {
  let wordData = typeof data === 'function' ? undefined : data;
  const wordList = (lang: LexiconLang) => words((wordData ??= (data as () => LexiconData)()), lang);
  const relatedTables = related ?? wordData?.related;
  // Folded keys: pages and claims are compared folded, and "élection" may be typed "election".
  // Made on the first word lookup: matching only asks for stems.
  let foldedMaps: Record<LexiconLang, Map<string, string[]>> | undefined;
  const folded = () => {
    if (foldedMaps) return foldedMaps;
    foldedMaps = { [langs[0]]: new Map(), [langs[1]]: new Map() };
    for (const lang of langs) {
      for (const [word, translations] of Object.entries(wordList(lang))) {
        const key = foldText(word);
        const list = foldedMaps[lang].get(key) ?? [];
        for (const t of translations.split(' ')) if (t && !list.includes(t)) list.push(t);
        foldedMaps[lang].set(key, list);
      }
    }
    return foldedMaps;
  };
  const stemMaps = new Map<string, Map<string, string[]>>();

  function translateWord(word: string, from: LexiconLang, to: LexiconLang): string[] {
    if (from === to || !langs.includes(from) || !langs.includes(to)) return [];
    const key = foldText(word.trim());
    for (const candidate of lemmaCandidates(key, from)) {
      const found = folded()[from]!.get(candidate);
      if (found) return [...found];
    }
    return [];
  }

  // Built on first use: stemming every entry takes a few tens of milliseconds.
  function stemMap(from: LexiconLang, to: LexiconLang): Map<string, string[]> {
    const name = `${from}>${to}`;
    let map = stemMaps.get(name);
    if (map) return map;
    markStart(`stems ${name}`);
    map = new Map();
    const source = languageTools(from);
    const target = languageTools(to);
    for (const [word, translations] of Object.entries(wordList(from))) {
      const stem = source.stem(word);
      const list = map.get(stem) ?? [];
      for (const t of translations.split(' ')) {
        const s = t && target.stem(t);
        if (s && !list.includes(s)) list.push(s);
      }
      map.set(stem, list);
    }
    stemMaps.set(name, map);
    markStart(`stems ${name} made`);
    return map;
  }

  // Inverse links: `to` words whose translations have a `from` stem.
  const inverseMaps = new Map<string, Map<string, string[]>>();
  function inverseMap(from: LexiconLang, to: LexiconLang): Map<string, string[]> {
    const name = `${from}<${to}`;
    let map = inverseMaps.get(name);
    if (map) return map;
    map = new Map();
    for (const [toStem, fromStems] of stemMap(to, from)) {
      for (const s of fromStems) {
        const list = map.get(s) ?? [];
        if (!list.includes(toStem)) list.push(toStem);
        map.set(s, list);
      }
    }
    inverseMaps.set(name, map);
    return map;
  }

  function relatedStems(stem: string, from: LexiconLang, to: LexiconLang, limit = RELATED_LIMIT): string[] {
    if (from === to || !langs.includes(from) || !langs.includes(to)) return [];
    // Precomputed: the same list, cut to `limit` (the walk below only ever appends).
    const table = relatedTables?.[`${from}>${to}`];
    if (table && limit <= RELATED_LIMIT) return Object.prototype.hasOwnProperty.call(table, stem) ? table[stem]!.split(' ').slice(0, limit) : [];
    return computedRelated(stem, from, to, limit);
  }

  function computedRelated(stem: string, from: LexiconLang, to: LexiconLang, limit: number): string[] {
    const out: string[] = [];
    const forward = stemMap(from, to).get(stem) ?? [];
    const inverse = inverseMap(from, to).get(stem) ?? [];
    // Alternate so that a long forward list does not crowd out the inverse links.
    for (let i = 0; out.length < limit && (i < forward.length || i < inverse.length); i++) {
      for (const s of [forward[i], inverse[i]]) if (s && !out.includes(s) && out.length < limit) out.push(s);
    }
    return out;
  }

  return {
    translateWord,
    relatedStems,
    translateStem: (stem, from, to) => (from === to || !langs.includes(from) || !langs.includes(to) ? [] : [...(stemMap(from, to).get(stem) ?? [])]),
    get size() {
      return { [langs[0]]: folded()[langs[0]]!.size, [langs[1]]: folded()[langs[1]]!.size };
    },
    langs,
    relatedTable: (from, to) => {
      const table: Record<string, string> = {};
      const stems = new Set([...stemMap(from, to).keys(), ...inverseMap(from, to).keys()]);
      for (const stem of [...stems].sort()) {
        const related = computedRelated(stem, from, to, RELATED_LIMIT);
        if (related.length) table[stem] = related.join(' ');
      }
      return table;
    },
  };
}
