import { iterateTextBlocks, rangeFor, type TextBlock } from '@/utils/page/page-text';
import type { BlockMatch, PageInfo } from '@/utils/protocol/messages';
import { MESSAGE_LIMITS } from '@/utils/protocol/messages';
import { askBackground } from '@/utils/protocol/send-message';
import type { PaintedMatch } from './highlights';

/** Longest stretch of work on the page's main thread before yielding back to it. */
const SLICE_MS = 8;
/** Blocks shorter than this state no claim worth matching (menu items, bylines, buttons). */
const MIN_BLOCK_CHARS = 25;
const MAX_BATCH_BLOCKS = 400;
const MAX_BATCH_CHARS = 200_000;

type CachedMatch = Omit<BlockMatch, 'blockId'>;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads the page's text in slices, asks the background to match only the blocks whose text it has
 * not seen yet (a rescan after a DOM change sends just what changed), and returns ranges to paint.
 */
export class Scanner {
  /** Block text -> the matches found in it. */
  private cache = new Map<string, CachedMatch[]>();
  outletId: string | null = null;
  /** Every visible block of the last complete scan: the page text annotations anchor in. */
  lastBlocks: TextBlock[] = [];

  constructor(
    private readonly doc: Document,
    private readonly page: () => PageInfo,
  ) {}

  forget(): void {
    this.cache.clear();
  }

  async scan(signal: AbortSignal): Promise<PaintedMatch[]> {
    const body = this.doc.body;
    if (!body) return [];
    const blocks: TextBlock[] = [];
    const all: TextBlock[] = [];
    const iterator = iterateTextBlocks(body);
    let sliceStart = performance.now();
    for (let step = iterator.next(); !step.done; step = iterator.next()) {
      all.push(step.value);
      if (step.value.text.length >= MIN_BLOCK_CHARS && !isLinkList(step.value)) blocks.push(step.value);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        // The walk is only valid on an unchanged DOM: a mutation during a pause restarts the scan later.
        if (signal.aborted) return [];
        sliceStart = performance.now();
      }
    }
    const unseen = [...new Set(blocks.map((b) => b.text).filter((text) => !this.cache.has(text)))];
    for (const batch of batches(unseen)) {
      const { matches, outletId } = await askBackground('scan', { page: this.page(), blocks: batch.map((text, id) => ({ id, text: text.slice(0, MESSAGE_LIMITS.maxBlockLength) })) });
      this.outletId = outletId;
      if (signal.aborted) return [];
      for (const text of batch) this.cache.set(text, []);
      for (const { blockId, ...m } of matches) this.cache.get(batch[blockId])?.push(m);
    }
    if (signal.aborted) return [];
    this.lastBlocks = all;
    const painted: PaintedMatch[] = [];
    for (const block of blocks) {
      for (const m of this.cache.get(block.text) ?? []) {
        const range = rangeFor(block, m.start, m.end, this.doc);
        if (range) painted.push({ claimId: m.claimId, status: m.status, range, statement: m.statement, ...(m.appearanceOf ? { appearanceOf: m.appearanceOf } : {}) });
      }
    }
    return painted;
  }
}

/**
 * A block whose text is all link text (menus, "related articles" lists, teasers) is navigation,
 * not a statement of the page: headlines of other articles there would otherwise light up.
 */
function isLinkList(block: TextBlock): boolean {
  return block.nodes.every((span) => span.node.parentElement?.closest('a') != null);
}

function* batches(texts: string[]): Generator<string[]> {
  let batch: string[] = [];
  let chars = 0;
  for (const text of texts) {
    const size = Math.min(text.length, MESSAGE_LIMITS.maxBlockLength);
    if (batch.length && (batch.length >= MAX_BATCH_BLOCKS || chars + size > MAX_BATCH_CHARS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += size;
  }
  if (batch.length) yield batch;
}
