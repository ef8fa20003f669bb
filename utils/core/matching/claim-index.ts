/**
 * The inverted index over every claim's statements (one document per
 * language) and every outlet's version quote. Terms are word stems, proper-name
 * keys ("~" prefix) and figure keys ("#" prefix). Postings and document units
 * live in typed arrays so that a 100,000-version index stays compact.
 */
import { analyseText, type Analysis, type FigureUnit } from './analyse-text';
import { assembleColumns, type DocColumns } from './assemble-index';
import type { IndexClaim } from './types';

export interface IndexedDoc {
  claim: number;
  /** Version id, or 'statement'. */
  via: string;
  /** Null for statements: they belong to no outlet. */
  outletId: string | null;
  lang: string;
  /** The indexed text, kept (it is the caller's string, not a copy) to explain matches. */
  text: string;
  /** This document's distinct content words are units[unitStart..unitEnd) of the index. */
  unitStart: number;
  unitEnd: number;
  figures: readonly FigureUnit[];
  negated: boolean;
  directions: ReadonlySet<string>;
}

/**
 * The documents, grouped by claim in claim order: an array once built, decoded one by one on first
 * use once loaded from storage (serialise-index.ts), so that a restarted worker makes no object per
 * document. Read them with `at(d)`.
 */
export interface DocList {
  readonly length: number;
  at(d: number): IndexedDoc | undefined;
}

/** A column of few distinct values: `values[codes[d]]`, or none where the code is -1 (a statement's outlet). */
export interface CodedColumn {
  values: string[];
  codes: Int32Array;
}

export interface ClaimIndex {
  claimIds: string[];
  docs: DocList;
  /** Per document, its language and its outlet (-1: a statement), readable without decoding the document. */
  docLang: CodedColumn;
  docOutlet: CodedColumn;
  /** Per document, its units are units[docUnitStart[d]..docUnitEnd[d]) (as in IndexedDoc). */
  docUnitStart: Int32Array;
  docUnitEnd: Int32Array;
  termIds: Map<string, number>;
  /** Per unit: stem term id, and proper-name key term id or -1. */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  /** postings[termId] = ids of the claims with a document containing the term, ascending. */
  postings: Int32Array[];
  /** Documents of claim c are docs[claimDocStart[c]..claimDocStart[c + 1]). */
  claimDocStart: Int32Array;
  /** Per claim, the smallest coverage denominator of its documents (for the walk's bound). */
  claimDenominator: Float64Array;
  /** IDF over claims (see buildClaimIndex). */
  idf: Float64Array;
  /** Largest possible IDF (a term of a single claim). */
  maxIdf: number;
  /** Scoring weight of each term: IDF^idfPower for words and names, a fixed share of `top` for figures. */
  termWeight: Float64Array;
  /** Weight of the rarest possible word. */
  top: number;
  /** Scratch marks for the text being scored (see queryFeatures); `alt` is made on first use. */
  marks: { stem: Int32Array; entity: Int32Array; alt?: Int32Array; stamp: number };
  /** Mean number of content units of a document (BM25's length normalisation). */
  avgDocUnits: number;
  /** Per document, the coverage denominator (see scoreDoc): the walk's upper bound divides by it. */
  docDenominator: Float64Array;
}

export const figureTerm = (key: string) => '#' + key;

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
 * What analysing the texts yields, before the postings and weights are derived from it: the part
 * that is slow to compute, and the part that is persisted (serialise-index.ts) and edited in place
 * (update-index.ts). Documents are grouped by claim, in claim order.
 */
export interface AnalysedDocs {
  claimIds: string[];
  docs: IndexedDoc[];
  termIds: Map<string, number>;
  unitStems: Int32Array;
  unitEntities: Int32Array;
  /** Term ids are below this. An edited index may leave ids unused (terms no document has any more). */
  termCount: number;
}

/**
 * Analyses the claims' statements and versions into documents numbered from `firstClaim`, interning
 * terms into `termIds` (pass an existing index's map to add claims to it).
 */
export function analyseClaims(claims: IndexClaim[], termIds = new Map<string, number>(), firstClaim = 0, nextTermId = termIds.size): AnalysedDocs {
  const intern = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = nextTermId++;
      termIds.set(term, id);
    }
    return id;
  };
  const unitStems = new GrowableInt32();
  const unitEntities = new GrowableInt32();
  const docs: IndexedDoc[] = [];
  const add = (text: string, lang: string | undefined, claim: number, via: string, outletId: string | null) => {
    if (!text || !text.trim()) return;
    const analysis = analyseText(text, lang);
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
    for (const v of c.versions ?? []) add(v.quote, v.lang, firstClaim + i, v.id, v.outletId);
  });
  return { claimIds: claims.map((c) => c.id), docs, termIds, unitStems: unitStems.done(), unitEntities: unitEntities.done(), termCount: nextTermId };
}

export function buildClaimIndex(claims: IndexClaim[]): ClaimIndex {
  return assembleIndex(analyseClaims(claims));
}

/** Every term's claims, ascending, laid end to end: term t's are all[starts[t]..starts[t + 1]). */
export interface FlatPostings {
  all: Int32Array;
  starts: Int32Array;
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
  const codes = Int32Array.from(list, (v) => {
    if (v === null) return -1;
    let c = codeOf.get(v);
    if (c === undefined) codeOf.set(v, (c = codeOf.size));
    return c;
  });
  return { values: [...codeOf.keys()], codes };
}

/** Per claim, its proper-name keys and the document each came from, in document and unit order. */
export function claimEntities(index: ClaimIndex, claim: number): { entity: number; doc: number }[] {
  const out: { entity: number; doc: number }[] = [];
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    const end = index.docUnitEnd[d]!;
    for (let u = index.docUnitStart[d]!; u < end; u++) if (index.unitEntities[u]! >= 0) out.push({ entity: index.unitEntities[u]!, doc: d });
  }
  return out;
}

/**
 * Derives postings, IDF, weights and bounds from analysed documents, without analysing any text:
 * what an edit does after re-analysing its own claims. Every term in `termIds` must be used by some
 * document (update-index.ts deletes the others).
 */
export function assembleIndex(analysed: AnalysedDocs, flat: FlatPostings = claimPostings(analysed)): ClaimIndex {
  const { docs } = analysed;
  const figureStart = new Int32Array(docs.length + 1);
  docs.forEach((d, i) => (figureStart[i + 1] = figureStart[i]! + d.figures.length));
  const columns: DocColumns = {
    claim: Int32Array.from(docs, (d) => d.claim),
    unitStart: Int32Array.from(docs, (d) => d.unitStart),
    unitEnd: Int32Array.from(docs, (d) => d.unitEnd),
    figureStart,
    figureKeys: docs.flatMap((d) => d.figures.map((f) => f.key)),
    lang: codedColumn(docs.map((d) => d.lang)),
    outlet: codedColumn(docs.map((d) => d.outletId)),
  };
  return assembleColumns(analysed, docs, columns, flat);
}
