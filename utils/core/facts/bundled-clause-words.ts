import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import { WORD_SETS } from './bundled-word-sets';

/**
 * The words that tell a clause's part in a sentence (clause-source.ts, places.ts), as a module: data the
 * build writes into the extension's `words/facts.*` files with the facts reader's other lists
 * (bundled-facts-words.ts), read on first use, not carried in the background's code.
 */
export const CLAUSE_WORDS: Pick<FactsWords, 'knowing' | 'thatConjunctions' | 'sourceAgents' | 'wordSets'> = {
  wordSets: WORD_SETS,
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
};
