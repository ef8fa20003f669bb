/**
 * A built claim index as a few typed arrays and long strings, for storage (IndexedDB stores them
 * by structured clone, with no object per term or per document), and back. Only what analysing the
 * texts produced is stored, with the postings (the slowest part to derive at load); IDF and
 * weights are derived again from the stored columns (assemble-index.ts), which reads no text, and
 * a document is decoded when a scan first reads it. Every field of IndexedDoc and FigureUnit is
 * listed below: a field added to them and not stored here fails the round-trip test
 * (tests/unit/matching/serialise-index.test.ts).
 */
import type { FigureUnit } from './analyse-text';
import { codedColumn, type ClaimIndex, type CodedColumn, type DocList, type IndexedDoc } from './claim-index';
import { assembleColumns } from './assemble-index';
import { packedAt, packStrings, unpackStrings, type PackedStrings } from './packed-strings';
import { indexesOf, packText, textAt, type PackedText } from './packed-text';
import type { FigureKind } from './figures';

export { packStrings, unpackStrings, type PackedStrings } from './packed-strings';

/** Bump when this layout changes: a stored index of another format is rebuilt. */
export const SERIALISED_FORMAT = 4;

export interface SerialisedIndex {
  format: number;
  claimIds: PackedStrings;
  /** Term strings by id; '' where an edited index left an id unused. */
  terms: PackedStrings;
  unitStems: Int32Array;
  unitEntities: Int32Array;
  docClaim: Int32Array;
  docUnitStart: Int32Array;
  docUnitEnd: Int32Array;
  /** Bit 0: negated; bit 1: outletId is null (a statement). */
  docFlags: Uint8Array;
  /** UTF-8 unless a text holds a lone surrogate (packed-text.ts). */
  docVia: PackedText;
  docText: PackedText;
  /** Few distinct values: stored once each, with a code per document (-1: a statement's outlet). */
  docOutlet: CodedColumn;
  docLang: CodedColumn;
  /** Figures of document d are figures[figureStart[d]..figureStart[d + 1]). */
  figureStart: Int32Array;
  figureKey: PackedStrings;
  /** Each figure's term id (its key's), so that an edit reweighs figures without decoding a document. */
  figureTerm: Int32Array;
  figureKind: CodedColumn;
  figureSurface: PackedStrings;
  directionStart: Int32Array;
  directions: PackedStrings;
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
  const starts = (count: (d: IndexedDoc) => number) => {
    const out = new Int32Array(docs.length + 1);
    docs.forEach((d, i) => (out[i + 1] = out[i]! + count(d)));
    return out;
  };
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
    docFlags: Uint8Array.from(docs, (d) => (d.negated ? 1 : 0) | (d.outletId === null ? 2 : 0)),
    docVia: packText(docs.map((d) => d.via)),
    docText: packText(docs.map((d) => d.text)),
    docOutlet: index.docOutlet,
    docLang: index.docLang,
    figureStart: starts((d) => d.figures.length),
    figureKey: packStrings(figures.map((f) => f.key)),
    figureTerm,
    figureKind: codedColumn(figures.map((f) => f.kind)),
    figureSurface: packStrings(figures.map((f) => f.surface)),
    directionStart: starts((d) => d.directions.size),
    directions: packStrings(docs.flatMap((d) => [...d.directions])),
    docDenominator: index.docDenominator,
    ...flatPostings(index.postings),
  };
}

/** The documents' units end to end, without those an edit left behind (update-index.ts): the compaction an edited index gets. */
function compactUnits(index: ClaimIndex): Pick<SerialisedIndex, 'unitStems' | 'unitEntities' | 'docUnitStart' | 'docUnitEnd'> {
  const { docUnitStart: from, docUnitEnd: to } = index;
  const docUnitStart = new Int32Array(from.length);
  const docUnitEnd = new Int32Array(from.length);
  let count = 0;
  for (let d = 0; d < from.length; d++) count += to[d]! - from[d]!;
  const unitStems = new Int32Array(count);
  const unitEntities = new Int32Array(count);
  let u = 0;
  for (let d = 0; d < from.length; d++) {
    docUnitStart[d] = u;
    unitStems.set(index.unitStems.subarray(from[d]!, to[d]!), u);
    unitEntities.set(index.unitEntities.subarray(from[d]!, to[d]!), u);
    docUnitEnd[d] = u += to[d]! - from[d]!;
  }
  return { unitStems, unitEntities, docUnitStart, docUnitEnd };
}

function flatPostings(lists: Int32Array[]): { postings: Int32Array; postingStart: Int32Array } {
  const postingStart = new Int32Array(lists.length + 1);
  lists.forEach((p, t) => (postingStart[t + 1] = postingStart[t]! + p.length));
  const postings = new Int32Array(postingStart[lists.length]!);
  lists.forEach((p, t) => postings.set(p, postingStart[t]));
  return { postings, postingStart };
}

const NO_FIGURES: readonly FigureUnit[] = [];
const NO_DIRECTIONS: ReadonlySet<string> = new Set();

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
  const columns = {
    claim: s.docClaim,
    unitStart: s.docUnitStart,
    unitEnd: s.docUnitEnd,
    figureStart: s.figureStart,
    figureTerms: s.figureTerm,
    lang: s.docLang,
    outlet: s.docOutlet,
  };
  const terms = { claimIds: unpackStrings(s.claimIds), termIds, termList, unitStems: s.unitStems, unitEntities: s.unitEntities, termCount: termList.length };
  return assembleColumns(terms, new StoredDocs(s), columns, { all: s.postings, starts: s.postingStart }, s.docDenominator);
}


/** Documents decoded from the stored columns on first use, then kept. */
export class StoredDocs implements DocList {
  private readonly decoded: (IndexedDoc | undefined)[];
  readonly length: number;

  constructor(private readonly s: SerialisedIndex) {
    this.length = s.docClaim.length;
    this.decoded = new Array<IndexedDoc | undefined>(this.length);
  }

  /** Documents decoded so far (tests and benchmarks: a load decodes none, a scan few). */
  decodedCount = 0;

  at(d: number): IndexedDoc | undefined {
    if (d < 0 || d >= this.length) return undefined;
    return this.decoded[d] ?? (this.decoded[d] = this.decode(d));
  }

  findVia(ids: ReadonlySet<string>): number[] {
    return indexesOf(this.s.docVia, ids);
  }

  private decode(d: number): IndexedDoc {
    this.decodedCount++;
    const s = this.s;
    const flags = s.docFlags[d]!;
    const figures: FigureUnit[] = [];
    for (let f = s.figureStart[d]!; f < s.figureStart[d + 1]!; f++) {
      figures.push({ key: packedAt(s.figureKey, f), kind: s.figureKind.values[s.figureKind.codes[f]!] as FigureKind, surface: packedAt(s.figureSurface, f) });
    }
    const directions: string[] = [];
    for (let x = s.directionStart[d]!; x < s.directionStart[d + 1]!; x++) directions.push(packedAt(s.directions, x));
    return {
      claim: s.docClaim[d]!,
      via: textAt(s.docVia, d),
      outletId: flags & 2 ? null : s.docOutlet.values[s.docOutlet.codes[d]!]!,
      lang: s.docLang.values[s.docLang.codes[d]!]!,
      text: textAt(s.docText, d),
      unitStart: s.docUnitStart[d]!,
      unitEnd: s.docUnitEnd[d]!,
      figures: figures.length ? figures : NO_FIGURES,
      negated: (flags & 1) === 1,
      directions: directions.length ? new Set(directions) : NO_DIRECTIONS,
    };
  }
}
