/**
 * The one reader of a page's visible text. It walks the DOM with plain Node
 * properties (firstChild, nextSibling, nodeType, localName) so that it runs the
 * same in browsers, happy-dom and linkedom, and yields one block per block-level
 * element with whitespace collapsed as a reader sees it, plus the map back to the
 * exact characters of the text nodes.
 */

/** Characters of `node.data` that produced `text.slice(start, end)` of a block. */
export interface TextSpan {
  node: Text;
  start: number;
  end: number;
  /** Index in `node.data` of the first character this span emitted. */
  offset: number;
}

export interface TextBlock {
  text: string;
  nodes: TextSpan[];
}

/**
 * Bounds end the walk early (for a cheap first look at a huge page). To spread a whole
 * page over idle callbacks instead, step `iterateTextBlocks` a few blocks at a time.
 */
export interface ReadOptions {
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
  /** Stop once `performance.now()` passes this time (ms). */
  deadline?: number;
  /**
   * Extra test for hidden elements, e.g. `(el) => !el.checkVisibility()` in a browser,
   * where stylesheets hide what attributes do not show. Skips the whole subtree.
   */
  isHidden?: (element: Element) => boolean;
}

/** Subtrees a reader never sees, or that are form controls and fallback content. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'button', 'head', 'svg', 'canvas', 'iframe', 'object', 'video', 'audio', 'datalist',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// JS `\s`: the corpus text model and copy-pasted quotes treat NBSP and thin spaces as spaces.
const WS_RUN = /\s+/g;
const NOT_WS = /\S/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isSkipped(el: Element): boolean {
  const name = el.localName.toLowerCase();
  if (SKIPPED.has(name) || name.startsWith('recoupe-')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

class BlockBuilder {
  private text = '';
  private nodes: TextSpan[] = [];
  private spaced = true;

  /**
   * Whitespace collapsed by one native replace, not a character at a time: a page with one 3 MB text
   * node made three million one-character strings and as many appends, and stalled its reader for most
   * of a second (tests/unit/page-text-runs.test.ts checks that the text and spans are the same).
   */
  addText(node: Text): void {
    const data = node.data;
    const collapsed = data.replace(WS_RUN, ' ');
    // No space at the start of a block or after another space: then the node's first run is skipped.
    const skip = this.spaced && collapsed.startsWith(' ') ? 1 : 0;
    const piece = skip ? collapsed.slice(1) : collapsed;
    if (!piece) return;
    const start = this.text.length;
    this.text += piece;
    this.spaced = piece.endsWith(' ');
    this.nodes.push({ node, start, end: this.text.length, offset: skip ? data.search(NOT_WS) : 0 });
  }

  /** A line break (<br>) reads as a space between words. */
  addBreak(): void {
    if (!this.spaced) this.text += ' ';
    this.spaced = true;
  }

  finish(): TextBlock | null {
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      const last = this.nodes[this.nodes.length - 1];
      if (last && last.end > this.text.length) last.end = this.text.length;
      if (last && last.end <= last.start) this.nodes.pop();
    }
    const block = this.text ? { text: this.text, nodes: this.nodes } : null;
    this.text = '';
    this.nodes = [];
    this.spaced = true;
    return block;
  }
}

/**
 * Yields the visible text blocks under `root` in document order. A generator so that
 * the caller can spread a huge page over idle callbacks (it pauses between blocks, so
 * one giant block is read in one step); do not mutate the DOM between two steps.
 * Returns true if the whole subtree was read, false if a bound stopped it.
 */
export function* iterateTextBlocks(root: Node, options: ReadOptions = {}): Generator<TextBlock, boolean, undefined> {
  const builder = new BlockBuilder();
  const maxNodes = options.maxNodes ?? Infinity;
  let visited = 0;
  const isBlock = (n: Node) => n.nodeType === 1 && BLOCKS.has((n as Element).localName.toLowerCase());
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited > maxNodes || (options.deadline !== undefined && (visited & 63) === 0 && performance.now() > options.deadline)) {
      const partial = builder.finish();
      if (partial) yield partial;
      return false;
    }
    let entered = false;
    if (node.nodeType === 3) {
      builder.addText(node as Text);
    } else if (node.nodeType === 1 && !isSkipped(node as Element) && !options.isHidden?.(node as Element)) {
      if ((node as Element).localName.toLowerCase() === 'br') builder.addBreak();
      entered = true;
      if (isBlock(node)) {
        const block = builder.finish();
        if (block) yield block;
      }
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave the node, then every ancestor that has no next sibling.
    for (;;) {
      if (entered && isBlock(node)) {
        const block = builder.finish();
        if (block) yield block;
      }
      if (node === root || node.nextSibling || !node.parentNode || node.parentNode === root) break;
      node = node.parentNode;
      entered = true;
    }
    node = node === root ? null : node.nextSibling;
  }
  const last = builder.finish();
  if (last) yield last;
  return true;
}

/**
 * Reads all blocks at once. With bounds, `complete` is false when they cut the walk short
 * (the last block may then be partial).
 */
export function readTextBlocks(root: Node, options: ReadOptions = {}): { blocks: TextBlock[]; complete: boolean } {
  const blocks: TextBlock[] = [];
  const walk = iterateTextBlocks(root, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return { blocks, complete: step.value };
    blocks.push(step.value);
  }
}

/** Index in `span.node.data` of the k-th character the span emitted (runs of spaces count once). */
function nodeIndex(span: TextSpan, k: number): number {
  const data = span.node.data;
  // Nothing collapsed in this span (always so for raw textContent spans): offsets are 1:1.
  if (span.end - span.start === data.length - span.offset) return span.offset + k;
  // By runs, as addText emitted them: a run of other characters one each, a run of spaces one.
  let i = span.offset;
  while (k > 0 && i < data.length) {
    WS_RUN.lastIndex = i;
    const run = WS_RUN.exec(data);
    const runStart = run ? run.index : data.length;
    const take = Math.min(k, runStart - i);
    i += take;
    k -= take;
    if (k === 0 || !run) break;
    i = runStart + run[0].length;
    k--;
  }
  return i;
}

/** The DOM point for a block offset; `end` points just after the previous character. */
export function domPoint(block: TextBlock, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const spans = block.nodes;
  if (spans.length === 0) return null;
  // First span ending after the offset (for a start) or at/after it (for an end).
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (side === 'start' ? spans[mid].end <= offset : spans[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === spans.length) {
    const last = spans[spans.length - 1];
    return { node: last.node, offset: nodeIndex(last, last.end - last.start) };
  }
  const span = spans[lo];
  if (offset <= span.start) {
    if (side === 'end' && lo > 0) {
      const prev = spans[lo - 1];
      return { node: prev.node, offset: nodeIndex(prev, prev.end - prev.start) };
    }
    return { node: span.node, offset: span.offset };
  }
  if (side === 'end') return { node: span.node, offset: nodeIndex(span, offset - span.start - 1) + 1 };
  return { node: span.node, offset: nodeIndex(span, offset - span.start) };
}

/** A Range on the exact characters of `block.text.slice(start, end)`. */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  const a = domPoint(block, start, 'start');
  const b = domPoint(block, Math.max(start, end), 'end');
  if (a && b) {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  }
  return range;
}

/** The page text used for anchoring: blocks joined by '\n', with where each block starts. */
export interface PageText {
  text: string;
  blocks: TextBlock[];
  starts: number[];
}

export function pageTextFromBlocks(blocks: TextBlock[]): PageText {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), blocks, starts };
}

/** Which block holds a page-text offset (a '\n' between blocks belongs to the block before it). */
export function blockAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Range over `page.text.slice(start, end)`, which may span blocks; null on an empty page. */
export function pageRangeFor(page: PageText, start: number, end: number, doc: Document): Range | null {
  if (page.blocks.length === 0) return null;
  const first = blockAt(page, start);
  // An end at the very start of a block belongs to the previous one.
  let last = blockAt(page, Math.max(start, end));
  if (last > first && page.starts[last] === end) last--;
  const a = domPoint(page.blocks[first], Math.min(start - page.starts[first], page.blocks[first].text.length), 'start');
  const b = domPoint(page.blocks[last], Math.min(Math.max(start, end) - page.starts[last], page.blocks[last].text.length), 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
