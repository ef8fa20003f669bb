/**
 * The matching index's types, apart from the code that builds (claim-index.ts) and assembles
 * (assemble-index.ts) it, so that both can name them without importing each other.
 */
import type { FigureUnit } from './analyse-text';

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
  /** Positions of the documents whose `via` is one of `ids`, ascending, when the list can find them without decoding (docsWithVia). */
  findVia?(ids: ReadonlySet<string>): number[];
  /**
   * What the scan reads of a document's text, when the list keeps it as a column (a loaded index,
   * serialise-index.ts): whether the document itself denies (claim-denial.ts), and the countries it
   * names (country-conflict.ts). Undefined: read it from the text.
   */
  denies?(d: number): boolean | undefined;
  countries?(d: number): DocCountries | undefined;
  /**
   * Makes the texts of these documents (all, without `docs`) readable: a loaded index keeps them in
   * storage until then (utils/store/blob-texts.ts). Only explanations and storing read a text.
   */
  readTexts?(docs?: readonly number[]): Promise<void>;
}

/** The countries a document names (country-conflict.ts), cities counted. */
export interface DocCountries {
  all: string[];
}

/** A column of few distinct values: `values[codes[d]]`, or none where the code is -1 (a statement's outlet). */
export interface CodedColumn {
  values: string[];
  codes: Int32Array;
}

/**
 * Term ids, one per unit: an Int32Array when built or edited; as stored (8 or 16 bits, -1 kept) when
 * loaded (blob-columns.ts keepNarrow), so that a restarted worker makes no 8 MB copy of them.
 */
export type IdColumn = Int32Array | Uint16Array | Int16Array | Uint8Array | Int8Array;

export interface ClaimIndex {
  claimIds: string[];
  docs: DocList;
  /** Per document, its language and its outlet (-1: a statement), readable without decoding the document. */
  docLang: CodedColumn;
  docOutlet: CodedColumn;
  /**
   * Per document, its units are units[docUnitStart[d]..docUnitEnd[d]) (as in IndexedDoc). An edited
   * index appends its new units and leaves the replaced ones unread until it is stored (serialise-index.ts).
   */
  docUnitStart: Int32Array;
  docUnitEnd: Int32Array;
  termIds: Map<string, number>;
  /** Term strings by id, '' where an edited index left an id unused (update-index.ts). */
  termList: string[];
  /** Per document, the term ids of its figures are figureTerms[docFigureStart[d]..docFigureEnd[d]), in the order of its `figures`. */
  docFigureStart: Int32Array;
  docFigureEnd: Int32Array;
  figureTerms: Int32Array;
  /** Per unit: stem term id, and proper-name key term id or -1 (a loaded index's as stored, in 8 or 16 bits: IdColumn). */
  unitStems: IdColumn;
  unitEntities: IdColumn;
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
  /** Scratch marks for the text being scored (see queryFeatures); `alt`, the preceding sentence's `context*` and the text's `figure` terms are made on first use. */
  marks: { stem: Int32Array; entity: Int32Array; alt?: Int32Array; altLang?: Int32Array; contextStem?: Int32Array; contextEntity?: Int32Array; figure?: Int32Array; stamp: number };
  /** Mean number of content units of a document (BM25's length normalisation). */
  avgDocUnits: number;
  /** Per document, the coverage denominator (see scoreDoc): the walk's upper bound divides by it. */
  docDenominator: Float64Array;
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
  unitStems: IdColumn;
  unitEntities: IdColumn;
  /** Term ids are below this. An edited index may leave ids unused (terms no document has any more). */
  termCount: number;
}

/** Every term's claims, ascending, laid end to end: term t's are all[starts[t]..starts[t + 1]). */
export interface FlatPostings {
  all: Int32Array;
  starts: Int32Array;
}
