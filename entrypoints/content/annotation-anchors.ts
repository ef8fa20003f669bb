import { anchorRange } from '@/utils/page/anchor-dom';
import { pageTextFromBlocks, type TextBlock } from '@/utils/page/page-text';
import { askBackground } from '@/utils/protocol/send-message';
import type { PageAnnotation } from '@/utils/protocol/messages';
import type { PaintedMatch } from './highlights';

/** URLs the page's annotations may be stored under: the page's own and the canonical one it declares. */
export function pageUrls(): string[] {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return [...new Set([location.href, ...(canonical && /^https?:/.test(canonical) ? [canonical] : [])])].map((u) => u.slice(0, 4096));
}

/**
 * Finds the user's annotations again on every scan (position, then quote with context, then a fuzzy
 * quote), paints the ones that anchor, and tells the background which are detached.
 */
export class AnnotationAnchors {
  detached: PageAnnotation[] = [];

  async anchor(blocks: TextBlock[], signal: AbortSignal): Promise<PaintedMatch[]> {
    const { annotations } = await askBackground('pageAnnotations', { urls: pageUrls() });
    if (!annotations.length || signal.aborted) {
      this.detached = [];
      return [];
    }
    const page = pageTextFromBlocks(blocks);
    const painted: PaintedMatch[] = [];
    const detached: PageAnnotation[] = [];
    const results: { id: string; anchored: boolean }[] = [];
    for (const a of annotations) {
      const found = anchorRange(page, a.selectors, document);
      if (found) painted.push({ claimId: a.claimId, status: a.status, statement: a.statement, range: found.range, annotationId: a.id });
      else detached.push(a);
      const anchored = found !== null;
      if (anchored !== (a.anchorState !== 'detached')) results.push({ id: a.id, anchored });
    }
    this.detached = detached;
    if (results.length) void askBackground('reportAnchoring', { results }).catch(() => undefined);
    return painted;
  }
}
