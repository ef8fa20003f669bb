/**
 * A built claim index as a few typed arrays and long strings, for storage (IndexedDB stores them
 * by structured clone, with no object per term or per document), and back. Only what analysing the
 * texts produced is stored, with the postings (the slowest part to derive at load); IDF and
 * weights are derived again from the stored columns (assemble-index.ts), which reads no text, and
 * a document is decoded when a scan first reads it (stored-docs.ts). What a scan would read of a
 * document's text (whether it denies, the countries it names) is stored as columns, so that a loaded
 * index's texts may stay in storage until a match is explained (DeferredText). Every field of IndexedDoc and FigureUnit is
 * listed below: a field added to them and not stored here fails the round-trip test
 * (tests/unit/matching/serialise-index.test.ts).
 */
import { codedColumn, type ClaimIndex, type CodedColumn, type IndexedDoc } from './claim-index';
import type { IdColumn } from './index-types';
import { assembleColumns } from './assemble-index';
import { packStrings, unpackStrings, type PackedStrings } from './packed-strings';
import { packText, type DeferredText, type PackedText } from './packed-text';
import { textDenies } from './claim-denial';
import { textCountriesOfDoc } from './country-conflict';
import { StoredDocs, type StoredCountries, type StoredDocColumns } from './stored-docs';

export { packStrings, unpackStrings, type PackedStrings } from './packed-strings';
export { StoredDocs, type StoredCountries } from './stored-docs';

/** Bump when this layout changes: a stored index of another format is rebuilt (6: per-document counts in place of start and end offsets). */
export const SERIALISED_FORMAT = 6;

/** Offsets a loaded index derives from the stored counts (countColumns). */
type DerivedOffsets = 'docUnitStart' | 'docUnitEnd' | 'figureStart' | 'directionStart';

/**
 * The stored index: the documents' columns (StoredDocColumns) and the rest. Where a document's units,
 * figures and cues start is stored as their counts, one byte each where they fit (a quarter of the
 * offsets' bytes, read at every worker start: 1 MB less of 12.7 at 100,000 versions).
 */
export interface SerialisedIndex extends Omit<StoredDocColumns, DerivedOffsets> {
  format: number;
  /** Per document: its units (laid end to end in unitStems), figures and cues. */
  docUnitCount: Uint8Array | Uint16Array | Int32Array;
  figureCount: Uint8Array | Uint16Array | Int32Array;
  directionCount: Uint8Array | Uint16Array | Int32Array;
  claimIds: PackedStrings;
  /** Term strings by id; '' where an edited index left an id unused. */
  terms: PackedStrings;
  unitStems: IdColumn;
  unitEntities: IdColumn;
  /** Each figure's term id (its key's), so that an edit reweighs figures without decoding a document. */
  figureTerm: Int32Array;
  /** Per document, its coverage denominator (assemble-index.ts), so that a load reads no unit. */
  docDenominator: Float64Array;
  /** Every term's claims laid end to end (FlatPostings). */
  postings: Int32Array;
  postingStart: Int32Array;
}

/** The IndexedDoc fields this file stores (`figures` and `directions` in their own columns). */
export const STORED_DOC_FIELDS = ['claim', 'via', 'outletId', 'lang', 'text', 'unitStart', 'unitEnd', 'figures', 'negated', 'directions'] as const;
export const STORED_FIGURE_FIELDS = ['key', 'kind', 'surface'] as const;

export function serialiseIndex(index: ClaimIndex): SerialisedIndex {
  const docs = Array.from({ length: index.docs.length }, (_, d) => index.docs.at(d)!);
  const terms = new Array<string>(index.postings.length).fill('');
  for (const [term, id] of index.termIds) terms[id] = term;
  const figures = docs.flatMap((d) => d.figures);
  const units = compactUnits(index);
  const docClaim = new Int32Array(docs.length);
  for (let c = 0; c < index.claimIds.length; c++) docClaim.fill(c, index.claimDocStart[c], index.claimDocStart[c + 1]);
  const figureTerm = new Int32Array(figures.length);
  let f = 0;
  for (let d = 0; d < docs.length; d++) for (let g = index.docFigureStart[d]!; g < index.docFigureEnd[d]!; g++) figureTerm[f++] = index.figureTerms[g]!;
  return {
    format: SERIALISED_FORMAT,
    claimIds: packStrings(index.claimIds),
    terms: packStrings(terms),
    ...units,
    docClaim,
    docFlags: Uint8Array.from(docs, (doc, d) => (doc.negated ? 1 : 0) | (doc.outletId === null ? 2 : 0) | ((index.docs.denies?.(d) ?? textDenies(doc)) ? 4 : 0)),
    docVia: packText(docs.map((d) => d.via)),
    docText: packText(docs.map((d) => d.text)),
    docCountries: countryColumns(index, docs),
    docOutlet: index.docOutlet,
    docLang: index.docLang,
    figureCount: countColumn(docs.map((d) => d.figures.length)),
    figureKey: packStrings(figures.map((f) => f.key)),
    figureTerm,
    figureKind: codedColumn(figures.map((f) => f.kind)),
    figureSurface: packStrings(figures.map((f) => f.surface)),
    directionCount: countColumn(docs.map((d) => d.directions.size)),
    directions: packStrings(docs.flatMap((d) => [...d.directions])),
    docDenominator: index.docDenominator,
    ...flatPostings(index.postings),
  };
}

/** Each document's countries: from the list's column where it has one, else read from its text (not kept: a built index reads only its candidates'). */
function countryColumns(index: ClaimIndex, docs: readonly IndexedDoc[]): StoredCountries {
  const values: string[] = [];
  const code = new Map<string, number>();
  const codeOf = (country: string) => {
    let c = code.get(country);
    if (c === undefined) code.set(country, (c = values.push(country) - 1));
    return c;
  };
  const start = new Int32Array(docs.length + 1);
  const codes: number[] = [];
  docs.forEach((doc, d) => {
    const named = index.docs.countries?.(d) ?? textCountriesOfDoc(doc.text, doc.lang);
    for (const country of named.all) codes.push(codeOf(country));
    start[d + 1] = codes.length;
  });
  return { values, start, codes: Int32Array.from(codes) };
}

/** The documents' units end to end, without those an edit left behind (update-index.ts): the compaction an edited index gets. */
function compactUnits(index: ClaimIndex): Pick<SerialisedIndex, 'unitStems' | 'unitEntities' | 'docUnitCount'> {
  const { docUnitStart: from, docUnitEnd: to } = index;
  let count = 0;
  for (let d = 0; d < from.length; d++) count += to[d]! - from[d]!;
  const unitStems = new Int32Array(count);
  const unitEntities = new Int32Array(count);
  let u = 0;
  for (let d = 0; d < from.length; d++) {
    unitStems.set(index.unitStems.subarray(from[d]!, to[d]!), u);
    unitEntities.set(index.unitEntities.subarray(from[d]!, to[d]!), u);
    u += to[d]! - from[d]!;
  }
  return { unitStems, unitEntities, docUnitCount: countColumn(Array.from(from, (f, d) => to[d]! - f)) };
}

/** Counts in the narrowest array that holds them. */
function countColumn(counts: number[]): Uint8Array | Uint16Array | Int32Array {
  const max = counts.reduce((m, c) => Math.max(m, c), 0);
  return max < 0x100 ? Uint8Array.from(counts) : max < 0x10000 ? Uint16Array.from(counts) : Int32Array.from(counts);
}

/** Offsets from counts: out[d] is the sum of counts[0..d), out[counts.length] the total. */
function offsetsOf(counts: ArrayLike<number>): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let d = 0; d < counts.length; d++) out[d + 1] = out[d]! + counts[d]!;
  return out;
}

function flatPostings(lists: Int32Array[]): { postings: Int32Array; postingStart: Int32Array } {
  const postingStart = new Int32Array(lists.length + 1);
  lists.forEach((p, t) => (postingStart[t + 1] = postingStart[t]! + p.length));
  const postings = new Int32Array(postingStart[lists.length]!);
  lists.forEach((p, t) => postings.set(p, postingStart[t]));
  return { postings, postingStart };
}

/**
 * The index back, ready to scan, without an object per document: postings are the stored ones,
 * weights and bounds are derived from the stored columns (assemble-index.ts), and a document is
 * decoded when a scan first reads it. Throws on another format.
 */
export function deserialiseIndex(s: SerialisedIndex): ClaimIndex {
  if (s.format !== SERIALISED_FORMAT) throw new Error(`Stored matching index has format ${s.format}, expected ${SERIALISED_FORMAT}`);
  const termList = unpackStrings(s.terms);
  const termIds = new Map<string, number>();
  termList.forEach((t, i) => {
    if (t) termIds.set(t, i);
  });
  const units = offsetsOf(s.docUnitCount);
  const docs: StoredDocColumns = { ...s, docUnitStart: units.slice(0, -1), docUnitEnd: units.slice(1), figureStart: offsetsOf(s.figureCount), directionStart: offsetsOf(s.directionCount) };
  const columns = {
    claim: s.docClaim,
    unitStart: docs.docUnitStart,
    unitEnd: docs.docUnitEnd,
    figureStart: docs.figureStart,
    figureTerms: s.figureTerm,
    lang: s.docLang,
    outlet: s.docOutlet,
  };
  const terms = { claimIds: unpackStrings(s.claimIds), termIds, termList, unitStems: s.unitStems, unitEntities: s.unitEntities, termCount: termList.length };
  return assembleColumns(terms, new StoredDocs(docs), columns, { all: s.postings, starts: s.postingStart }, s.docDenominator);
}


