/**
 * A text's word in the index's other languages: the term ids of its translations (cross-language.ts)
 * and cognates (cognates.ts), in the order queryFeatures marks them. The same words recur in every
 * sentence of a page (and its runs of sentences), and each look-up costs a translation, several map
 * reads and a scan of the cognates' start: made once per word, index and pair of languages.
 */
import { boundedMemo } from '@/utils/core/bounded-memo';
import type { ClaimIndex } from './claim-index';
import { cognateTerms } from './cognates';
import { translatedStems } from './cross-language';
import { ALL_LANGUAGES, targetBits } from './alt-languages';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';

/** Words kept per generation (two generations): a page uses a few thousand. */
const GENERATION = 20_000;

type Lookup = (stem: string) => Int32Array;
/** A stem's term id (-1 when the index lacks it) and its terms in the other languages (Lookups.alt): one look-up for both. */
export interface StemTerms {
  id: number;
  alt: Int32Array;
  /** Per term of `alt`, the bits of the languages whose documents it stands for (alt-languages.ts). */
  altLangs: Int32Array;
}
/**
 * For a text in `lang`: per stem, its StemTerms, and (`alt`) the term ids other than its own that stand
 * for it in the target languages (possibly repeated, as queryFeatures adds them).
 */
type Lookups = { terms: (stem: string) => StemTerms; alt: Lookup };
/** Per index (edits make a new one), per text language and target languages. */
const lookups = new WeakMap<ClaimIndex, Map<string, Lookups>>();

/** Per stem, its own term id and its terms in the other languages, from one memo: take them once per text, then call them per word (each look-up here makes a key string). */
export function lookupsOf(lang: string, translateTo: readonly LexiconLang[], index: ClaimIndex): Lookups {
  let byLangs = lookups.get(index);
  if (!byLangs) lookups.set(index, (byLangs = new Map()));
  const key = `${lang}>${translateTo.join(',')}`;
  let found = byLangs.get(key);
  if (!found) {
    const terms = boundedMemo<StemTerms>((s) => {
      const { ids, langs } = computeTermsWithLanguages(s, lang, translateTo, index);
      return { id: index.termIds.get(s) ?? -1, alt: Int32Array.from(ids), altLangs: Int32Array.from(langs) };
    }, GENERATION);
    byLangs.set(key, (found = { terms, alt: (s) => terms(s).alt }));
  }
  return found;
}

/** Terms kept per generation by termIdOf: a page's words, a few thousand. */
const RECENT_TERMS = 4096;
const recentTerms = new WeakMap<ClaimIndex, (term: string) => number>();

/**
 * `index.termIds.get(term) ?? -1`, through a small memo of the terms in use: at 100,000 versions the
 * index's map is large enough that its probes mostly miss the processor's cache, and a page's words
 * recur in every sentence, as the context of the next and in runs of sentences. Take it once per text.
 */
export function termIdOf(index: ClaimIndex): (term: string) => number {
  let lookup = recentTerms.get(index);
  if (!lookup) recentTerms.set(index, (lookup = termMemo(index.termIds)));
  return lookup;
}

/** Uncached: what Lookups.alt returns. */
export function computeTerms(stem: string, lang: string, translateTo: readonly LexiconLang[], index: ClaimIndex): number[] {
  return computeTermsWithLanguages(stem, lang, translateTo, index).ids;
}

/** computeTerms' terms, each with the bits of the languages whose documents it stands for (`langs`, alt-languages.ts). */
export function computeTermsWithLanguages(stem: string, lang: string, translateTo: readonly LexiconLang[], index: ClaimIndex): { ids: number[]; langs: number[] } {
  const ids: number[] = [];
  const langs: number[] = [];
  if (translateTo.length === 0) return { ids, langs };
  const own = index.termIds.get(stem);
  const translations: string[] = [];
  const translationLangs: number[] = [];
  for (const to of translateTo) {
    const bits = targetBits(index, to);
    for (const other of translatedStems(stem, lang as LexiconLang, to)) {
      translations.push(other);
      translationLangs.push(bits);
      const t = index.termIds.get(other);
      if (t === undefined || t === own) continue;
      ids.push(t);
      langs.push(bits);
    }
  }
  // A word the lists miss may still be written almost alike in the other language.
  for (const t of cognateTerms(stem, index)) {
    if (ids.indexOf(t) < 0) {
      ids.push(t);
      langs.push(ALL_LANGUAGES);
    }
  }
  // The list gives one word of a family, the document may use a longer one of it: "strandings" is
  // "échouer" in the list, "échouages" in the document. Only a stem that goes on from the
  // translation's, among its cognates: not a cognate's other spellings ("Britain", German
  // "Britannien", is no "britannique"). It stands for the translation's language.
  translations.forEach((other, k) => {
    for (const t of cognateTerms(other, index)) {
      if (t !== own && ids.indexOf(t) < 0 && index.termList[t]!.startsWith(other)) {
        ids.push(t);
        langs.push(translationLangs[k]!);
      }
    }
  });
  return { ids, langs };
}

/** boundedMemo's two generations, for term ids alone: its own code, so that its map reads and the index's are not shared with the other memos' (one compiled closure for all of them). */
function termMemo(termIds: Map<string, number>): (term: string) => number {
  let young = new Map<string, number>();
  let old = new Map<string, number>();
  return (term) => {
    let id = young.get(term);
    if (id !== undefined) return id;
    id = old.get(term) ?? termIds.get(term) ?? -1;
    if (young.size >= RECENT_TERMS) {
      old = young;
      young = new Map();
    }
    young.set(term, id);
    return id;
  };
}
