/**
 * What a document is about, taken as its first content units (see subjectUnits), and how much of it
 * the text or the sentence before has: docFeatures' subjectCoverage, read before its full pass (a few
 * units, where the pass reads all), since a document whose subject the text lacks can seldom be a match
 * (score-ceiling.ts), and kept as the feature.
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';

/** Content units at the head of a document taken as what it is about
 *  ("North Korean soldiers ...", "The US election ..."): a third of them, at
 *  most three. The rest is what it says about it. */
const SUBJECT_UNITS = 3;
export const subjectUnits = (units: number) => Math.min(SUBJECT_UNITS, Math.max(1, Math.round(units / 3)));

/**
 * docFeatures' subjectCoverage: its subject units' weight that the text has (itself or translated,
 * with `altMark`, for a document whose language bit is `docBit`: alt-languages.ts) or the sentence before says, over their weight, summed in the same order (so the
 * same doubles); 1 for a subject of no weight.
 */
export function subjectCoverage(q: QueryFeatures, docId: number, index: ClaimIndex, altMark: Int32Array | undefined, docBit: number): number {
  const { termWeight, unitStems, unitEntities, marks } = index;
  const { stamp } = q;
  const unitStart = index.docUnitStart[docId]!;
  const subjectEnd = unitStart + subjectUnits(index.docUnitEnd[docId]! - unitStart);
  let total = 0;
  let covered = 0;
  for (let u = unitStart; u < subjectEnd; u++) {
    const stem = unitStems[u]!;
    const entity = unitEntities[u]!;
    const w = Math.max(termWeight[stem]!, entity >= 0 ? termWeight[entity]! : 0);
    total += w;
    if (
      marks.stem[stem] === stamp ||
      (entity >= 0 && (marks.entity[entity] === stamp || marks.contextEntity![entity] === stamp)) ||
      (altMark && altMark[stem] === stamp && (marks.altLang![stem]! & docBit) !== 0) ||
      marks.contextStem![stem] === stamp
    ) {
      covered += w;
    }
  }
  return total > 0 ? covered / total : 1;
}
