/**
 * The documents of a loaded index (serialise-index.ts), decoded from the stored columns when a scan
 * first reads them, then kept. A document's text is decoded when it is read, and a loaded index's
 * texts may be left in storage (DeferredText): the scan reads no text, since whether a document
 * denies and the countries it names are columns of their own; an explanation reads its document's
 * text once readTexts has read it.
 */
import type { FigureUnit } from './analyse-text';
import type { CodedColumn, DocCountries, DocList, IndexedDoc } from './index-types';
import { packedAt, type PackedStrings } from './packed-strings';
import { indexesOf, textAt, type DeferredText, type PackedText } from './packed-text';
import type { FigureKind } from './figures';

/**
 * Per document, the countries its text names: countries values[codes[start[d]..start[d + 1])]. (Stored
 * indexes of format 6 written before 2026-12-03 also hold a column `first`, which nothing reads.)
 */
export interface StoredCountries {
  values: string[];
  start: Int32Array;
  codes: Int32Array;
}

/** The stored columns a document is decoded from (part of SerialisedIndex, serialise-index.ts). */
export interface StoredDocColumns {
  docClaim: Int32Array;
  docUnitStart: Int32Array;
  docUnitEnd: Int32Array;
  /** Bit 0: negated; bit 1: outletId is null (a statement); bit 2: its text denies (claim-denial.ts). */
  docFlags: Uint8Array;
  /** UTF-8 unless a text holds a lone surrogate (packed-text.ts). */
  docVia: PackedText;
  /** Deferred in a loaded index: only explanations and storing read a text. */
  docText: PackedText | DeferredText;
  /** Few distinct values: stored once each, with a code per document (-1: a statement's outlet). */
  docOutlet: CodedColumn;
  docLang: CodedColumn;
  /** The countries each document names (country-conflict.ts). */
  docCountries: StoredCountries;
  /** Figures of document d are figures[figureStart[d]..figureStart[d + 1]). */
  figureStart: Int32Array;
  figureKey: PackedStrings;
  figureKind: CodedColumn;
  figureSurface: PackedStrings;
  directionStart: Int32Array;
  directions: PackedStrings;
}

const NO_FIGURES: readonly FigureUnit[] = [];
const NO_DIRECTIONS: ReadonlySet<string> = new Set();

export class StoredDocs implements DocList {
  private readonly decoded: (IndexedDoc | undefined)[];
  readonly length: number;

  constructor(private readonly s: StoredDocColumns) {
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

  denies(d: number): boolean {
    return (this.s.docFlags[d]! & 4) === 4;
  }

  countries(d: number): DocCountries {
    const { values, start, codes } = this.s.docCountries;
    const all: string[] = [];
    for (let c = start[d]!; c < start[d + 1]!; c++) all.push(values[codes[c]!]!);
    return { all };
  }

  async readTexts(docs?: readonly number[]): Promise<void> {
    const texts = this.s.docText;
    if ('read' in texts) await texts.read(docs);
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
    let text: string | undefined;
    return {
      claim: s.docClaim[d]!,
      via: textAt(s.docVia, d),
      outletId: flags & 2 ? null : s.docOutlet.values[s.docOutlet.codes[d]!]!,
      lang: s.docLang.values[s.docLang.codes[d]!]!,
      // Decoded on first read: most documents a scan decodes are never explained.
      get text() {
        return (text ??= textAt(s.docText, d));
      },
      unitStart: s.docUnitStart[d]!,
      unitEnd: s.docUnitEnd[d]!,
      figures: figures.length ? figures : NO_FIGURES,
      negated: (flags & 1) === 1,
      directions: directions.length ? new Set(directions) : NO_DIRECTIONS,
    };
  }
}
