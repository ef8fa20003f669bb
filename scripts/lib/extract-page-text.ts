/**
 * Page text as the content script reads it, for evaluations and benchmarks
 * under Node: the extension's own reader (utils/page/page-text.ts) run on a
 * linkedom document, blocks joined by '\n' as the content script joins them.
 */
import { parseHTML } from 'linkedom';
import { pageTextFromBlocks, readTextBlocks } from '@/utils/page/page-text';

export function extractPageText(html: string): string {
  const { document } = parseHTML(html);
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (!root) return '';
  return pageTextFromBlocks(readTextBlocks(root).blocks).text;
}
