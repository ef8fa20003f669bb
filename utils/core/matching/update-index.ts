/**
 * An edit to the claim library applied to a built or loaded index, at the cost of the edit rather
 * than of the library: only the edited claims' texts are analysed; claims keep their place (an
 * edited one is replaced where it was, an added one comes last, a deleted one's followers move up
 * one), their new units are appended to the unit arrays, and only the postings of the terms the
 * edited claims had or have are made again (patch-postings.ts). IDF and weights change only for the
 * terms whose number of claims changed, and the bounds only for the claims that have them; unless
 * the number of claims changed, which moves every IDF, and every weight and bound is derived again
 * from the columns (no document is read, so none of a loaded index is decoded). The result scans as
 * a fresh build of the same claims in the same order does (tests/unit/matching/update-index.test.ts).
 */
import { docDenominatorByTerms, idfOf, maxIdfOf, meanUnits, topOf, weighTerm } from './assemble-index';
import { analyseClaims, figureTerm, type ClaimIndex } from './claim-index';
import { appended, grown, positions, recoded } from './edit-columns';
import { patchPostings } from './patch-postings';
import { SplicedDocs } from './spliced-docs';
import type { IndexClaim } from './types';

/**
 * The index with `changed` claims replaced (or added, after the others) and `removed` claim ids
 * dropped. The old index must not be used afterwards: they share the term map, and documents.
 */
export function updateIndex(index: ClaimIndex, changed: readonly IndexClaim[], removed: Iterable<string> = []): ClaimIndex {
  const oldN = index.claimIds.length;
  const byId = new Map(changed.map((c) => [c.id, c]));
  const removedIds = [...removed];
  const position = positions(index.claimIds, [...byId.keys(), ...removedIds]);
  const replaced = new Uint8Array(oldN);
  const edited: number[] = [];
  const added: IndexClaim[] = [];
  for (const c of byId.values()) {
    const p = position.get(c.id);
    if (p === undefined) added.push(c);
    else if (!replaced[p]) {
      edited.push(p);
      replaced[p] = 1;
    }
  }
  const claimMap = new Int32Array(oldN);
  for (const id of removedIds) {
    const p = position.get(id);
    if (p !== undefined && !byId.has(id)) claimMap[p] = -1;
  }
  let kept = 0;
  let firstDeleted = -1;
  for (let c = 0; c < oldN; c++) {
    if (claimMap[c] === -1) {
      replaced[c] = 1;
      if (firstDeleted < 0) firstDeleted = c;
    } else claimMap[c] = kept++;
  }
  if (edited.length === 0 && added.length === 0 && firstDeleted < 0) return index;
  edited.sort((a, b) => a - b);
  const n = kept + added.length;
  // The new claims' numbers: edited ones where they were, added ones after the rest, ascending.
  const freshNumber = [...edited.map((p) => claimMap[p]!), ...added.map((_, i) => kept + i)];
  const termIds = index.termIds;
  const termList = index.termList;
  const oldUnits = index.unitStems.length;
  const analysed = analyseClaims([...edited.map((p) => byId.get(index.claimIds[p]!)!), ...added], termIds, 0, index.postings.length, termList);
  const termCount = analysed.termCount;
  const freshDocs = analysed.docs;
  const freshStart = new Int32Array(freshNumber.length + 1);
  const freshFigures: number[] = [];
  // Per term, the new numbers of the claims whose new documents have it: documents come grouped by claim, so a claim is pushed once.
  const freshTerms = new Map<number, number[]>();
  const see = (t: number, claim: number) => {
    const list = freshTerms.get(t);
    if (!list) freshTerms.set(t, [claim]);
    else if (list[list.length - 1] !== claim) list.push(claim);
  };
  const freshFigureStart = new Int32Array(freshDocs.length + 1);
  freshDocs.forEach((doc, i) => {
    freshStart[doc.claim + 1] = i + 1;
    doc.claim = freshNumber[doc.claim]!;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      see(analysed.unitStems[u]!, doc.claim);
      if (analysed.unitEntities[u]! >= 0) see(analysed.unitEntities[u]!, doc.claim);
    }
    for (const f of doc.figures) {
      const t = termIds.get(figureTerm(f.key))!;
      freshFigures.push(t);
      see(t, doc.claim);
    }
    freshFigureStart[i + 1] = freshFigures.length;
    doc.unitStart += oldUnits;
    doc.unitEnd += oldUnits;
  });
  // A claim with no text has no document: its range is empty.
  for (let k = 1; k <= freshNumber.length; k++) freshStart[k] = Math.max(freshStart[k]!, freshStart[k - 1]!);

  // The documents, claim by claim: kept ones from the old columns, new ones (encoded -1 - i) from the analysis.
  const newDocCount = index.docs.length - replacedDocs(index, replaced) + freshDocs.length;
  const from = new Int32Array(newDocCount);
  const claimOf = new Int32Array(newDocCount);
  const claimDocStart = new Int32Array(n + 1);
  let d = 0;
  let k = 0;
  const emitFresh = (claim: number) => {
    for (let i = freshStart[k]!; i < freshStart[k + 1]!; i++, d++) {
      from[d] = -1 - i;
      claimOf[d] = claim;
    }
    k++;
  };
  for (let c = 0; c < oldN; c++) {
    const claim = claimMap[c]!;
    if (claim < 0) continue;
    claimDocStart[claim] = d;
    if (replaced[c]) emitFresh(claim);
    else {
      for (let od = index.claimDocStart[c]!; od < index.claimDocStart[c + 1]!; od++, d++) {
        from[d] = od;
        claimOf[d] = claim;
      }
    }
  }
  for (let a = 0; a < added.length; a++) {
    claimDocStart[kept + a] = d;
    emitFresh(kept + a);
  }
  claimDocStart[n] = d;

  const unitStems = appended(index.unitStems, analysed.unitStems);
  const unitEntities = appended(index.unitEntities, analysed.unitEntities);
  const oldFigures = index.figureTerms.length;
  const figureTerms = appended(index.figureTerms, Int32Array.from(freshFigures));
  const docUnitStart = new Int32Array(newDocCount);
  const docUnitEnd = new Int32Array(newDocCount);
  const docFigureStart = new Int32Array(newDocCount);
  const docFigureEnd = new Int32Array(newDocCount);
  const docDenominator = new Float64Array(newDocCount);
  const lang = recoded(index.docLang, from, (i) => freshDocs[i]!.lang);
  const outlet = recoded(index.docOutlet, from, (i) => freshDocs[i]!.outletId);
  for (let i = 0; i < newDocCount; i++) {
    const f = from[i]!;
    if (f >= 0) {
      docUnitStart[i] = index.docUnitStart[f]!;
      docUnitEnd[i] = index.docUnitEnd[f]!;
      docFigureStart[i] = index.docFigureStart[f]!;
      docFigureEnd[i] = index.docFigureEnd[f]!;
      docDenominator[i] = index.docDenominator[f]!;
    } else {
      const doc = freshDocs[-1 - f]!;
      docUnitStart[i] = doc.unitStart;
      docUnitEnd[i] = doc.unitEnd;
      docFigureStart[i] = oldFigures + freshFigureStart[-1 - f]!;
      docFigureEnd[i] = oldFigures + freshFigureStart[-f]!;
    }
  }

  const { postings, changed: dfChanged } = patchPostings(index, { claimMap, replaced, fresh: freshTerms, firstDeleted, termCount });
  for (const t of dfChanged) {
    if (postings[t]!.length > 0) continue;
    // No document has it any more: a fresh build would not know it.
    termIds.delete(termList[t]!);
    termList[t] = '';
  }

  // IDF and weights: of the terms whose claim count changed, or of every term when the claim count did.
  const idf = grown(index.idf, termCount);
  const termWeight = grown(index.termWeight, termCount);
  const everything = n !== oldN;
  const maxIdf = everything ? maxIdfOf(n) : index.maxIdf;
  const top = everything ? topOf(maxIdf) : index.top;
  const reweigh = (t: number) => {
    idf[t] = idfOf(n, postings[t]!.length);
    termWeight[t] = weighTerm(termList[t]!, idf[t]!, top);
  };
  if (everything) {
    for (let t = 0; t < termCount; t++) if (termList[t]) reweigh(t);
  } else for (const t of dfChanged) if (termList[t]) reweigh(t);

  // Bounds: of the claims with a new document or a term reweighed, or of all.
  const mark = new Uint8Array(n);
  for (const claim of freshNumber) mark[claim] = 1;
  if (everything) mark.fill(1);
  // A figure's weight does not follow its IDF.
  else for (const t of dfChanged) if (termList[t] && termList[t].charCodeAt(0) !== 35) for (const claim of postings[t]!) mark[claim] = 1;
  const weights = { termWeight, top, unitStems, unitEntities, figureTerms };
  const claimDenominator = new Float64Array(n);
  for (let c = 0; c < oldN; c++) if (claimMap[c]! >= 0) claimDenominator[claimMap[c]!] = index.claimDenominator[c]!;
  for (let c = 0; c < n; c++) {
    if (!mark[c]) continue;
    let least = Infinity;
    for (let i = claimDocStart[c]!; i < claimDocStart[c + 1]!; i++) {
      docDenominator[i] = docDenominatorByTerms(weights, docUnitStart[i]!, docUnitEnd[i]!, docFigureStart[i]!, docFigureEnd[i]!);
      least = Math.min(least, docDenominator[i]!);
    }
    claimDenominator[c] = least;
  }

  const claimIds = index.claimIds.filter((_, c) => claimMap[c]! >= 0);
  for (const c of added) claimIds.push(c.id);
  const marks = termCount > index.marks.stem.length ? { stem: new Int32Array(termCount), entity: new Int32Array(termCount), stamp: 0 } : index.marks;
  return {
    claimIds,
    docs: SplicedDocs.splice(index.docs, from, freshDocs, claimOf),
    docLang: lang,
    docOutlet: outlet,
    docUnitStart,
    docUnitEnd,
    termIds,
    termList,
    docFigureStart,
    docFigureEnd,
    figureTerms,
    unitStems,
    unitEntities,
    postings,
    claimDocStart,
    claimDenominator,
    idf,
    maxIdf,
    termWeight,
    top,
    docDenominator,
    avgDocUnits: meanUnits(docUnitStart, docUnitEnd),
    marks,
  };
}

function replacedDocs(index: ClaimIndex, replaced: Uint8Array): number {
  let count = 0;
  for (let c = 0; c < replaced.length; c++) if (replaced[c]) count += index.claimDocStart[c + 1]! - index.claimDocStart[c]!;
  return count;
}
