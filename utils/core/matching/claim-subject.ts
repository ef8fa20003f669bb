/**
 * Subject agreement by name: what a claim's statement is about ("Firefox had
 * about 10-11% of usage", "Mozilla's revenue for 2011") against whom the
 * sentence names. A sentence that gives the claim's predicate, figures and
 * dates of another subject ("Safari had about 10-11%") names neither the
 * claim's subject nor anything the claim knows in its place.
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';
import { subjectUnits } from './score-candidate';
import { countriesOfDoc, type TextCountries } from './country-conflict';

/** Per index, per claim once it is a candidate: its subject names as [name, stem, document] triples. */
const subjectNamesOf = new WeakMap<ClaimIndex, (Int32Array | undefined)[]>();

/**
 * The names in the subject part of a claim's statements (each language's
 * statement; the same head units docFeatures takes for the subject): read
 * once per claim, from the index's columns.
 */
function subjectNames(index: ClaimIndex, claim: number): Int32Array {
  let byClaim = subjectNamesOf.get(index);
  if (!byClaim) subjectNamesOf.set(index, (byClaim = new Array<Int32Array | undefined>(index.claimIds.length)));
  let names = byClaim[claim];
  if (!names) {
    const triples: number[] = [];
    for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
      if (index.docOutlet.codes[d] !== -1) continue;
      const start = index.docUnitStart[d]!;
      const docEnd = index.docUnitEnd[d]!;
      const end = start + subjectUnits(docEnd - start);
      // A run of names that starts in the subject part is the subject's whole name: "South Korean President Yoon Suk Yeol".
      for (let u = start; u < docEnd && (u < end || (u > start && index.unitEntities[u - 1]! >= 0)); u++) {
        const e = index.unitEntities[u]!;
        if (e >= 0) triples.push(e, index.unitStems[u]!, d);
        else if (u >= end) break;
      }
    }
    byClaim[claim] = names = Int32Array.from(triples);
  }
  return names;
}

/**
 * Whether the claim's statements name a subject and the text (with the
 * sentence before) names none of those names, by name key, by word, or
 * through the word list in another language. False for a claim whose
 * statements' subject part names no one.
 */
export function subjectNameMissing(q: QueryFeatures, claim: number, index: ClaimIndex, countries: () => TextCountries): boolean {
  const names = subjectNames(index, claim);
  if (names.length === 0) return false;
  // A country goes by many names: "the United States", "US", "les États-Unis", "américain".
  let tc: TextCountries | undefined;
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (index.docOutlet.codes[d] !== -1) continue;
    const first = countriesOfDoc(index, d).first;
    if (first === null) continue;
    tc ??= countries();
    if (tc.text.includes(first) || tc.context.includes(first)) return false;
  }
  const { entity, stem, contextEntity, contextStem, alt } = index.marks;
  for (let k = 0; k < names.length; k += 3) {
    const e = names[k]!;
    const s = names[k + 1]!;
    if (entity[e] === q.stamp || contextEntity![e] === q.stamp || stem[s] === q.stamp || contextStem![s] === q.stamp) return false;
    if (alt && q.unitAlt.length > 0 && alt[s] === q.stamp) return false;
  }
  return true;
}
