/**
 * The thin DOM side of anchoring: DOM points to page-text offsets and back. The
 * matching itself (anchor.ts, describe.ts) never touches the DOM.
 */
import { anchor, type AnchorMatch, type AnchorSelectors } from '@/utils/core/anchoring/anchor';
import { describe, type DescribedSelectors } from '@/utils/core/anchoring/describe';
import { pageRangeFor, pageTextFromBlocks, type PageText, type TextBlock, type TextSpan } from '@/utils/page/page-text';

/** Every text node under `root` as one block, exactly like `root.textContent` (head and scripts included). */
export function textContentBlock(root: Node): TextBlock {
  const nodes: TextSpan[] = [];
  let text = '';
  for (let n = nextInOrder(root, root, true); n; n = nextInOrder(n, root, true)) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (data) nodes.push({ node: n as Text, start: text.length, end: text.length + data.length, offset: 0 });
    text += data;
  }
  return { text, nodes };
}

/** Page text over the whole of `root.textContent`: the text model of the Apache Annotator tests. */
export function textContentPage(root: Node): PageText {
  return pageTextFromBlocks([textContentBlock(root)]);
}

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

/** Selectors for what a Range covers, e.g. the user's selection. */
export function describeRange(page: PageText, range: Range, root: Node): DescribedSelectors {
  const start = pageOffsetOf(page, range.startContainer, range.startOffset, root);
  const end = pageOffsetOf(page, range.endContainer, range.endOffset, root);
  return describe(page.text, start, Math.max(start, end));
}

/** Anchors stored selectors in the page and builds the Range to highlight. */
export function anchorRange(page: PageText, selectors: AnchorSelectors, doc: Document): { range: Range; match: AnchorMatch } | null {
  const match = anchor(page.text, selectors);
  if (!match) return null;
  const range = pageRangeFor(page, match.start, match.end, doc);
  return range ? { range, match } : null;
}

/** W3C CssSelector: the elements it selects within `scope`, in document order. */
export function cssSelectorMatches(selector: { type: 'CssSelector'; value: string }, scope: ParentNode): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector.value));
  } catch {
    // An invalid selector from stored or imported data selects nothing.
    return [];
  }
}
