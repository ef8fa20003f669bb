/**
 * Who a text names against who a claim names, for all of the claim's documents at once: whether
 * the text attributes the statement to someone else (attribution) and whether it names a subject
 * no wording of the claim names (foreignName).
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';
import { crossLanguage, isAlt } from './doc-units';
import { docLanguageBit } from './alt-languages';

/** Per index, per claim once it is a candidate: its rare names and the document of each, as pairs. */
const rareNamesOf = new WeakMap<ClaimIndex, (Int32Array | undefined)[]>();

/**
 * A claim's rare names (IDF at least 0.6 of the largest) with their documents, as [name, document]
 * pairs in document and unit order: every sentence that has the claim for a candidate reads them,
 * and reading them from all the claim's units was a twentieth of a scan.
 */
function rareNames(index: ClaimIndex, claim: number): Int32Array {
  let byClaim = rareNamesOf.get(index);
  if (!byClaim) rareNamesOf.set(index, (byClaim = new Array<Int32Array | undefined>(index.claimIds.length)));
  let names = byClaim[claim];
  if (!names) {
    const rare = index.maxIdf * 0.6;
    const pairs: number[] = [];
    for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
      const end = index.docUnitEnd[d]!;
      for (let u = index.docUnitStart[d]!; u < end; u++) {
        const entity = index.unitEntities[u]!;
        if (entity >= 0 && !(index.idf[entity]! < rare)) pairs.push(entity, d);
      }
    }
    byClaim[claim] = names = Int32Array.from(pairs);
  }
  return names;
}

/**
 * Attribution (for all of a claim's documents; -1 conflict, 1 agreement, 0 neither): the sentence names a person the claim never mentions, and the
 * claim's own rare names are all absent, so it is somebody else's statement;
 * or the sentence names one of the claim's rare names: agreement.
 */
export function attribution(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array): -1 | 0 | 1 {
  let claimRare = 0;
  const names = rareNames(index, claim);
  // q.entities and q.contextEntities as the marks queryFeatures stamps them with: like docFeatures,
  // this reads the text last given to queryFeatures.
  const { entity, contextEntity } = index.marks;
  for (let k = 0; k < names.length; k += 2) {
    if (excluded && excluded[names[k + 1]!]) continue;
    claimRare++;
    if (entity[names[k]!] === q.stamp || contextEntity![names[k]!] === q.stamp) return 1;
  }
  const stranger = q.personUnits.some((i) => i < 0 || !claimKnows(q, i, claim, index, excluded));
  return stranger && claimRare > 0 ? -1 : 0;
}

/**
 * Whether some document of the claim has sentence unit `i`: its name, its
 * word, or (in another language) a translation of it. A name is not always
 * one in the other language: "North Korean" against "nord-coréens".
 */
function claimKnows(q: QueryFeatures, i: number, claim: number, index: ClaimIndex, excluded?: Uint8Array): boolean {
  const s = q.unitStems[i]!;
  const e = q.unitEntities[i]!;
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (excluded && excluded[d]) continue;
    const doc = index.docs.at(d)!;
    const cross = crossLanguage(q, doc);
    const docBit = cross ? docLanguageBit(index, d) : 0;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      if ((e >= 0 && index.unitEntities[u] === e) || (s >= 0 && index.unitStems[u] === s) || (cross && isAlt(q, i, index.unitStems[u]!, docBit))) return true;
    }
  }
  return false;
}

/**
 * Whether the text names someone or something (not its first word, which is
 * capitalised anyway) that no document of the claim names: with a name of
 * the document missing, the text says the same of another subject
 * ("15 percent of Morocco's GDP" against Tunisia's).
 */
export function foreignName(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array): boolean {
  return q.nameUnits.some((i) => !claimKnows(q, i, claim, index, excluded));
}
