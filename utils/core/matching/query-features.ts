/**
 * What the matcher compares on the text side: the analysed sentence as index
 * term ids, with typed-array marks for fast membership tests while scoring.
 */
import type { Analysis } from './analyse-text';
import { figureTerm, type ClaimIndex } from './claim-index';
import type { FigureKind } from './figures';
import { otherLanguageTerms, termIdOf } from './word-terms';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { figureWeight, TUNING } from './tuning';
import { canBePerson } from './person-names';

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  stems: Set<number>;
  entities: Set<number>;
  /** Stamp of this text in index.marks: marks.stem[t] === stamp when the text has stem t,
   *  marks.alt[t] === stamp when t translates one of its words. */
  stamp: number;
  /** Translated stems of unit i (other-language documents only): unitAlt[unitAltStart[i]..unitAltStart[i + 1]). */
  unitAlt: Int32Array;
  unitAltStart: Int32Array;
  /** All translated stems (for explanations). */
  altStems: Set<number>;
  /** The preceding sentence's analysis, if any (see country-conflict.ts). */
  context: Analysis | undefined;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: Set<number>;
  /** Stems of the preceding sentence: what "they", "the bill" may refer to. */
  contextStems: Set<number>;
  /** Per person the text names (see person-names.ts), the unit of its last word (index of unitStems), or -1. */
  personUnits: number[];
  /** Units of the proper names of the text but its first word (capitalised anyway). */
  nameUnits: number[];
  figureKeys: Set<string>;
  figureKinds: Set<FigureKind>;
  /** Distinct index term ids of the text's stems and figures, for the postings walk. */
  terms: number[];
  /** Proper-name keys, walked for weight only: a name counts as one shared
   *  term through its stem already, and a name alone is no match. */
  nameTerms: number[];
  /** Names of the previous sentence, walked with a reduced weight (no hit counted). */
  contextTerms: number[];
  /** Denominator of the sentence-side coverage (see sentenceCoverage). */
  sentenceDenominator: number;
}

/** Content weight of the text: its words (a word no claim uses weighs like
 *  the rarest) and its figures, at least minMass rarest words. */
function sentenceDenominator(stems: Int32Array, entities: Int32Array, altWeights: number[], figureKeys: Set<string>, index: ClaimIndex): number {
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const e = entities[i]!;
    // A word known only through its translation weighs as the translation would.
    const alt = altWeights[i]!;
    total += s < 0 ? (alt > 0 ? alt : index.top * TUNING.unknownWordShare) : Math.max(index.termWeight[s]!, e >= 0 ? index.termWeight[e]! : 0, alt);
  }
  for (const key of figureKeys) total += figureWeight(key, index.top);
  return Math.max(total, TUNING.minMass * index.top);
}

/**
 * `translateTo`: the other languages of the index's documents (see translationTargets), whose stems of
 * the text's words are marked too (see cross-language.ts); they count only
 * against documents in another language than the text's.
 */
/** Scratch for queryFeatures (which reads them before it returns): typed arrays made per text cost more than their look-ups saved. */
/** Each word's stem and name ids, in two scratch pairs swapped per text: the pair of the text before is kept,
 *  with that text and its index, because the next sentence's context is that text (see scoredSpans). */
const wordIds = [
  { stem: new Int32Array(256), entity: new Int32Array(256) },
  { stem: new Int32Array(256), entity: new Int32Array(256) },
];
let wordIdsTurn = 0;
let previousText: Analysis | undefined;
let previousIndex: ClaimIndex | undefined;
let unitStemScratch = new Int32Array(256);
let unitEntityScratch = new Int32Array(256);
let unitAltStartScratch = new Int32Array(257);

export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis, translateTo: readonly LexiconLang[] = []): QueryFeatures {
  const stems = new Set<number>();
  const entities = new Set<number>();
  const marks = index.marks;
  const stamp = ++marks.stamp;
  const terms = new Set<number>();
  const nameTerms = new Set<number>();
  // Each word's stem and name ids, looked up once: the units below read them again.
  const ids = wordIds[wordIdsTurn]!;
  if (ids.stem.length < analysis.words.length) {
    ids.stem = new Int32Array(2 * analysis.words.length);
    ids.entity = new Int32Array(2 * analysis.words.length);
  }
  if (unitStemScratch.length < analysis.words.length) {
    unitStemScratch = new Int32Array(2 * analysis.words.length);
    unitEntityScratch = new Int32Array(2 * analysis.words.length);
    unitAltStartScratch = new Int32Array(2 * analysis.words.length + 1);
  }
  const termId = termIdOf(index);
  const wordStem = ids.stem.fill(-1, 0, analysis.words.length);
  const wordEntity = ids.entity.fill(-1, 0, analysis.words.length);
  for (let k = 0; k < analysis.words.length; k++) {
    const w = analysis.words[k]!;
    if (w.stop) continue;
    const s = termId(w.stem);
    if (s >= 0) {
      wordStem[k] = s;
      stems.add(s);
      marks.stem[s] = stamp;
      terms.add(s);
    }
    if (w.entity) {
      const e = termId(w.entity);
      if (e >= 0) {
        wordEntity[k] = e;
        entities.add(e);
        marks.entity[e] = stamp;
        nameTerms.add(e);
      }
    }
  }
  // Filled in scratch, then copied: one typed array each instead of a growing list copied again.
  const unitStemList = unitStemScratch;
  const unitEntityList = unitEntityScratch;
  const unitAltStartList = unitAltStartScratch;
  let units = 0;
  unitAltStartList[0] = 0;
  const unitAlt: number[] = [];
  const altStems = new Set<number>();
  const altWeights: number[] = [];
  // Scratch, created here rather than with the index: a stored index need not carry it.
  const alt = (marks.alt ??= new Int32Array(marks.stem.length));
  const seenStem = new Map<string, number>();
  const unitOfEntity = new Map<string, number>();
  const others = translateTo.length > 0 ? otherLanguageTerms(analysis.lang, translateTo, index) : undefined;
  for (let k = 0; k < analysis.words.length; k++) {
    const w = analysis.words[k]!;
    if (w.entity && !w.stop && !unitOfEntity.has(w.entity)) unitOfEntity.set(w.entity, seenStem.get(w.stem) ?? units);
    if (w.stop || seenStem.has(w.stem)) continue;
    seenStem.set(w.stem, units);
    unitStemList[units] = wordStem[k]!;
    unitEntityList[units] = wordEntity[k]!;
    units++;
    let altWeight = 0;
    // Names too: French writes "nord-coréens" where English writes "North Korean".
    if (others) {
      for (const t of others(w.stem)) {
        unitAlt.push(t);
        altWeight = Math.max(altWeight, index.termWeight[t]!);
        alt[t] = stamp;
        altStems.add(t);
        terms.add(t);
      }
    }
    unitAltStartList[units] = unitAlt.length;
    altWeights.push(altWeight);
  }
  const unitStems = unitStemList.slice(0, units);
  const unitEntities = unitEntityList.slice(0, units);
  // Marked too: scoring tests them for every unit of every candidate document.
  const contextEntity = (marks.contextEntity ??= new Int32Array(marks.entity.length));
  const contextStem = (marks.contextStem ??= new Int32Array(marks.stem.length));
  // The text before's ids, when it is the context: the same look-ups, done already (a stop word's name was not looked up).
  const known = context !== undefined && context === previousText && index === previousIndex ? wordIds[1 - wordIdsTurn]! : undefined;
  const contextWords = context?.words ?? [];
  const contextEntities = new Set<number>();
  for (let k = 0; k < contextWords.length; k++) {
    const w = contextWords[k]!;
    const e = !w.entity ? -1 : known && !w.stop ? known.entity[k]! : termId(w.entity);
    if (e >= 0) {
      contextEntities.add(e);
      contextEntity[e] = stamp;
    }
  }
  const contextStems = new Set<number>();
  for (let k = 0; k < contextWords.length; k++) {
    const w = contextWords[k]!;
    const s = w.stop ? -1 : known ? known.stem[k]! : termId(w.stem);
    if (s >= 0) {
      contextStems.add(s);
      contextStem[s] = stamp;
    }
  }
  previousText = analysis;
  previousIndex = index;
  wordIdsTurn = 1 - wordIdsTurn;
  // Places, peoples and institutions written in capitals are no one's statement.
  const persons = analysis.persons.filter((p) => canBePerson(p, analysis.lang));
  const figureKeys = new Set(analysis.figures.map((f) => f.key));
  // Marked too: docFeatures tests each figure of every candidate document.
  const figureMark = (marks.figure ??= new Int32Array(marks.stem.length));
  for (const key of figureKeys) {
    const t = termId(figureTerm(key));
    if (t >= 0) {
      terms.add(t);
      figureMark[t] = stamp;
    }
  }
  return {
    analysis,
    context,
    stamp,
    unitAlt: new Int32Array(unitAlt),
    unitAltStart: unitAltStartList.slice(0, units + 1),
    altStems,
    unitStems,
    unitEntities,
    stems,
    entities,
    contextEntities,
    contextStems,
    personUnits: persons.map(([, last]) => unitOfEntity.get(last.entity) ?? -1),
    nameUnits: nameUnitsOf(analysis, unitOfEntity),
    figureKeys,
    figureKinds: new Set(analysis.figures.map((f) => f.kind)),
    terms: [...terms],
    nameTerms: [...nameTerms].filter((e) => !terms.has(e)),
    contextTerms: [...contextEntities].filter((e) => !entities.has(e) && !terms.has(e)),
    sentenceDenominator: sentenceDenominator(unitStems, unitEntities, altWeights, figureKeys, index),
  };
}

/** Units of the names of the text but its first word, each once, in the order of the words. */
function nameUnitsOf(analysis: Analysis, unitOfEntity: Map<string, number>): number[] {
  const out: number[] = [];
  for (let i = 1; i < analysis.words.length; i++) {
    const w = analysis.words[i]!;
    if (!w.entity || w.stop) continue;
    const unit = unitOfEntity.get(w.entity)!;
    if (!out.includes(unit)) out.push(unit);
  }
  return out;
}
