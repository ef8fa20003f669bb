/**
 * Page text as the content script sees it, for benchmarks under Node: the
 * visible text of block elements, one block per line, without scripts,
 * styles, templates and form fields. Uses linkedom (already installed with
 * wxt) instead of a browser DOM.
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: NodeLike | null;
  nextSibling: NodeLike | null;
  getAttribute?(name: string): string | null;
}

function hidden(el: NodeLike): boolean {
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function extractPageText(html: string): string {
  const { document } = parseHTML(html);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || hidden(node)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    // Sibling links, not childNodes: linkedom rebuilds childNodes on every access.
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  const root = (document.body ?? document.documentElement) as unknown as NodeLike | null;
  if (root) walk(root);
  flush();
  return blocks.join('\n');
}
