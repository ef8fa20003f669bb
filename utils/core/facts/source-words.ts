import { factsWords } from '@/utils/core/facts/facts-words';

/**
 * Words that say who speaks, and what kind of source a phrase names. The kind, with the country the
 * phrase names, is the source's key: "le Service national de renseignement sud-coréen" and "South
 * Korea's spy agency" are both kr-intelligence; "les médias sud-coréens" is kr-media.
 *
 * The sets are made from the word lists (facts-words-types.ts documents each) on first use, not at
 * module load: a caller reads them through sourceWords(), which then returns the same object.
 */
export interface SourceWords {
  SPEECH_FR: ReadonlySet<string>;
  SPEECH_FR_PRESENT: ReadonlySet<string>;
  SPEECH_EN: ReadonlySet<string>;
  AUXILIARIES: ReadonlySet<string>;
  ADVERBS: ReadonlySet<string>;
  PRONOUNS: ReadonlySet<string>;
  KINDS: readonly (readonly [string, readonly string[]])[];
  /** The single words of KINDS ("renseignement", "media"), without the phrases. */
  KIND_WORDS: ReadonlySet<string>;
  ACRONYMS: Readonly<Record<string, string>>;
  BODIES: readonly (readonly [string, readonly string[]])[];
  BODY_WORDS: ReadonlySet<string>;
  TITLES: ReadonlySet<string>;
  ACCORDING_TO: Readonly<Record<string, readonly string[]>>;
  DETERMINERS: ReadonlySet<string>;
  SOURCE_ENDS: Readonly<Record<string, ReadonlySet<string>>>;
  SOURCE_LINKS: Readonly<Record<string, ReadonlySet<string>>>;
  /** "According to" written after the source, by language. */
  ACCORDING_TO_AFTER: Readonly<Record<string, ReadonlySet<string>>>;
  /** Reporting verbs after the statement, by language, each as its words. */
  REPORTING_AFTER: Readonly<Record<string, readonly string[][]>>;
  /** Words of finding, knowing and reporting before "que / that" (clause-source.ts). */
  KNOWING: ReadonlySet<string>;
  /** Words that make "que / that" after them a conjunction (clause-source.ts). */
  THAT_CONJUNCTIONS: ReadonlySet<string>;
  /** The agent's preposition by language, one or two words ("de catre"): after it is the source (source-span.ts). */
  SOURCE_AGENTS: Readonly<Record<string, ReadonlySet<string>>>;
  /** Reporting verbs that end the sentence, their subject before them, by language. */
  REPORTING_FINAL: Readonly<Record<string, ReadonlySet<string>>>;
}

let made: SourceWords | undefined;

export function sourceWords(): SourceWords {
  if (made) return made;
  const w = factsWords();
  made = {
    SPEECH_FR: new Set(w.speechFr),
    SPEECH_FR_PRESENT: new Set(w.speechFrPresent),
    SPEECH_EN: new Set(w.speechEn),
    AUXILIARIES: new Set(w.auxiliaries),
    ADVERBS: new Set(w.adverbs),
    PRONOUNS: new Set(w.pronouns),
    KINDS: w.kinds,
    KIND_WORDS: new Set(w.kinds.flatMap(([, words]) => words).filter((word) => !word.includes(' '))),
    ACRONYMS: w.acronyms,
    BODIES: w.bodies,
    BODY_WORDS: new Set(w.bodyWords),
    TITLES: new Set(w.titles),
    ACCORDING_TO: w.accordingTo,
    DETERMINERS: new Set(w.determiners),
    SOURCE_ENDS: Object.fromEntries(Object.entries(w.sourceEnds).map(([lang, words]) => [lang, new Set(words)])),
    ACCORDING_TO_AFTER: Object.fromEntries(Object.entries(w.accordingToAfter).map(([lang, words]) => [lang, new Set(words)])),
    REPORTING_AFTER: Object.fromEntries(Object.entries(w.reportingAfter).map(([lang, verbs]) => [lang, verbs.map((v) => v.split(' '))])),
    REPORTING_FINAL: Object.fromEntries(Object.entries(w.reportingFinal).map(([lang, words]) => [lang, new Set(words)])),
    SOURCE_AGENTS: Object.fromEntries(Object.entries(w.sourceAgents).map(([lang, words]) => [lang, new Set(words.split(' ').map((x) => x.replace('_', ' ')))])),
    KNOWING: new Set(w.knowing),
    THAT_CONJUNCTIONS: new Set(w.thatConjunctions),
    SOURCE_LINKS: Object.fromEntries(Object.entries(w.sourceLinks).map(([lang, words]) => [lang, new Set(words)])),
  };
  return made;
}
