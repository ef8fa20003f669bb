/**
 * A built claim index as a few typed arrays and long strings, for storage (IndexedDB stores them
 * by structured clone, with no object per term or per document), and back. Only what analysing the
 * texts produced is stored, with the postings (the slowest part to derive at load); IDF and
 * weights are derived again by assembleIndex, which reads no text. Every field of IndexedDoc and FigureUnit is listed below: a field added to them
 * and not stored here fails the round-trip test (tests/unit/matching/serialise-index.test.ts).
 */
import type { FigureUnit } from './analyse-text';
import { assembleIndex, type AnalysedDocs, type ClaimIndex, type IndexedDoc } from './claim-index';
import type { FigureKind } from './figures';

/** Bump when this layout changes: a stored index of another format is rebuilt. */
export const SERIALISED_FORMAT = 2;

/** Strings laid end to end, with each one's end offset. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

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
  docVia: PackedStrings;
  docText: PackedStrings;
  /** Few distinct values: stored once each, with a code per document. */
  docOutlet: { values: string[]; codes: Int32Array };
  docLang: { values: string[]; codes: Int32Array };
  /** Figures of document d are figures[figureStart[d]..figureStart[d + 1]). */
  figureStart: Int32Array;
  figureKey: PackedStrings;
  figureKind: { values: string[]; codes: Int32Array };
  figureSurface: PackedStrings;
  directionStart: Int32Array;
  directions: PackedStrings;
  /** Every term's claims laid end to end (FlatPostings). */
  postings: Int32Array;
  postingStart: Int32Array;
}

/** The IndexedDoc fields this file stores (`figures` and `directions` in their own columns). */
export const STORED_DOC_FIELDS = ['claim', 'via', 'outletId', 'lang', 'text', 'unitStart', 'unitEnd', 'figures', 'negated', 'directions'] as const;
export const STORED_FIGURE_FIELDS = ['key', 'kind', 'surface'] as const;

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { text: list.join(''), ends };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const out = new Array<string>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < packed.ends.length; i++) {
    out[i] = packed.text.slice(start, packed.ends[i]);
    start = packed.ends[i]!;
  }
  return out;
}

function dictionary(list: readonly string[]): { values: string[]; codes: Int32Array } {
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(list, (v) => {
    let c = codeOf.get(v);
    if (c === undefined) codeOf.set(v, (c = codeOf.size));
    return c;
  });
  return { values: [...codeOf.keys()], codes };
}

const undictionary = (d: { values: string[]; codes: Int32Array }) => Array.from(d.codes, (c) => d.values[c]!);

export function serialiseIndex(index: ClaimIndex): SerialisedIndex {
  const { docs } = index;
  const terms = new Array<string>(index.postings.length).fill('');
  for (const [term, id] of index.termIds) terms[id] = term;
  const figures = docs.flatMap((d) => d.figures);
  const starts = (count: (d: IndexedDoc) => number) => {
    const out = new Int32Array(docs.length + 1);
    docs.forEach((d, i) => (out[i + 1] = out[i]! + count(d)));
    return out;
  };
  return {
    format: SERIALISED_FORMAT,
    claimIds: packStrings(index.claimIds),
    terms: packStrings(terms),
    unitStems: index.unitStems,
    unitEntities: index.unitEntities,
    docClaim: Int32Array.from(docs, (d) => d.claim),
    docUnitStart: Int32Array.from(docs, (d) => d.unitStart),
    docUnitEnd: Int32Array.from(docs, (d) => d.unitEnd),
    docFlags: Uint8Array.from(docs, (d) => (d.negated ? 1 : 0) | (d.outletId === null ? 2 : 0)),
    docVia: packStrings(docs.map((d) => d.via)),
    docText: packStrings(docs.map((d) => d.text)),
    docOutlet: dictionary(docs.map((d) => d.outletId ?? '')),
    docLang: dictionary(docs.map((d) => d.lang)),
    figureStart: starts((d) => d.figures.length),
    figureKey: packStrings(figures.map((f) => f.key)),
    figureKind: dictionary(figures.map((f) => f.kind)),
    figureSurface: packStrings(figures.map((f) => f.surface)),
    directionStart: starts((d) => d.directions.size),
    directions: packStrings(docs.flatMap((d) => [...d.directions])),
    ...flatPostings(index.postings),
  };
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

/** The index back, postings and weights derived again; throws on another format. */
export function deserialiseIndex(s: SerialisedIndex): ClaimIndex {
  return assembleIndex(deserialiseDocs(s), { all: s.postings, starts: s.postingStart });
}

export function deserialiseDocs(s: SerialisedIndex): AnalysedDocs {
  if (s.format !== SERIALISED_FORMAT) throw new Error(`Stored matching index has format ${s.format}, expected ${SERIALISED_FORMAT}`);
  const termList = unpackStrings(s.terms);
  const termIds = new Map<string, number>();
  termList.forEach((t, i) => {
    if (t) termIds.set(t, i);
  });
  const via = unpackStrings(s.docVia);
  const text = unpackStrings(s.docText);
  const outlets = undictionary(s.docOutlet);
  const langs = undictionary(s.docLang);
  const figureKeys = unpackStrings(s.figureKey);
  const figureKinds = undictionary(s.figureKind);
  const figureSurfaces = unpackStrings(s.figureSurface);
  const directions = unpackStrings(s.directions);
  const docs: IndexedDoc[] = new Array(s.docClaim.length);
  for (let d = 0; d < docs.length; d++) {
    const flags = s.docFlags[d]!;
    const f0 = s.figureStart[d]!;
    const f1 = s.figureStart[d + 1]!;
    const figures: FigureUnit[] = [];
    for (let f = f0; f < f1; f++) figures.push({ key: figureKeys[f]!, kind: figureKinds[f] as FigureKind, surface: figureSurfaces[f]! });
    const d0 = s.directionStart[d]!;
    const d1 = s.directionStart[d + 1]!;
    docs[d] = {
      claim: s.docClaim[d]!,
      via: via[d]!,
      outletId: flags & 2 ? null : outlets[d]!,
      lang: langs[d]!,
      text: text[d]!,
      unitStart: s.docUnitStart[d]!,
      unitEnd: s.docUnitEnd[d]!,
      figures: figures.length ? figures : NO_FIGURES,
      negated: (flags & 1) === 1,
      directions: d1 > d0 ? new Set(directions.slice(d0, d1)) : NO_DIRECTIONS,
    };
  }
  return { claimIds: unpackStrings(s.claimIds), docs, termIds, unitStems: s.unitStems, unitEntities: s.unitEntities, termCount: termList.length };
}
