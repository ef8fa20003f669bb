import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import { WORD_SETS } from './bundled-word-sets';

/**
 * The words that tell a clause's part in a sentence (clause-source.ts, places.ts), as a module: data the
 * build writes into the extension's `words/facts.*` files with the facts reader's other lists
 * (bundled-facts-words.ts), read on first use, not carried in the background's code.
 */
export const CLAUSE_WORDS: Pick<FactsWords, 'knowing' | 'thatConjunctions' | 'afterLocation' | 'sourceAgents' | 'sourceStops' | 'wordSets'> = {
  wordSets: WORD_SETS,
  /** English and French words around a source (sources.ts): see FactsWords.sourceStops. */
  sourceStops: {
    forward: 'qui que qu dont lorsque quand which who that when while dans pour avec sur mais but because car a ont has have on in au aux citing as',
    backward: 'que qu qui mais but that because car donc si if when lorsque quand where ou while et and selon',
    notSources: 'lesquelles lesquels lequel laquelle moi nous eux lui elle elles him her them me us',
    subjectStart: 'le la les l the un une a an leur leurs son sa ses notre nos ce cette ces its their his her our this these those',
    notSubjectStart: 'de d du en dans pour par sur of in at from on by for to with',
  },
  /**
   * The agent's preposition, folded ("by", "par", "dalla", "de către"): "according to figures published by
   * the ministry" names the ministry (source-span.ts). Only the prepositions of an agent: "of", "de",
   * "van" name a part of the source ("the minister of defence").
   */
  sourceAgents: {
    en: 'by', fr: 'par', es: 'por', it: 'da dal dalla dai dagli dalle dallo dall', pt: 'pelo pela pelos pelas por',
    nl: 'door', de: 'durch', ro: 'de de_catre', pl: 'przez',
  },
  /** Words of finding, knowing and reporting (clause-source.ts), beside the reporting verbs above. */
  knowing: [
  'preuve', 'preuves', 'indices', 'signes', 'suggerant', 'suggere', 'suggerent', 'montrant', 'montre', 'montrent', 'indiquant', 'estimant',
  'pensent', 'pense', 'croient', 'croit', 'conclu', 'concluent', 'trouve', 'decouvert', 'appris', 'sait', 'savent', 'craignent', 'craint',
  'evidence', 'signs', 'suggesting', 'suggests', 'suggest', 'showing', 'shows', 'show', 'indicating', 'indicates', 'believe', 'believes',
  'think', 'thinks', 'concluded', 'conclude', 'found', 'find', 'learned', 'know', 'knows', 'fear', 'fears', 'assess', 'assessed', 'assesses',
  ],
  /** Words that make "que / that" a conjunction rather than the start of what someone reports or found (clause-source.ts). */
  thatConjunctions: [
  'alors', 'bien', 'parce', 'tandis', 'avant', 'apres', 'pendant', 'des', 'lors', 'ainsi', 'sans', 'pour', 'afin', 'tant', 'mesure', 'sorte',
  'facon', 'maniere', 'moins', 'plus', 'autant', 'si', 'depuis', 'jusqu', 'tel', 'telle', 'meme', 'so', 'now', 'such', 'given', 'except',
  'provided', 'rather', 'even', 'than', 'save', 'in', 'order',
  ],
  /** Words that may follow a place named as a location ("en Russie pour…", "to Russia in…"), with their accents (places.ts). */
  afterLocation: [
  'de', 'd', 'du', 'des', 'et', 'ou', 'à', 'au', 'aux', 'en', 'pour', 'par', 'pendant', 'avec', 'sans', 'dans', 'sur', 'vers', 'depuis', 'où',
  'qui', 'que', 'qu', 'contre', 'entre', 'le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cette', 'selon', 'après', 'avant', 'lors', 'afin', 'près',
  'and', 'or', 'in', 'to', 'from', 'for', 'with', 'during', 'on', 'at', 'by', 'of', 'as', 'after', 'before', 'since', 'where', 'which',
  'that', 'against', 'between', 'the', 'a', 'an', 'near', 'into', 'over', 'under', 'while', 'until', 'jusqu', 'but', 'mais',
  'off', 'along', 'around', 'across', 'through', 'beyond', 'towards', 'toward', 'via',
  ],
};
