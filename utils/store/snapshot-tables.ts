import type { Status } from '@/utils/core/statuses';
import type { CodedColumn } from '@/utils/core/matching/claim-index';
import { packedAt, packStrings, type PackedStrings } from '@/utils/core/matching/packed-strings';
import { packText, textAt, type DeferredText, type PackedText } from '@/utils/core/matching/packed-text';

/**
 * The two tables of a snapshot besides its index, read straight from the stored record: a claim's
 * status and statement, and the outlet of a known article URL. A restarted worker makes no Map of
 * 10,000 claims nor of 100,000 URLs before its first scan; it looks up the few a scan asks for.
 * Edits go to a small Map in front (the snapshot is given up when followed, like its index).
 */

export interface ClaimInfo {
  status: Status;
  statement: Record<string, string>;
}

/** What a snapshot needs of a table: a Map fits, so do the stored tables below. */
export interface Table<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  set(key: string, value: V): unknown;
  delete(key: string): unknown;
  entries(): Iterable<[string, V]>;
  /** Reads from storage what get(key) needs for these keys (without keys: what entries() needs), where the table left it there. */
  prepare?(keys?: readonly string[]): Promise<void>;
}

/** Edits in front of a stored table: a value set, or undefined for a deleted key. */
abstract class EditedTable<V> implements Table<V> {
  private readonly edits = new Map<string, V | undefined>();

  protected abstract stored(key: string): V | undefined;
  protected abstract storedHas(key: string): boolean;
  protected abstract storedEntries(): Iterable<[string, V]>;

  get(key: string): V | undefined {
    return this.edits.has(key) ? this.edits.get(key) : this.stored(key);
  }

  has(key: string): boolean {
    return this.edits.has(key) ? this.edits.get(key) !== undefined : this.storedHas(key);
  }

  set(key: string, value: V): void {
    this.edits.set(key, value);
  }

  delete(key: string): void {
    this.edits.set(key, undefined);
  }

  *entries(): Iterable<[string, V]> {
    for (const [key, value] of this.storedEntries()) if (!this.edits.has(key)) yield [key, value];
    for (const [key, value] of this.edits) if (value !== undefined) yield [key, value];
  }
}

/**
 * Claims by id: statuses and statements (one JSON text each) in the index's claim order. A loaded
 * index leaves the statements in storage (DeferredText, 1.1 MB at 100,000 versions): a scan reads
 * its matched claims' (prepare), as it reads their documents' texts.
 */
export class StoredClaims extends EditedTable<ClaimInfo> {
  private positions: Map<string, number> | undefined;

  constructor(
    private readonly ids: readonly string[],
    private readonly statuses: PackedStrings,
    private readonly statements: PackedText | DeferredText,
  ) {
    super();
  }

  // Made on the first lookup, not at load: the scan's matches are the first to ask.
  private position = (id: string) => (this.positions ??= positionsOf(this.ids)).get(id);

  protected stored(id: string): ClaimInfo | undefined {
    const i = this.position(id);
    return i === undefined ? undefined : this.at(i);
  }

  protected storedHas(id: string): boolean {
    return this.position(id) !== undefined;
  }

  async prepare(ids?: readonly string[]): Promise<void> {
    if (!('read' in this.statements)) return;
    await this.statements.read(ids?.flatMap((id) => this.position(id) ?? []));
  }

  private at(i: number): ClaimInfo {
    return { status: packedAt(this.statuses, i) as Status, statement: JSON.parse(textAt(this.statements, i)) as Record<string, string> };
  }

  protected *storedEntries(): Iterable<[string, ClaimInfo]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.at(i)];
  }
}

/** Each id's position (the last where one repeats, as a Map made of the pairs would keep). */
function positionsOf(ids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) out.set(ids[i]!, i);
  return out;
}

/** The stored form of a table of claims: see StoredClaims. */
export function packClaims(ids: readonly string[], get: (id: string) => ClaimInfo | undefined): { statuses: PackedStrings; statements: PackedText } {
  const info = ids.map((id) => get(id) ?? { status: 'unverified' as Status, statement: {} });
  return { statuses: packStrings(info.map((c) => c.status)), statements: packText(info.map((c) => JSON.stringify(c.statement))) };
}

/** URLs per block of a stored URL table: a lookup in a table left in storage reads one block. */
export const URL_BLOCK = 64;

/**
 * Article URL -> outlet id: URLs sorted (by UTF-16 code unit, as `<` compares), found by binary search,
 * stored as UTF-8 (100,000 URLs are some 10 MB as a UTF-16 string: the largest part of the record after
 * the texts). A restarted worker leaves them in storage (DeferredText) but for every URL_BLOCK-th one
 * (`firsts`): a lookup finds its block among those, and reads that block only (prepare).
 */
export class StoredUrls extends EditedTable<string> {
  constructor(
    private readonly urls: PackedText | DeferredText,
    private readonly outlets: CodedColumn,
    private readonly firsts?: readonly string[],
  ) {
    super();
  }

  /** The URLs url may be among: its block's, or all of them without `firsts`. */
  private range(url: string): [number, number] {
    const n = this.urls.ends.length;
    if (!this.firsts) return [0, n];
    let lo = 0;
    let hi = this.firsts.length - 1;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.firsts[mid]! <= url) {
        block = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return block < 0 ? [0, 0] : [block * URL_BLOCK, Math.min(n, (block + 1) * URL_BLOCK)];
  }

  async prepare(urls?: readonly string[]): Promise<void> {
    if (!('read' in this.urls)) return;
    if (urls === undefined || !this.firsts) return this.urls.read();
    await this.urls.read(
      urls.flatMap((url) => {
        const [from, to] = this.range(url);
        return Array.from({ length: to - from }, (_, i) => from + i);
      }),
    );
  }

  protected storedHas(url: string): boolean {
    return this.stored(url) !== undefined;
  }

  protected stored(url: string): string | undefined {
    let [lo, hi] = this.range(url);
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = textAt(this.urls, mid);
      if (at === url) return this.outlets.values[this.outlets.codes[mid]!];
      if (at < url) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  protected *storedEntries(): Iterable<[string, string]> {
    for (let i = 0; i < this.urls.ends.length; i++) yield [textAt(this.urls, i), this.outlets.values[this.outlets.codes[i]!]!];
  }
}

/** The stored form of a URL table: see StoredUrls. */
export function packUrls(table: Table<string>): { urls: PackedText; outlets: string[]; firsts: string[] } {
  const entries = [...table.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { urls: packText(entries.map((e) => e[0])), outlets: entries.map((e) => e[1]), firsts: entries.filter((_, i) => i % URL_BLOCK === 0).map((e) => e[0]) };
}
