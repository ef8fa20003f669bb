import { anchorRange } from '@/utils/page/anchor-dom';
import { pageTextFromBlocks, type TextBlock } from '@/utils/page/page-text';
import { askBackground } from '@/utils/protocol/send-message';
import { annotationUrlsOf, readPageIdentity } from '@/utils/page/page-identity';
import type { PageAnnotation } from '@/utils/protocol/messages';
import type { PaintedMatch } from './highlights';

/**
 * Finds the user's annotations again on every scan (position, then quote with context, then a fuzzy
 * quote), paints the ones that anchor, and tells the background which are detached.
 */
export class AnnotationAnchors {
  detached: PageAnnotation[] = [];

  /** `complete`: whether `blocks` are the whole page (see Scanner.lastComplete). */
  async anchor(blocks: TextBlock[], signal: AbortSignal, complete: boolean): Promise<PaintedMatch[]> {
    const { annotations } = await askBackground('pageAnnotations', { urls: annotationUrlsOf(readPageIdentity(document, location.href)) });
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
      // On a page read only in part (scanner.ts, MAX_PAGE_NODES), one not found may be past the part read:
      // it is not reported as detached.
      if (anchored !== (a.anchorState !== 'detached') && (anchored || complete)) results.push({ id: a.id, anchored });
    }
    this.detached = detached;
    if (results.length) void askBackground('reportAnchoring', { results }).catch(() => undefined);
    return painted;
  }
}
