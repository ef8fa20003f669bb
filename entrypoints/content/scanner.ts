import { iterateTextBlocks, rangeFor, type TextBlock } from '@/utils/page/page-text';
import type { BlockMatch, ForeignBlock, PageInfo, PossibleMatch } from '@/utils/protocol/messages';
import { MESSAGE_LIMITS } from '@/utils/protocol/messages';
import { askBackground } from '@/utils/protocol/send-message';
import type { PaintedMatch } from './highlights';

/** Longest stretch of work on the page's main thread before yielding back to it. */
const SLICE_MS = 8;
/** Blocks shorter than this state no claim worth matching (menu items, bylines, buttons). */
const MIN_BLOCK_CHARS = 25;
const MAX_BATCH_BLOCKS = 400;
const MAX_BATCH_CHARS = 200_000;
/**
 * Nodes a scan reads at most, from the top: text past them is neither matched nor painted. The longest
 * of the 130 real pages in ../shared/corpora/readability has 24,465 nodes under its body. Every node the
 * walk visits gets a script wrapper and its text a string, which the page's garbage collector then
 * clears in one pause: on the hostile page of 500,000 text nodes, reading the first 100,000 stalled its
 * main thread 105 to 222 ms after load, the first 50,000 60 to 121 ms, and 27 to 61 ms on the page of
 * 30,000 paragraphs (Chromium without the extension: 5 to 23 ms;
 * `npx tsx scripts/bench-pages.ts --only hostile/ --baseline`, stop 62).
 */
const MAX_PAGE_NODES = 50_000;
/**
 * A first scan of a longer page asks about this much of its text first, from the top (what the reader
 * sees), and paints it before the whole page is matched: after a worker restart, matching runs in cold
 * code, and a long page's full scan comes later than its top's.
 */
const TOP_CHARS = 1500;

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
  /** Whether the last complete scan read the whole page (false past MAX_PAGE_NODES). */
  lastComplete = true;
  /** Possible matches of the last complete scan: listed in the popup, never painted. */
  possible: PossibleMatch[] = [];
  /** Blocks of the last scan in a language the library has no claim in (for on-device translation). */
  foreign: { block: TextBlock; lang: string; target: string }[] = [];
  private foreignByText = new Map<string, Omit<ForeignBlock, 'blockId'>>();

  constructor(
    private readonly doc: Document,
    private readonly page: () => PageInfo,
  ) {}

  forget(): void {
    this.cache.clear();
    this.foreignByText.clear();
  }

  /**
   * `onWalked` gets every visible block as soon as the page is read, before the background matches them.
   * `onTop`, when given, gets the matches of the page's top (TOP_CHARS) before the rest is matched, on a
   * page longer than that; the full scan then asks about every unseen block as before (the top again,
   * a few ms), so that what it returns does not depend on the split.
   */
  async scan(signal: AbortSignal, onWalked?: (all: TextBlock[], complete: boolean) => void, onTop?: (painted: PaintedMatch[]) => void): Promise<PaintedMatch[]> {
    const body = this.doc.body;
    if (!body) return [];
    const blocks: TextBlock[] = [];
    const all: TextBlock[] = [];
    const langOf = new Map<string, string | undefined>();
    const iterator = iterateTextBlocks(body, { maxNodes: MAX_PAGE_NODES });
    let sliceStart = performance.now();
    let step = iterator.next();
    for (; !step.done; step = iterator.next()) {
      all.push(step.value);
      if (step.value.text.length >= MIN_BLOCK_CHARS && !isLinkList(step.value)) {
        blocks.push(step.value);
        // Read during the sliced walk: on a page of thousands of blocks, not all in one task.
        langOf.set(step.value.text, nearestLang(step.value));
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        // The walk is only valid on an unchanged DOM: a mutation during a pause restarts the scan later.
        if (signal.aborted) return [];
        sliceStart = performance.now();
      }
    }
    const complete = step.value;
    onWalked?.(all, complete);
    const unseen = [...new Set(blocks.map((b) => b.text).filter((text) => !this.cache.has(text)))];
    const sent = (batch: string[]) => batch.map((text, id) => ({ id, text: text.slice(0, MESSAGE_LIMITS.maxBlockLength), ...(langOf.get(text) ? { lang: langOf.get(text) } : {}) }));
    const top = onTop ? topBlocks(blocks) : blocks;
    if (onTop && top.length < blocks.length) {
      const batch = [...new Set(top.map((b) => b.text).filter((text) => !this.cache.has(text)))];
      if (batch.length) {
        const { matches } = await askBackground('scan', { page: this.page(), blocks: sent(batch) });
        if (signal.aborted) return [];
        const byText = new Map<string, CachedMatch[]>(batch.map((text) => [text, []]));
        for (const { blockId, ...m } of matches) byText.get(batch[blockId]!)?.push(m);
        onTop(this.toPaint(top, (text) => byText.get(text) ?? this.cache.get(text)).painted);
      }
    }
    for (const batch of batches(unseen)) {
      const { matches, outletId, foreign } = await askBackground('scan', { page: this.page(), blocks: sent(batch) });
      this.outletId = outletId;
      if (signal.aborted) return [];
      for (const text of batch) this.cache.set(text, []);
      for (const { blockId, ...m } of matches) this.cache.get(batch[blockId])?.push(m);
      for (const { blockId, ...f } of foreign ?? []) if (batch[blockId] !== undefined) this.foreignByText.set(batch[blockId], f);
    }
    if (signal.aborted) return [];
    this.lastBlocks = all;
    this.lastComplete = complete;
    const { painted, possible } = this.toPaint(blocks, (text) => this.cache.get(text));
    this.possible = possible;
    this.foreign = blocks.flatMap((block) => {
      const f = this.foreignByText.get(block.text);
      return f ? [{ block, ...f }] : [];
    });
    return painted;
  }

  /** The ranges to paint in `blocks`, and the possible matches listed in the popup. */
  private toPaint(blocks: TextBlock[], matchesOf: (text: string) => CachedMatch[] | undefined): { painted: PaintedMatch[]; possible: PossibleMatch[] } {
    const painted: PaintedMatch[] = [];
    const possible: PossibleMatch[] = [];
    for (const block of blocks) {
      for (const m of matchesOf(block.text) ?? []) {
        if (m.level === 'possible') {
          possible.push({ claimId: m.claimId, status: m.status, statement: m.statement, sentence: block.text.slice(m.start, m.end), why: m.why });
          continue;
        }
        const range = rangeFor(block, m.start, m.end, this.doc);
        if (range) painted.push({ claimId: m.claimId, status: m.status, range, statement: m.statement, why: m.why, ...(m.appearanceOf ? { appearanceOf: m.appearanceOf } : {}) });
      }
    }
    return { painted, possible };
  }
}

/** The page's first blocks, up to TOP_CHARS of text (at least one block). */
function topBlocks(blocks: TextBlock[]): TextBlock[] {
  let chars = 0;
  let n = 0;
  while (n < blocks.length && (n === 0 || chars < TOP_CHARS)) chars += blocks[n++]!.text.length;
  return blocks.slice(0, n);
}

/** The nearest `lang` attribute of a block, below the page root (whose `lang` is the page's own). */
export function nearestLang(block: TextBlock): string | undefined {
  const el = block.nodes[0]?.node.parentElement?.closest('[lang]');
  const lang = el && el !== el.ownerDocument.documentElement ? el.getAttribute('lang')?.trim() : undefined;
  return lang && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined;
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
