import type { Hedge } from '@/utils/core/facts/types';

/**
 * The facts reader's word lists, as data: arrays and records of strings and numbers, which the build
 * writes as JSON (bundled-facts-words.ts). Words are folded as the lexer folds them (lowercase, no
 * accents, "jusqu'à" -> "jusqu a"). The sets and maps the reader looks words up in are made from
 * these on first use (source-words.ts, date-words.ts, figure-words.ts).
 */
/** The names of FactsWords.wordSets (bundled-word-sets.ts). */
export type FactsSetName = 'siteFillers' | 'placePrepositions' | 'reports' | 'phraseStop' | 'badStart' | 'verbInside' | 'yearCues' | 'weakMonthCues' | 'notUnits' | 'pronounsAfter' | 'keyArticles' | 'sourceForwardStop' | 'sourceBackwardStop' | 'notSources' | 'subjectStart' | 'notSubjectStart' | 'afterLocation' | 'clitics' | 'dayParts' | 'siteWords' | 'siteNames' | 'compositeStarts' | 'directionsEn' | 'articlesBeforeVerb' | 'passive' | 'lastWords' | 'nextWords' | 'figureDeterminers' | 'rangeJoin' | 'rangeStart' | 'copulas' | 'partyBefore' | 'beforeEnglishMonth' | 'bodyTail' | 'pluralDeterminers' | 'afterPluralHead' | 'turkishAfterPlace' | 'invertedPresent' | 'romanceOf' | 'beforeDate' | 'definite' | 'sourceGeneric' | 'released';

export interface FactsWords {
  /** Word lists by name, each one string of space-separated words (bundled-word-sets.ts, read by facts-words.ts factsSet). */
  wordSets: Record<FactsSetName, string>;
  /** Reporting verbs after "a/ont/avait" (French participles) or alone (English). */
  speechFr: string[];
  speechFrPresent: string[];
  speechEn: string[];
  auxiliaries: string[];
  adverbs: string[];
  pronouns: string[];
  /** Source kinds, each with the words (single or joined by spaces) that signal it; first match wins. */
  kinds: [string, string[]][];
  /** Acronyms of agencies that outlets use alone: the country and kind they stand for. */
  acronyms: Record<string, string>;
  /** International bodies by their French and English names. */
  bodies: [string, string[]][];
  /** Words that make a capitalised run a body, not a person ("World Health Organization"). */
  bodyWords: string[];
  /** Titles that precede a person's name. */
  titles: string[];
  /** "According to X" by language, beside English and French: the words before the source. */
  accordingTo: Record<string, string[]>;
  /** Articles of those languages. */
  determiners: string[];
  /** Where a source named after "laut", "volgens" ends, by language: finite verbs and conjunctions. */
  sourceEnds: Record<string, string[]>;
  /** "According to" written after the source, by language. */
  accordingToAfter: Record<string, string[]>;
  /** Reporting verbs after the statement, their subject after them, by language (phrases joined by spaces). */
  reportingAfter: Record<string, string[]>;
  /** Prepositions of place by language, space-separated (places.ts: a place after one is where things happen). */
  locative: Record<string, string>;
  /** "And" and "or" by language, space-separated. */
  conjunctions: Record<string, string>;
  /** Words for a river, mountain, lake, strait, island, peninsula, glacier, valley or pass before a feature's name (after it in some languages), any language, space-separated by kind (feature-cues.ts). */
  featureCues: Record<FeatureKind, string>;
  /** The same words as the last part of a compound ("Loiblpass", "Luzonstredet"), by kind. */
  featureEndings: Partial<Record<FeatureKind, string>>;
  /** Words of finding, knowing and reporting before "que / that", beside the reporting verbs (clause-source.ts). */
  knowing: string[];
  /** Words that make "que / that" after them a conjunction, not the start of what someone reports or found (clause-source.ts). */
  thatConjunctions: string[];
  /** Reporting verbs that end the sentence, their subject before them, by language (Turkish: "…, Sahil Güvenlik açıkladı."). */
  reportingFinal: Record<string, string[]>;
  /** The agent's preposition by language ("by", "par", "dalla", "de către"), space-separated words, two-word ones joined by "_": after it is the source (source-span.ts). */
  sourceAgents: Record<string, string>;
  /** Prepositions that carry a source's name on in those languages ("Angaben der Polizei"). */
  sourceLinks: Record<string, string[]>;
  /** Weekdays to their day (0 is Sunday), in French, English, Spanish and German. */
  weekdays: Record<string, number>;
  /** Seasons to their English name. */
  seasons: Record<string, string>;
  /** Words before a date that bound it, to an English label ("d ici" -> "by"). */
  datePrefixes: [string, string][];
  /** Relative periods to an English label and, for some, a day offset range. */
  relative: [string, string, [number, number]?][];
  /** Hedges by class. */
  hedges: [Hedge, string[]][];
  /** Units: English name, whether a measure (part of the figure's text), the words for it. */
  units: [string, boolean, string[]][];
  /** Currency signs to their code. */
  currencySymbols: Record<string, string>;
  /** The language guesser's commonest words of Latin-script languages, and of Hindi, Marathi and Nepali (bundled-detect-words.ts). */
  latinStopwords: Record<string, string>;
  devanagariWords: Record<string, string>;
}

/** The kinds of natural feature the facts reader names after the word for them (feature-cues.ts). */
export type FeatureKind = 'river' | 'mountain' | 'range' | 'lake' | 'strait' | 'island' | 'peninsula' | 'glacier' | 'valley' | 'pass' | 'sierra';
