/**
 * An edit to the claim library applied to a built index: only the edited claims' texts are
 * analysed again; the other documents keep their analysed units, and postings, IDF and weights are
 * derived again from them (assembleIndex reads no text). The result scans as a fresh build of the
 * same claims does (tests/unit/matching/update-index.test.ts).
 */
import { analyseClaims, assembleIndex, figureTerm, type ClaimIndex, type IndexedDoc } from './claim-index';
import type { IndexClaim } from './types';

/**
 * The index with `changed` claims replaced (or added, after the others) and `removed` claim ids
 * dropped. The old index must not be used afterwards: they share the term map.
 */
export function updateIndex(index: ClaimIndex, changed: readonly IndexClaim[], removed: Iterable<string> = []): ClaimIndex {
  const byId = new Map(changed.map((c) => [c.id, c]));
  const gone = new Set(removed);
  for (const id of byId.keys()) gone.delete(id);
  const termIds = index.termIds;
  // Terms the replaced or removed documents used: the ones that may have no document left.
  const maybeOrphans = new Set<number>();
  const claimIds: string[] = [];
  const order: (IndexClaim | number)[] = [];
  index.claimIds.forEach((id, c) => {
    const edited = byId.get(id);
    if (edited || gone.has(id)) {
      for (let d = index.claimDocStart[c]!; d < index.claimDocStart[c + 1]!; d++) docTerms(index, index.docs.at(d)!).forEach((t) => maybeOrphans.add(t));
    }
    if (gone.has(id)) return;
    claimIds.push(id);
    order.push(edited ?? c);
    byId.delete(id);
  });
  for (const added of byId.values()) {
    claimIds.push(added.id);
    order.push(added);
  }
  const fresh = order.filter((o): o is IndexClaim => typeof o !== 'number');
  const analysed = analyseClaims(fresh, termIds, 0, index.postings.length);
  const freshDocs = new Map<number, IndexedDoc[]>();
  for (const doc of analysed.docs) {
    const list = freshDocs.get(doc.claim) ?? [];
    list.push(doc);
    freshDocs.set(doc.claim, list);
  }
  let unitCount = index.unitStems.length + analysed.unitStems.length;
  const stems = new Int32Array(unitCount);
  const entities = new Int32Array(unitCount);
  unitCount = 0;
  const docs: IndexedDoc[] = [];
  const copyDoc = (doc: IndexedDoc, claim: number, fromStems: Int32Array, fromEntities: Int32Array) => {
    const unitStart = unitCount;
    // A loop, not set(subarray()): two views per document cost more than copying their few units.
    for (let u = doc.unitStart; u < doc.unitEnd; u++, unitCount++) {
      stems[unitCount] = fromStems[u]!;
      entities[unitCount] = fromEntities[u]!;
    }
    // In place: the old index is given up (see updateIndex), and a copy per document would cost more than the edit.
    doc.claim = claim;
    doc.unitStart = unitStart;
    doc.unitEnd = unitCount;
    docs.push(doc);
  };
  let freshClaim = 0;
  order.forEach((o, claim) => {
    if (typeof o === 'number') {
      for (let d = index.claimDocStart[o]!; d < index.claimDocStart[o + 1]!; d++) copyDoc(index.docs.at(d)!, claim, index.unitStems, index.unitEntities);
    } else {
      for (const doc of freshDocs.get(freshClaim) ?? []) copyDoc(doc, claim, analysed.unitStems, analysed.unitEntities);
      freshClaim++;
    }
  });
  dropUnused(termIds, maybeOrphans, docs, stems.subarray(0, unitCount), entities.subarray(0, unitCount));
  return assembleIndex({ claimIds, docs, termIds, unitStems: stems.slice(0, unitCount), unitEntities: entities.slice(0, unitCount), termCount: analysed.termCount });
}

function docTerms(index: ClaimIndex, doc: IndexedDoc): number[] {
  const out: number[] = [];
  for (let u = doc.unitStart; u < doc.unitEnd; u++) {
    out.push(index.unitStems[u]!);
    if (index.unitEntities[u]! >= 0) out.push(index.unitEntities[u]!);
  }
  for (const f of doc.figures) out.push(index.termIds.get(figureTerm(f.key))!);
  return out;
}

/** Removes from the term map the candidate terms no document uses any more, as a fresh build would not know them. */
function dropUnused(termIds: Map<string, number>, candidates: Set<number>, docs: IndexedDoc[], stems: Int32Array, entities: Int32Array): void {
  if (candidates.size === 0) return;
  let top = 0;
  for (const t of candidates) top = Math.max(top, t);
  const used = new Uint8Array(top + 1);
  for (let u = 0; u < stems.length; u++) {
    used[stems[u]!] = 1;
    if (entities[u]! >= 0) used[entities[u]!] = 1;
  }
  for (const t of candidates) if (used[t]) candidates.delete(t);
  if (candidates.size === 0) return;
  for (const doc of docs) for (const f of doc.figures) candidates.delete(termIds.get(figureTerm(f.key))!);
  if (candidates.size === 0) return;
  for (const [term, id] of termIds) if (candidates.has(id)) termIds.delete(term);
}
