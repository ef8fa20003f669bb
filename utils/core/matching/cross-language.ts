/**
 * Matching across languages with the word lists between English and 23 others (LEXICON_LANGS, and the tags read with them, LEXICON_TAGS): a
 * Spanish sentence is compared with a claim known only in English (and the reverse) through the other
 * language's stems of its words, and with one known only in Italian through English (pivotStems).
 * Names, figures and dates need no list:
 * their keys are the same in every language. The lists are big, so this module is only reached from
 * the matcher (background, tools), never from the content script.
 */
import { LEXICON_TAGS, lexiconLangOf, lexiconPartners, preloadLexicon, relatedStems } from '@/utils/core/lexicon/lexicons';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { baseLang, GUESSABLE } from '@/utils/core/language/language-data';
import { compoundTranslation } from './compound-words';
import { weakVerbStems } from './german-verb-forms';
import { languageTools } from './languages';

/** Stems of the other language kept per word: dictionaries list many senses, most of them noise. All
 *  that the stored table keeps (RELATED_LIMIT, 8): the last two still hold news words the dictionaries
 *  rank low ("waste" reaches "déchet" as its eighth), and a cut below it cost training cases. */
const STEMS_PER_WORD = 8;
const NONE: readonly LexiconLang[] = [];

/**
 * The languages to translate a text in `lang` into: those of the index's documents that a word list
 * links to it, directly (English and each other language) or through English (German and Italian,
 * whose lists both go to English: pivotStems).
 */
export function translationTargets(lang: string, indexLangs: ReadonlySet<string>): readonly LexiconLang[] {
  const direct = lexiconPartners(lang);
  if (direct.length === 0) return NONE;
  // Not the tags read with the text's own list ('nb' for 'no'): their words are the text's, stemmed alike.
  const own = lexiconLangOf(lang);
  const targets = [...direct, ...(lang === 'en' ? [] : LEXICON_TAGS.filter((other) => lexiconLangOf(other) !== own))].filter((other) => indexLangs.has(other));
  return targets.length ? targets : NONE;
}

/**
 * The word lists ('fr' for the French–English one) that scoring texts in `textLangs` against an index
 * of documents in `indexLangs` may read: a text's own language's (person-names.ts asks whether a
 * capitalised word has a translation; an English text asks the French list) and those of its
 * translationTargets. Never fewer: a text of unknown language may be guessed as any of GUESSABLE, and
 * tags count by their primary subtag (translationTargets compares whole tags).
 */
export function lexiconsNeeded(textLangs: Iterable<string | undefined>, indexLangs: Iterable<string>): LexiconLang[] {
  const index = new Set([...indexLangs].map(baseLang));
  const needed = new Set<LexiconLang>();
  for (const tag of textLangs) {
    for (const lang of tag ? [baseLang(tag)] : [...GUESSABLE, 'en']) {
      if (lang !== 'en' && !lexiconLangOf(lang)) continue;
      needed.add(lang === 'en' ? lexiconPartners('en')[0]! : lang);
      // English to each of them; another language through English to each of them (pivotStems).
      for (const other of index) if (lexiconLangOf(other)) needed.add(other);
    }
  }
  return [...needed];
}

/**
 * Reads those word lists ahead, where the platform reads them asynchronously: the service worker
 * fetches them (they are not in its install cache, which every start of the worker is sent), so
 * whoever scores a text there awaits this first, as it awaits ensureLanguages.
 */
export async function ensureLexicons(textLangs: Iterable<string | undefined>, indexLangs: Iterable<string>): Promise<void> {
  await Promise.all(lexiconsNeeded(textLangs, indexLangs).map((lang) => preloadLexicon(lang)));
}

/** Per direction ('es>en'), stem -> its translated stems: every sentence of a page looks its stems up
 *  again, and the same stems recur across sentences and pages. */
const memo = new Map<string, Map<string, readonly string[]>>();
/** Bounds a long-running background's memory, as the gazetteer's sound cache does. */
const MEMO_CAP = 200_000;

/**
 * Through English, where no list links two languages (German and Italian): each of the stem's first
 * PIVOT_WIDTH English stems, and each of their first PIVOT_WIDTH stems in `to`, taken by rank (the
 * first translation of each first). Two lists' noise multiplies: only their first senses. Two, on the
 * training data (`npm run eval -- tests/fixtures/matching/train`: TP 282 to 285, FP 11 to 13; the train
 * pages scanned against the bench's 100,000 versions keep their 4 highlights): three found one more
 * training case and added three wrong highlights there ("Zahraniční ligy", foreign leagues, read as
 * "lieu inconnu": league is also the French "lieue").
 * Then the stems in `to` that two or more of the stem's English stems (all it has) lead to, most
 * agreed first: the lists rank no sense above another, and the one they give first is often not the
 * news one (Dutch "leven" gives "noise" and "ado" before "live" and "life", which both lead to German
 * "Leben"), but two senses seldom agree on a wrong word.
 */
const PIVOT_WIDTH = 2;
const PIVOT_AGREEMENT = 2;
function pivotStems(stem: string, from: LexiconLang, to: LexiconLang): string[] {
  const english = relatedStems(stem, from, 'en', STEMS_PER_WORD);
  const lists = english.map((en) => relatedStems(en, 'en', to, STEMS_PER_WORD));
  const out: string[] = [];
  for (let rank = 0; rank < PIVOT_WIDTH; rank++) {
    for (let i = 0; i < Math.min(PIVOT_WIDTH, lists.length); i++) {
      const other = lists[i]![rank];
      if (other !== undefined && !out.includes(other) && out.length < STEMS_PER_WORD) out.push(other);
    }
  }
  const votes = new Map<string, number>();
  for (const list of lists) for (const other of new Set(list)) votes.set(other, (votes.get(other) ?? 0) + 1);
  // A stable sort: among stems as agreed, the first English sense's first.
  const agreed = [...votes].filter(([, n]) => n >= PIVOT_AGREEMENT).sort((a, b) => b[1] - a[1]);
  for (const [other] of agreed) if (!out.includes(other) && out.length < STEMS_PER_WORD) out.push(other);
  return out;
}

/** The stems in `to` a word list gives a stem in `from`: directly where one links them, else through English. */
function relatedAcross(stem: string, from: LexiconLang, to: LexiconLang): string[] {
  return from === 'en' || to === 'en' ? relatedStems(stem, from, to, STEMS_PER_WORD) : pivotStems(stem, from, to);
}

/**
 * Languages whose stems keep part of an inflection. Turkish, Finnish and Hungarian glue case endings and
 * possessives onto a word, the Slavic and Baltic languages, Greek and Icelandic decline theirs, and their stemmers (or the
 * six-letter prefix that stands in for a missing one) leave part of the ending on: the stem of an
 * inflected form is not that of the headword the list has (Turkish "güvertesinde", on its deck,
 * "guverte" against "güverte"'s "guver"; Polish "rannych", injured, "rannyc" against "ranny"). A stem
 * the list lacks is read as its longest shorter stem the list has, of MIN_STEM letters at least: four
 * found no more development cases and reads more words as others ("kapta", captain, as "kap", pot),
 * six found three fewer. Not German and Dutch, whose first letters are a compound's modifier.
 */
const INFLECTING = new Set(['tr', 'fi', 'pl', 'cs', 'ru', 'el', 'hu', 'hr', 'lt', 'sl', 'is', 'bg']);
const MIN_STEM = 5;

/** Stems in `to` of a stem in `from` (shared: never modify the list). */
export function translatedStems(stem: string, from: LexiconLang, to: LexiconLang): readonly string[] {
  const direction = `${from}>${to}`;
  let map = memo.get(direction);
  if (!map) memo.set(direction, (map = new Map()));
  let found = map.get(stem);
  if (found === undefined) {
    found = relatedAcross(stem, from, to);
    // A German verb's form that the stemmer leaves as it is ("umgeleitet", "errichtet"): its verb's.
    if (found.length === 0) {
      for (const verb of weakVerbStems(stem, from)) {
        found = relatedAcross(verb, from, to);
        if (found.length) break;
      }
    }
    // A German or Dutch compound the list lacks: its two parts' translations (compound-words.ts).
    if (found.length === 0) found = compoundTranslation(stem, from, (s) => relatedAcross(s, from, to), languageTools(from).stem);
    // A case ending the stemmer leaves on ("güvertesinde", on the deck): the longest shorter stem the list knows.
    for (let n = stem.length; found.length === 0 && INFLECTING.has(lexiconLangOf(from) ?? from) && --n >= MIN_STEM; ) found = relatedAcross(stem.slice(0, n), from, to);
    if (map.size < MEMO_CAP) map.set(stem, found);
  }
  return found;
}
