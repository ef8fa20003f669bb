/**
 * The document list of an edited index (update-index.ts): the documents of the index it was edited
 * from, in place, with the edited claims' documents swapped for their new ones. A list is a column
 * of numbers over the original list, so that an edit neither copies nor decodes the documents it
 * keeps (a loaded index decodes a document on first use, serialise-index.ts).
 */
import type { DocCountries, DocList, IndexedDoc } from './index-types';

export class SplicedDocs implements DocList {
  readonly length: number;

  /**
   * Document d is base.at(source[d]) when source[d] >= 0, else added[-1 - source[d]]; claimOf[d] is
   * its claim (the base's documents were numbered for the claims before the edit).
   */
  constructor(
    readonly base: DocList,
    readonly source: Int32Array,
    readonly added: readonly IndexedDoc[],
    private readonly claimOf: Int32Array,
  ) {
    this.length = source.length;
  }

  at(d: number): IndexedDoc | undefined {
    if (d < 0 || d >= this.length) return undefined;
    const s = this.source[d]!;
    const doc = s >= 0 ? this.base.at(s)! : this.added[-1 - s]!;
    // The object is shared with the list it was edited from, which its owner gave up (updateIndex).
    doc.claim = this.claimOf[d]!;
    return doc;
  }

  /** The base's columns for its documents; an added document is read from its text. */
  denies(d: number): boolean | undefined {
    const s = this.source[d]!;
    return s >= 0 ? this.base.denies?.(s) : undefined;
  }

  countries(d: number): DocCountries | undefined {
    const s = this.source[d]!;
    return s >= 0 ? this.base.countries?.(s) : undefined;
  }

  async readTexts(docs?: readonly number[]): Promise<void> {
    if (!this.base.readTexts) return;
    if (!docs) return this.base.readTexts();
    await this.base.readTexts(docs.map((d) => this.source[d]!).filter((s) => s >= 0));
  }

  findVia(ids: ReadonlySet<string>): number[] {
    const inBase = new Set(docsWithVia(this.base, ids));
    const out: number[] = [];
    for (let d = 0; d < this.length; d++) {
      const s = this.source[d]!;
      if (s >= 0 ? inBase.has(s) : ids.has(this.added[-1 - s]!.via)) out.push(d);
    }
    return out;
  }

  /**
   * The list after an edit: position d of the new list is position from[d] of this one, or
   * fresh[-1 - from[d]]; `claimOf` numbers the new list's documents.
   */
  static splice(docs: DocList, from: Int32Array, fresh: readonly IndexedDoc[], claimOf: Int32Array): SplicedDocs {
    const old = docs instanceof SplicedDocs ? docs : undefined;
    const added = old ? [...old.added, ...fresh] : [...fresh];
    const shift = old ? old.added.length : 0;
    const source = new Int32Array(from.length);
    for (let d = 0; d < from.length; d++) {
      const f = from[d]!;
      source[d] = f < 0 ? f - shift : old ? old.source[f]! : f;
    }
    return new SplicedDocs(old ? old.base : docs, source, added, claimOf);
  }
}

/** Positions of the documents whose `via` is one of `ids`, ascending; decodes none where the list can tell without. */
export function docsWithVia(docs: DocList, ids: ReadonlySet<string>): number[] {
  if (ids.size === 0) return [];
  if (docs.findVia) return docs.findVia(ids);
  const out: number[] = [];
  for (let d = 0; d < docs.length; d++) if (ids.has(docs.at(d)!.via)) out.push(d);
  return out;
}
