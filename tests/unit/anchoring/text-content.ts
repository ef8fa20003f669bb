import { pageTextFromBlocks, type PageText, type TextBlock, type TextSpan } from '@/utils/page/page-text';

/**
 * Every text node under `root` as one block, exactly like `root.textContent` (head and scripts
 * included): the text model the Apache Annotator cases and the readability referee assume. The
 * extension reads visible text instead (readTextBlocks); this only feeds tests.
 */
export function textContentBlock(root: Node): TextBlock {
  const nodes: TextSpan[] = [];
  let text = '';
  // Depth first, in document order, without recursion: corpus pages nest deeply.
  const pending: Node[] = [...Array.from(root.childNodes)].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) nodes.push({ node: node as Text, start: text.length, end: text.length + data.length, offset: 0 });
      text += data;
    } else for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]);
  }
  return { text, nodes };
}

/** Page text over the whole of `root.textContent`. */
export function textContentPage(root: Node): PageText {
  return pageTextFromBlocks([textContentBlock(root)]);
}
