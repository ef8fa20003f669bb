import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_ARTICLES, PROBE_SCRIPT, articleParagraphs, startHostileServer, type HostileServer, type ProbeData } from '../../scripts/lib/hostile-pages';
import { clickHighlight, extensionMessage, pageState, readHighlights, startHarness, waitForHighlights, waitForScans, type Harness, type Page } from './support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let h: Harness;
let hostile: HostileServer;
beforeAll(async () => {
  h = await startHarness();
  hostile = await startHostileServer();
  await h.context.addInitScript({ content: PROBE_SCRIPT });
});
afterAll(async () => {
  await h?.close();
  await hostile?.close();
});

async function open(path: string): Promise<Page> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${hostile.url}${path}`);
  return page;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: ProbeData }).__probe);

/** The page's own timers keep running: a 10 ms heartbeat ticks at least 10 times in a second (about 100 expected). */
async function expectResponsive(page: Page): Promise<void> {
  const before = (await probe(page)).ticks;
  await page.waitForTimeout(1000);
  const after = (await probe(page)).ticks;
  expect(after - before, 'heartbeat ticks in one second').toBeGreaterThanOrEqual(10);
}

/** Highlighted ranges that are on screen: inside the document and, when given, inside `selector`. */
function liveHighlights(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('recoupe-') || name === 'recoupe-focus') continue;
      for (const r of hl) {
        const range = r as Range;
        const el = range.startContainer.parentElement;
        if (range.startContainer.isConnected && el?.closest(sel)) out.push(range.toString());
      }
    }
    return out;
  }, selector);
}

/** Reported, not asserted: long tasks depend on the machine. */
async function report(name: string, page: Page): Promise<void> {
  const p = await probe(page);
  const longest = p.longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(`[robustness] ${name}: ${p.longTasks.length} long tasks, longest ${longest} ms, longest heartbeat gap ${p.maxGap} ms, first highlight at ${p.firstHighlight ?? '-'} ms`);
}

describe('hostile and huge pages', () => {
  it('highlights the article on a page with 500,000 text nodes and the page keeps responding', async () => {
    const page = await open('/hostile/huge/');
    await page.waitForFunction(() => (window as unknown as { __hugeReady?: boolean }).__hugeReady === true);
    // The scan of the huge page runs while the heartbeat is measured.
    await expectResponsive(page);
    await waitForScans(h, page, 1, 90_000);
    expect((await liveHighlights(page, '#article-body')).length).toBeGreaterThan(0);
    // Filler paragraphs state no claim.
    expect(await liveHighlights(page, '#huge')).toEqual([]);
    await expectResponsive(page);
    await report('huge', page);
    await page.close();
  });

  it('on a page that mutates its DOM every 10 ms, highlights a claim paragraph that arrives later, and both keep running', async () => {
    const page = await open('/hostile/mutating/');
    await waitForHighlights(page);
    await page.waitForFunction(() => (window as unknown as { __lateAdded?: boolean }).__lateAdded === true, undefined, { timeout: 10_000 });
    const lateText = articleParagraphs(HOSTILE_ARTICLES.late).join(' ');
    expect(lateText.length).toBeGreaterThan(100);
    // The page never stops mutating: a rescan that waits for a quiet moment would never come.
    await expect.poll(async () => (await liveHighlights(page, '#late-claim')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const mutations = () => page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    const m0 = await mutations();
    await expectResponsive(page);
    // The page's own 10 ms interval is not starved either (about 100 expected).
    expect((await mutations()) - m0).toBeGreaterThanOrEqual(20);
    const scans0 = (await pageState(h, page)).scans;
    await page.waitForTimeout(3000);
    console.log(`[robustness] mutating: ${(await pageState(h, page)).scans - scans0} rescans in 3 s of continuous mutation`);
    await report('mutating', page);
    await page.close();
  });

  it('highlights the claims again after the page replaces document.body, and a click on one opens the card', async () => {
    const page = await open('/hostile/replace-body/');
    await page.waitForFunction(() => (window as unknown as { __replaced?: boolean }).__replaced === true, undefined, { timeout: 20_000 });
    // Ranges in the thrown-away body are invisible: the claims must be highlighted in the new one.
    await expect.poll(async () => (await liveHighlights(page, '#article-body')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const all = Object.values(await readHighlights(page)).flat().length;
        return all - (await liveHighlights(page)).length;
      })
      .toBe(0);
    const point = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('recoupe-') || name === 'recoupe-focus') continue;
        for (const r of hl) {
          (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = (r as Range).getClientRects()[0];
          if (rect) return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.locator('recoupe-card [role="dialog"]').waitFor({ timeout: 10_000 });
    await report('replace-body', page);
    await page.close();
  });

  it('works on a page with iframes and open and closed shadow roots', async () => {
    const page = await open('/hostile/frames/');
    await page.waitForFunction(() => (window as unknown as { __framesReady?: boolean }).__framesReady === true);
    await waitForHighlights(page);
    expect((await liveHighlights(page, '#article-body')).length).toBeGreaterThan(0);
    await expectResponsive(page);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await report('frames', page);
    await page.close();
  });

  it('puts the highlights back each time the page clears CSS.highlights', async () => {
    const page = await open('/hostile/clear-highlights/');
    await page.waitForFunction(() => (window as unknown as { __clears: number }).__clears >= 3, undefined, { timeout: 30_000 });
    await expect.poll(async () => (await liveHighlights(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expectResponsive(page);
    await report('clear-highlights', page);
    await page.close();
  });
});

describe('background restart (Chromium: the MV3 worker is stopped; Firefox: the add-on is reloaded)', () => {
  /** Marks the background's global, then restarts it (see restartBackground in tests/e2e/harness/background.ts). */
  async function stopServiceWorker(): Promise<void> {
    await h.inBackground((g) => {
      (g as unknown as { __beforeRestart: boolean }).__beforeRestart = true;
    });
    await h.restartBackground();
  }

  it('keeps highlighting, the site switch and annotations when the worker is stopped between two pages', async () => {
    const ext = await h.context.newPage();
    await ext.goto(h.extensionUrl('options.html'));
    const ask = (message: object) => extensionMessage(ext, message) as Promise<{ ok: boolean; value?: { claimId: string } }>;
    // An annotation on a page, and Recoupe switched off for another host name of the same server.
    const annotatedUrl = `${hostile.url}/hostile/frame-child/`;
    const quote = articleParagraphs(HOSTILE_ARTICLES.late)[0].slice(0, 90);
    const saved = await ask({
      type: 'saveAnnotation',
      draft: {
        page: { url: annotatedUrl, title: 'Article', siteName: '', publishedAt: '', lang: 'fr' },
        selectors: { quote: { type: 'TextQuoteSelector', exact: quote } },
        target: { kind: 'new', statement: 'Robustness test annotation, kept across a worker restart', lang: 'en' },
        note: '',
        tags: [],
      },
    });
    expect(saved.ok).toBe(true);
    expect((await ask({ type: 'setSiteState', host: 'localhost', enabled: false })).ok).toBe(true);
    await ext.close();

    const first = await open('/hostile/replace-body/');
    await waitForHighlights(first);
    await first.close();

    await stopServiceWorker();

    // The next page wakes the worker (a new one: nothing kept in memory) and is highlighted.
    const second = await h.context.newPage();
    await second.goto(`${h.server.url}/${h.server.pages[3].slug}/`);
    expect(Object.values(await waitForHighlights(second)).flat().length).toBeGreaterThan(0);
    expect(await h.inBackground((g) => (g as unknown as { __beforeRestart?: boolean }).__beforeRestart ?? false)).toBe(false);
    await second.close();

    // The annotation is found and painted again.
    const annotated = await h.context.newPage();
    await annotated.goto(annotatedUrl);
    const found = await waitForScans(h, annotated);
    expect(found.map((c) => c.statement)).toContain('Robustness test annotation, kept across a worker restart');
    expect(found.map((c) => c.claimId)).toContain(saved.value!.claimId);
    await annotated.close();

    // The site switch is remembered: nothing on localhost, though it is the same page.
    await stopServiceWorker();
    const off = await h.context.newPage();
    await off.goto(annotatedUrl.replace('127.0.0.1', 'localhost'));
    await expect.poll(async () => (await pageState(h, off).catch(() => undefined))?.enabled).toBe(false);
    await off.waitForTimeout(1500);
    expect(Object.values(await readHighlights(off)).flat()).toEqual([]);
    await off.close();
  });

  it('marks the same differences in the first card opened after a restart as before it', async () => {
    /** The differences the card of the CNN demo page's 12,000 claim lists (other outlets give other figures). */
    const differences = async () => {
      const page = await h.context.newPage();
      await page.goto(h.server.pages.find((p) => p.outletId === 'cnn')!.url);
      await waitForHighlights(page);
      await clickHighlight(page, '12 000');
      const card = page.locator('recoupe-card [role="dialog"]');
      await card.waitFor();
      const listed = await card.locator('.differences li[data-kind]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-kind')}: ${li.textContent}`));
      await page.close();
      return listed;
    };
    const before = await differences();
    expect(before.length).toBeGreaterThan(0);
    await stopServiceWorker();
    // The fresh background's first card is its first use of the facts reader, whose script it loads before answering.
    expect(await differences()).toEqual(before);
    expect(await h.inBackground((g) => (g as unknown as { __beforeRestart?: boolean }).__beforeRestart ?? false)).toBe(false);
  });
});
