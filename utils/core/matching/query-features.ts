/**
 * What the matcher compares on the text side: the analysed sentence as index
 * term ids, with typed-array marks for fast membership tests while scoring.
 */
import type { Analysis } from './analyse-text';
import { figureTerm, type ClaimIndex } from './claim-index';
import type { FigureKind } from './figures';
import { figureWeight, TUNING } from './tuning';

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  stems: Set<number>;
  entities: Set<number>;
  /** Stamp of this text in index.marks: marks.stem[t] === stamp when the text has stem t. */
  stamp: number;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: Set<number>;
  /** Stems of the preceding sentence: what "they", "the bill" may refer to. */
  contextStems: Set<number>;
  persons: number[];
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
function sentenceDenominator(stems: number[], entities: number[], figureKeys: Set<string>, index: ClaimIndex): number {
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const e = entities[i]!;
    total += s < 0 ? index.top * TUNING.unknownWordShare : Math.max(index.termWeight[s]!, e >= 0 ? index.termWeight[e]! : 0);
  }
  for (const key of figureKeys) total += figureWeight(key, index.top);
  return Math.max(total, TUNING.minMass * index.top);
}

export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis): QueryFeatures {
  const stems = new Set<number>();
  const entities = new Set<number>();
  const marks = index.marks;
  const stamp = ++marks.stamp;
  const terms = new Set<number>();
  const nameTerms = new Set<number>();
  for (const w of analysis.words) {
    if (w.stop) continue;
    const s = index.termIds.get(w.stem);
    if (s !== undefined) {
      stems.add(s);
      marks.stem[s] = stamp;
      terms.add(s);
    }
    if (w.entity) {
      const e = index.termIds.get(w.entity);
      if (e !== undefined) {
        entities.add(e);
        marks.entity[e] = stamp;
        nameTerms.add(e);
      }
    }
  }
  const unitStems: number[] = [];
  const unitEntities: number[] = [];
  const seenStem = new Set<string>();
  for (const w of analysis.words) {
    if (w.stop || seenStem.has(w.stem)) continue;
    seenStem.add(w.stem);
    unitStems.push(index.termIds.get(w.stem) ?? -1);
    unitEntities.push(w.entity ? (index.termIds.get(w.entity) ?? -1) : -1);
  }
  const contextEntities = new Set<number>();
  for (const w of context?.words ?? []) {
    const e = w.entity ? index.termIds.get(w.entity) : undefined;
    if (e !== undefined) contextEntities.add(e);
  }
  const contextStems = new Set<number>();
  for (const w of context?.words ?? []) {
    const s = w.stop ? undefined : index.termIds.get(w.stem);
    if (s !== undefined) contextStems.add(s);
  }
  const figureKeys = new Set(analysis.figures.map((f) => f.key));
  for (const key of figureKeys) {
    const t = index.termIds.get(figureTerm(key));
    if (t !== undefined) terms.add(t);
  }
  return {
    analysis,
    stamp,
    unitStems: Int32Array.from(unitStems),
    unitEntities: Int32Array.from(unitEntities),
    stems,
    entities,
    contextEntities,
    contextStems,
    persons: analysis.persons.map((p) => index.termIds.get(p) ?? -1),
    figureKeys,
    figureKinds: new Set(analysis.figures.map((f) => f.kind)),
    terms: [...terms],
    nameTerms: [...nameTerms].filter((e) => !terms.has(e)),
    contextTerms: [...contextEntities].filter((e) => !entities.has(e) && !terms.has(e)),
    sentenceDenominator: sentenceDenominator(unitStems, unitEntities, figureKeys, index),
  };
}
