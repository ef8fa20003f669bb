// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BlockMatch, TextBlock } from '@/utils/protocol/messages';

/**
 * The background as the content script sees it: a scan finds the claim's sentence wherever it is,
 * and answers a scan of more than the page's top only when the test releases it (a cold worker
 * matching a long page).
 */
const CLAIM_SENTENCE = 'The bridge over the river was closed for repairs in 2019 by the city.';
const asked: TextBlock[][] = [];
let releaseFull: () => void = () => undefined;
vi.mock('@/utils/protocol/send-message', () => ({
  askBackground: async (type: string, req: { blocks?: TextBlock[] }) => {
    if (type === 'pageAnnotations') return { annotations: [] };
    if (type !== 'scan') throw new Error(`unexpected ${type}`);
    const blocks = req.blocks ?? [];
    asked.push(blocks);
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    if (chars > 2000) await new Promise<void>((resolve) => (releaseFull = resolve));
    const matches: BlockMatch[] = blocks.flatMap((b) => {
      const start = b.text.indexOf(CLAIM_SENTENCE);
      const why = { names: [], figures: [], words: [], contradicts: [] };
      return start < 0 ? [] : [{ blockId: b.id, start, end: start + CLAIM_SENTENCE.length, claimId: 'bridge', status: 'false' as const, statement: 'Bridge', level: 'highlight' as const, why }];
    });
    return { matches, outletId: null, foreign: [] };
  },
}));

// happy-dom has no CSS Custom Highlight API: a registry that keeps what is painted.
const registry = new Map<string, { ranges: Range[] }>();
beforeEach(() => {
  asked.length = 0;
  registry.clear();
  (globalThis as Record<string, unknown>).Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    has(r: Range) {
      return this.ranges.includes(r);
    }
  };
  (globalThis as { CSS?: unknown }).CSS = { highlights: registry };
});
afterEach(() => {
  releaseFull();
  document.body.replaceChildren();
});

const painted = () => [...registry.values()].flatMap((h) => h.ranges.map(String));
const filler = (i: number) => `Paragraph ${i} of the report describes the weather, the traffic and the plans of the council for the coming weeks in some detail, so that it is long enough to count. `.repeat(2);

describe('the first scan of a long page', () => {
  it('paints a claim at the top of the page before the rest of the page is matched', async () => {
    document.body.innerHTML = [`<p>${CLAIM_SENTENCE} Residents were told in advance.</p>`, ...Array.from({ length: 12 }, (_, i) => `<p>${filler(i)}</p>`)].join('');
    const { PageSession } = await import('@/entrypoints/content/page-session');
    const session = new PageSession(new ContentScriptContext('content'));
    session.setEnabled(true);
    await vi.waitFor(() => expect(painted()).toEqual([CLAIM_SENTENCE]), { timeout: 3000 });
    // The whole page is still being matched: the top was painted on its own answer.
    expect(session.scans).toBe(0);
    releaseFull();
    await vi.waitFor(() => expect(session.scans).toBe(1), { timeout: 3000 });
    expect(painted()).toEqual([CLAIM_SENTENCE]);
    // The full scan asked about every block, the top's again.
    expect(asked.at(-1)!.length).toBe(13);
  });

  it('asks once for a short page', async () => {
    document.body.innerHTML = `<p>${CLAIM_SENTENCE} Residents were told in advance.</p><p>${filler(1)}</p>`;
    const { PageSession } = await import('@/entrypoints/content/page-session');
    const session = new PageSession(new ContentScriptContext('content'));
    session.setEnabled(true);
    await vi.waitFor(() => expect(session.scans).toBe(1), { timeout: 3000 });
    expect(painted()).toEqual([CLAIM_SENTENCE]);
    expect(asked.length).toBe(1);
  });
});
