/**
 * The thin DOM side of anchoring: DOM points to page-text offsets and back. The
 * matching itself (anchor.ts, describe.ts) never touches the DOM.
 */
import { anchor, type AnchorMatch, type AnchorSelectors } from '@/utils/core/anchoring/anchor';
import { describe, type DescribedSelectors } from '@/utils/core/anchoring/describe';
import { pageRangeFor, type PageText, type TextSpan } from '@/utils/page/page-text';

/** The node after `node` in document order, within `root`; `descend` false skips its subtree. */
function nextInOrder(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

interface SpanRef {
  block: number;
  span: TextSpan;
}

const indexes = new WeakMap<PageText, Map<Node, SpanRef>>();

/** The span a text node produced (each text node yields at most one span). */
function spanOf(page: PageText, node: Node): SpanRef | undefined {
  let index = indexes.get(page);
  if (!index) {
    const built = new Map<Node, SpanRef>();
    page.blocks.forEach((block, b) => block.nodes.forEach((span) => built.set(span.node, { block: b, span })));
    indexes.set(page, (index = built));
  }
  return index.get(node);
}

/** Characters a span emitted before `nodeOffset` of its node (runs of whitespace count once). */
function emittedBefore(span: TextSpan, nodeOffset: number): number {
  const data = span.node.data;
  const length = span.end - span.start;
  if (length === data.length - span.offset) return Math.max(0, Math.min(length, nodeOffset - span.offset));
  let count = 0;
  for (let i = span.offset; i < nodeOffset && count < length; count++) {
    if (/\s/.test(data[i])) while (i < data.length && /\s/.test(data[i])) i++;
    else i++;
  }
  return count;
}

/**
 * Page-text offset of a DOM boundary point (as in a Range). A point inside skipped
 * or collapsed text moves forward to the next character of the page text.
 */
export function pageOffsetOf(page: PageText, container: Node, offset: number, root: Node): number {
  let node: Node | null = container;
  if (container.nodeType === 3) {
    const ref = spanOf(page, container);
    if (ref) return page.starts[ref.block] + ref.span.start + emittedBefore(ref.span, offset);
    node = nextInOrder(container, root, false);
  } else {
    const child: Node | null = container.childNodes[offset] ?? null;
    node = child ?? nextInOrder(container, root, false);
  }
  for (; node; node = nextInOrder(node, root, true)) {
    const first = node.nodeType === 3 ? spanOf(page, node) : undefined;
    if (first) return page.starts[first.block] + first.span.start;
  }
  return page.text.length;
}

/**
 * Selectors for what a Range covers (the user's selection), without the whitespace at its ends:
 * selecting a whole paragraph also takes the line break after it, which is not part of the quote.
 */
export function describeRange(page: PageText, range: Range, root: Node): DescribedSelectors {
  let start = pageOffsetOf(page, range.startContainer, range.startOffset, root);
  let end = Math.max(start, pageOffsetOf(page, range.endContainer, range.endOffset, root));
  while (start < end && /\s/.test(page.text[start])) start++;
  while (end > start && /\s/.test(page.text[end - 1])) end--;
  return describe(page.text, start, end);
}

/** Anchors stored selectors in the page and builds the Range to highlight. */
export function anchorRange(page: PageText, selectors: AnchorSelectors, doc: Document): { range: Range; match: AnchorMatch } | null {
  const match = anchor(page.text, selectors);
  if (!match) return null;
  const range = pageRangeFor(page, match.start, match.end, doc);
  return range ? { range, match } : null;
}
