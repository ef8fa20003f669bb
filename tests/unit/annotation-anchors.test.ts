// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '@/utils/page/anchor-dom';
import { pageTextFromBlocks, readTextBlocks } from '@/utils/page/page-text';
import type { PageAnnotation } from '@/utils/protocol/messages';

const sent: { type: string; request: unknown }[] = [];
let stored: PageAnnotation[] = [];
vi.mock('@/utils/protocol/send-message', () => ({
  askBackground: async (type: string, request: unknown) => {
    sent.push({ type, request });
    return type === 'pageAnnotations' ? { annotations: stored } : {};
  },
}));
const { AnnotationAnchors } = await import('@/entrypoints/content/annotation-anchors');

const TOP = 'Officials said the harbour would reopen to traffic on Monday morning.';
const FAR = 'Far below, the ledger shows that the quarry closed in the spring of that year.';

/** An annotation of `text`, as the annotation form describes a selection of it on the whole page. */
function annotationOf(text: string): PageAnnotation {
  const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text)!;
  const range = document.createRange();
  range.selectNodeContents(p);
  const selectors = describeRange(pageTextFromBlocks(readTextBlocks(document.body).blocks), range, document.body);
  return { id: `a-${text.length}`, claimId: 'c1', status: 'unverified', statement: text, selectors, anchorState: 'anchored' };
}

const reported = () => sent.filter((s) => s.type === 'reportAnchoring').map((s) => s.request);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('annotations on a page read only in part (scanner.ts, MAX_PAGE_NODES)', () => {
  beforeEach(() => {
    sent.length = 0;
    // The top paragraph, 200 filler paragraphs, then the far one.
    document.body.innerHTML = `<p>${TOP}</p>${'<p>filler words</p>'.repeat(200)}<p>${FAR}</p>`;
    stored = [annotationOf(TOP), annotationOf(FAR)];
  });

  it('paints the one in the part read, and does not report the one past it as detached', async () => {
    const { blocks, complete } = readTextBlocks(document.body, { maxNodes: 50 });
    expect(complete).toBe(false);
    const painted = await new AnnotationAnchors().anchor(blocks, new AbortController().signal, complete);
    await settle();
    expect(painted.map((p) => p.range.toString())).toEqual([TOP]);
    expect(reported()).toEqual([]);
  });

  it('reports as detached one that a page read in full no longer has', async () => {
    document.querySelectorAll('p')[201]!.remove();
    const { blocks, complete } = readTextBlocks(document.body);
    expect(complete).toBe(true);
    const painted = await new AnnotationAnchors().anchor(blocks, new AbortController().signal, complete);
    await settle();
    expect(painted.map((p) => p.range.toString())).toEqual([TOP]);
    expect(reported()).toEqual([{ results: [{ id: stored[1]!.id, anchored: false }] }]);
  });
});
