/**
 * The inverted index over every claim's statements (one document per
 * language) and every outlet's version quote. Terms are word stems, proper-name
 * keys ("~" prefix) and figure keys ("#" prefix). Postings and document units
 * live in typed arrays so that a 100,000-version index stays compact.
 */
import { analyseText, type Analysis, type FigureUnit } from './analyse-text';
import { assembleColumns, type DocColumns } from './assemble-index';
import type { AnalysedDocs, ClaimIndex, CodedColumn, FlatPostings, IndexedDoc } from './index-types';
import { HEADLINE_OUTLET, indexOutletId, type IndexClaim } from './types';
import { figureTerm } from './figures';

export type { AnalysedDocs, ClaimIndex, CodedColumn, DocList, FlatPostings, IndexedDoc } from './index-types';

export { figureTerm } from './figures';

const NO_FIGURES: readonly FigureUnit[] = [];
const NO_DIRECTIONS: ReadonlySet<string> = new Set();

/** Distinct content units of an analysis, in text order: what a document is made of. */
export function contentUnits(analysis: Analysis): { stem: string; entity: string; surface: string }[] {
  const seen = new Set<string>();
  const units: { stem: string; entity: string; surface: string }[] = [];
  for (const w of analysis.words) {
    if (w.stop || w.stem.length < 2 || seen.has(w.stem)) continue;
    seen.add(w.stem);
    units.push(w);
  }
  return units;
}

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Analyses the claims' statements and versions into documents numbered from `firstClaim`, interning
 * terms into `termIds` (pass an existing index's map, and its `termList` to name the new ids in, to
 * add claims to it).
 */
export function analyseClaims(claims: IndexClaim[], termIds = new Map<string, number>(), firstClaim = 0, nextTermId = termIds.size, termList?: string[]): AnalysedDocs {
  const intern = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = nextTermId++;
      termIds.set(term, id);
      if (termList) termList[id] = term;
    }
    return id;
  };
  const unitStems = new GrowableInt32();
  const unitEntities = new GrowableInt32();
  const docs: IndexedDoc[] = [];
  // The text added last and its analysis: a claim's statement is often a version's quote word for word
  // (its fact-checker's), one after the other, and analysing is most of a build. Only the last: a map of
  // every text would keep all their analyses alive to the end of the build.
  let last: [text: string, lang: string | undefined, analysis: Analysis] | undefined;
  const add = (text: string, lang: string | undefined, claim: number, via: string, outletId: string | null) => {
    if (!text || !text.trim()) return;
    const analysis = last?.[0] === text && last[1] === lang ? last[2] : analyseText(text, lang);
    last = [text, lang, analysis];
    const unitStart = unitStems.length;
    for (const u of contentUnits(analysis)) {
      unitStems.push(intern(u.stem));
      unitEntities.push(u.entity ? intern(u.entity) : -1);
    }
    const figures = analysis.figures.filter((f, i, all) => all.findIndex((g) => g.key === f.key) === i);
    for (const f of figures) intern(figureTerm(f.key));
    docs.push({
      claim,
      via,
      outletId,
      lang: analysis.lang,
      text,
      unitStart,
      unitEnd: unitStems.length,
      figures: figures.length ? figures : NO_FIGURES,
      negated: analysis.negated,
      directions: analysis.directions.size ? analysis.directions : NO_DIRECTIONS,
    });
  };
  claims.forEach((c, i) => {
    for (const [lang, text] of Object.entries(c.statement ?? {})) add(text, lang, firstClaim + i, 'statement', null);
    for (const v of c.versions ?? []) add(v.quote, v.lang, firstClaim + i, v.id, v.headline ? HEADLINE_OUTLET : indexOutletId(v.outletId));
  });
  return { claimIds: claims.map((c) => c.id), docs, termIds, unitStems: unitStems.done(), unitEntities: unitEntities.done(), termCount: nextTermId };
}

export function buildClaimIndex(claims: IndexClaim[]): ClaimIndex {
  return assembleIndex(analyseClaims(claims));
}

export function claimPostings(analysed: AnalysedDocs): FlatPostings {
  const { docs, termIds } = analysed;
  const stems = analysed.unitStems;
  const entities = analysed.unitEntities;
  // Postings and IDF count claims, not documents: a claim told by five
  // outlets repeats its distinctive words five times, which must not make
  // them look common, nor make the walk five times longer. Documents come
  // grouped by claim, in claim order, so the last claim a term saw is enough
  // to count each claim once; two passes fill one array that every posting
  // list is a view of (no list per term to grow, no set per document).
  const termCount = analysed.termCount;
  const lastClaim = new Int32Array(termCount).fill(-1);
  let figureCount = 0;
  for (const doc of docs) figureCount += doc.figures.length;
  // (term, claim) pairs, each claim once per term; at most one per unit's stem and name, and per figure.
  const pairTerm = new Int32Array(2 * stems.length + figureCount);
  const pairClaim = new Int32Array(pairTerm.length);
  let pairs = 0;
  const see = (t: number, claim: number) => {
    if (lastClaim[t] === claim) return;
    lastClaim[t] = claim;
    pairTerm[pairs] = t;
    pairClaim[pairs++] = claim;
  };
  for (const doc of docs) {
    const claim = doc.claim;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      see(stems[u]!, claim);
      if (entities[u]! >= 0) see(entities[u]!, claim);
    }
    for (const f of doc.figures) see(termIds.get(figureTerm(f.key))!, claim);
  }
  const counts = new Int32Array(termCount + 1);
  for (let i = 0; i < pairs; i++) counts[pairTerm[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) counts[t + 1]! += counts[t]!;
  const all = new Int32Array(pairs);
  const fill = counts.slice(0, termCount);
  for (let i = 0; i < pairs; i++) all[fill[pairTerm[i]!]!++] = pairClaim[i]!;
  return { all, starts: counts };
}

/** Distinct values in order of first use, and each one's code; null gets -1. */
export function codedColumn(list: readonly (string | null)[]): CodedColumn {
  const codeOf = new Map<string, number>();
  const codes = new Int32Array(list.length);
  let last: string | null = null;
  let lastCode = -1;
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    // Runs of one value are common (a claim's versions in one language): skip the lookup.
    if (v !== last) {
      last = v;
      lastCode = v === null ? -1 : (codeOf.get(v) ?? -2);
      if (lastCode === -2) codeOf.set(v!, (lastCode = codeOf.size));
    }
    codes[i] = lastCode;
  }
  return { values: [...codeOf.keys()], codes };
}

/** Derives postings, IDF, weights and bounds from analysed documents (a build), without analysing any text. */
export function assembleIndex(analysed: AnalysedDocs, flat: FlatPostings = claimPostings(analysed)): ClaimIndex {
  const { docs, termIds } = analysed;
  const n = docs.length;
  const claim = new Int32Array(n);
  const unitStart = new Int32Array(n);
  const unitEnd = new Int32Array(n);
  const figureStart = new Int32Array(n + 1);
  const figureTerms: number[] = [];
  const langs = new Array<string>(n);
  const outlets = new Array<string | null>(n);
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    claim[d] = doc.claim;
    unitStart[d] = doc.unitStart;
    unitEnd[d] = doc.unitEnd;
    for (const f of doc.figures) figureTerms.push(termIds.get(figureTerm(f.key))!);
    figureStart[d + 1] = figureTerms.length;
    langs[d] = doc.lang;
    outlets[d] = doc.outletId;
  }
  const columns: DocColumns = { claim, unitStart, unitEnd, figureStart, figureTerms: Int32Array.from(figureTerms), lang: codedColumn(langs), outlet: codedColumn(outlets) };
  return assembleColumns(analysed, docs, columns, flat);
}
