/**
 * The stored index's document texts, kept in a Blob of their own beside the record's columns
 * (match-index-store.ts), and read when asked for: a restarted worker's first scan reads no text
 * (whether a document denies and the countries it names are columns), so it need not wait for the
 * texts' bytes (10 MB of the 28 MB at 100,000 versions). An explanation reads its documents' texts
 * as slices of the Blob; storing the index again reads them all.
 */
import type { DeferredText, PackedText } from '@/utils/core/matching/packed-text';

/** Texts this close together in the Blob are read as one slice. */
const JOIN_GAP = 4096;

export class BlobTexts implements DeferredText {
  private bytes: Uint8Array | undefined;
  private readonly pieces = new Map<number, string>();
  private whole: Promise<void> | undefined;
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  constructor(
    readonly ends: Uint32Array,
    private readonly blob: Blob,
  ) {}

  private start = (i: number) => (i > 0 ? this.ends[i - 1]! : 0);

  at(i: number): string {
    if (this.bytes) return this.decoder.decode(this.bytes.subarray(this.start(i), this.ends[i]!));
    const text = this.pieces.get(i);
    if (text === undefined) throw new Error(`Recoupe: the text of stored document ${i} was not read`);
    return text;
  }

  /**
   * Text i as the record that holds this Blob also carries it (the load check's samples, written
   * with it by storedForm), when its place agrees: its start and its UTF-8 length as the ends say.
   * No read: slicing the Blob for the 24 samples held a restarted worker's thread just as the stored
   * columns' bytes started to come (29-45 ms of a sampled CPU profile of a restart, 8-12 ms left after).
   */
  adopt(i: number, start: number, text: string): boolean {
    if (i < 0 || i >= this.ends.length || start !== this.start(i) || start + this.encoder.encode(text).byteLength !== this.ends[i]) return false;
    this.pieces.set(i, text);
    return true;
  }

  async read(indexes?: readonly number[]): Promise<void> {
    if (this.bytes) return;
    if (!indexes) {
      this.whole ??= this.blob.arrayBuffer().then((buffer) => {
        this.bytes = new Uint8Array(buffer);
        this.pieces.clear();
      });
      return this.whole;
    }
    const wanted = [...new Set(indexes)].filter((i) => i >= 0 && i < this.ends.length && !this.pieces.has(i)).sort((a, b) => a - b);
    // Runs of texts close together (a claim's wordings, the samples of a small library) in one slice each, all read at once.
    const runs: number[][] = [];
    for (const i of wanted) {
      const run = runs[runs.length - 1];
      if (run && this.start(i) - this.ends[run[run.length - 1]!]! <= JOIN_GAP) run.push(i);
      else runs.push([i]);
    }
    if (!runs.length) return;
    const pieces = await readRanges(this.blob, runs.flatMap((run) => [this.start(run[0]!), this.ends[run[run.length - 1]!]!]));
    runs.forEach((run, k) => {
      const from = this.start(run[0]!);
      for (const i of run) this.pieces.set(i, this.decoder.decode(pieces[k]!.subarray(this.start(i) - from, this.ends[i]! - from)));
    });
  }
}

/**
 * Byte ranges of a texts Blob ([start, end] pairs, laid flat), read as one Blob made of their
 * slices: one read, where a read per slice cost 24 of them (the load check's samples) about 55 ms
 * after a worker restart at 100,000 versions. A range past the Blob's end comes back shorter.
 */
async function readRanges(blob: Blob, ranges: readonly number[]): Promise<Uint8Array[]> {
  const slices = Array.from({ length: ranges.length >> 1 }, (_, k) => blob.slice(ranges[2 * k]!, ranges[2 * k + 1]!));
  const bytes = new Uint8Array(await new Blob(slices).arrayBuffer());
  let at = 0;
  return slices.map((slice) => bytes.subarray(at, (at += slice.size)));
}

/** The texts' bytes apart (the Blob of their own), and what stays with the columns. */
export function splitTexts(texts: PackedText): { kept: PackedText | { ends: Uint32Array }; bytes?: Uint8Array } {
  // A list with a lone surrogate is a string (packed-text.ts): it stays with the columns.
  return 'bytes' in texts ? { kept: { ends: texts.ends }, bytes: texts.bytes } : { kept: texts };
}

/** The samples' ranges in a texts Blob ([start, end] pairs, laid flat): where a load checks that a sample's text is its document's (BlobTexts.adopt). */
export function rangesOf(ends: Uint32Array, indexes: readonly number[]): number[] {
  return indexes.flatMap((i) => [i > 0 ? ends[i - 1]! : 0, ends[i]!]);
}
