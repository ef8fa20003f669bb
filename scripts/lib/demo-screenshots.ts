/**
 * Screenshots of the demo pages with Recoupe at work: once the highlights are painted,
 * and once the claim card is open on the first highlighted claim.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { DemoPage } from './demo-server';

export const HIGHLIGHT_TIMEOUT_MS = 15_000;
export const CARD_TIMEOUT_MS = 10_000;

/** Waits until the content script has filled a 'recoupe-*' entry of the page's CSS highlight registry. */
export async function waitForRecoupeHighlights(page: Page, timeout = HIGHLIGHT_TIMEOUT_MS): Promise<void> {
  try {
    await page.waitForFunction(() => [...CSS.highlights].some(([name, h]) => name.startsWith('recoupe-') && h.size > 0), { timeout, polling: 100 });
  } catch {
    throw new Error(
      `No Recoupe highlight appeared on ${page.url()} within ${timeout / 1000} s. ` +
        'Is the extension built for this browser (npx wxt build, or npx wxt build -b firefox) and does its starter data load?',
    );
  }
}

/**
 * Centre of the first client rect of the first range of a 'recoupe-*' highlight, scrolled into view.
 * 'recoupe-focus' (the highlight of the claim being shown) is used only if nothing else is painted.
 */
async function firstHighlightPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const entries = [...CSS.highlights].filter(([name, h]) => name.startsWith('recoupe-') && h.size > 0);
    entries.sort(([a], [b]) => Number(a === 'recoupe-focus') - Number(b === 'recoupe-focus'));
    const found = entries[0]?.[1].values().next().value as AbstractRange | undefined;
    if (!found) return null;
    // A highlight may hold StaticRanges, which have no client rects: rebuild a live Range.
    let range: Range;
    if (found instanceof Range) range = found;
    else {
      range = document.createRange();
      range.setStart(found.startContainer, found.startOffset);
      range.setEnd(found.endContainer, found.endOffset);
    }
    // No named helper functions in here: tsx (esbuild keepNames) would wrap them in a __name()
    // call that does not exist in the page.
    const first = range.getClientRects()[0];
    if (!first) return null;
    if (first.top < 0 || first.bottom > innerHeight) window.scrollBy(0, first.top - innerHeight / 3);
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (!point) throw new Error(`The first Recoupe highlight on ${page.url()} has no visible box to click.`);
  return point;
}

/** Clicks the first highlight and waits for the card's dialog inside <recoupe-card>'s shadow root. */
export async function openFirstCard(page: Page, timeout = CARD_TIMEOUT_MS): Promise<void> {
  const { x, y } = await firstHighlightPoint(page);
  await page.mouse.click(x, y);
  try {
    // puppeteer's >>> combinator pierces the card's open shadow root.
    await page.waitForSelector('recoupe-card >>> [role="dialog"]', { visible: true, timeout });
  } catch {
    throw new Error(
      `Clicking the first highlight on ${page.url()} at (${Math.round(x)}, ${Math.round(y)}) ` +
        `opened no card (<recoupe-card> with a [role="dialog"]) within ${timeout / 1000} s.`,
    );
  }
}

/** Saves <slug>-highlights.png and <slug>-card.png for each page; returns the files written. */
export async function screenshotDemoPages(browser: Browser, pages: DemoPage[], outDir: string): Promise<string[]> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const demo of pages) {
    const page = await browser.newPage();
    try {
      await page.goto(demo.url, { waitUntil: 'load' });
      await waitForRecoupeHighlights(page);
      const highlights = join(dir, `${demo.slug}-highlights.png`);
      await page.screenshot({ path: highlights as `${string}.png`, fullPage: true });
      await openFirstCard(page);
      // Let the card's opening transition finish before the picture.
      await new Promise((r) => setTimeout(r, 300));
      const card = join(dir, `${demo.slug}-card.png`);
      await page.screenshot({ path: card as `${string}.png` });
      written.push(highlights, card);
    } finally {
      await page.close();
    }
  }
  return written;
}
