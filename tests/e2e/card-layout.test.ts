import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickHighlight, startHarness, waitForHighlights, type Harness, type Page } from './support';

/** Where the card is and how it reads, on pages that are not laid out like the demo's. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The CNN demo page (its 12,000 claim has other outlets' versions), with `prepare` run on it before the highlights are awaited. */
async function openArticle(prepare?: () => void): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.server.pages.find((p) => p.outletId === 'cnn')!.url);
  if (prepare) await page.evaluate(prepare);
  await waitForHighlights(page);
  return page;
}

async function openCard(page: Page): Promise<void> {
  await clickHighlight(page, '12 000');
  await page.locator('recoupe-card [role="dialog"]').waitFor();
}

describe('the card on a right-to-left page', () => {
  it('reads in the interface’s direction, each quote in its own language’s', async () => {
    const page = await openArticle(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
    });
    await openCard(page);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('recoupe-card')!.shadowRoot!;
      const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const x = (sel: string) => root.querySelector(sel)!.getBoundingClientRect().left;
      return {
        direction: getComputedStyle(card).direction,
        brandLeftOfClose: x('.brand') < x('.close'),
        quotes: [...root.querySelectorAll<HTMLElement>('.quote')].map((q) => ({ lang: q.lang, direction: getComputedStyle(q).direction })),
      };
    });
    // English or French interface: left to right, the brand first and the close button at the end.
    expect(layout.direction).toBe('ltr');
    expect(layout.brandLeftOfClose).toBe(true);
    expect(layout.quotes.length).toBeGreaterThan(0);
    for (const q of layout.quotes) expect(q, 'a French or English quote reads left to right').toEqual({ lang: q.lang, direction: 'ltr' });
    await page.close();
  });
});

/** The open card's box in the viewport, and whether its content is longer than the box (it then scrolls inside). */
const cardBox = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('recoupe-card')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
    const r = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, vw: window.innerWidth, vh: window.innerHeight, clipped: card.scrollHeight > card.clientHeight + 1, overflow: style.overflowY };
  });

async function expectCardInViewport(page: Page): Promise<void> {
  const box = await cardBox(page);
  const where = JSON.stringify(box);
  expect(box.top, where).toBeGreaterThanOrEqual(0);
  expect(box.left, where).toBeGreaterThanOrEqual(0);
  expect(box.bottom, where).toBeLessThanOrEqual(box.vh);
  expect(box.right, where).toBeLessThanOrEqual(box.vw);
  // What does not fit is reached by scrolling inside the card.
  if (box.clipped) expect(box.overflow, where).toMatch(/auto|scroll/);
}

describe('the card stays inside the viewport', () => {
  it('at 200% zoom of a 1366×768 window (683×330 CSS pixels)', async () => {
    const page = await h.context.newPage();
    await page.raw.setViewport({ width: 683, height: 330, deviceScaleFactor: 2 });
    await page.goto(h.server.pages.find((p) => p.outletId === 'cnn')!.url);
    await waitForHighlights(page);
    await openCard(page);
    await expectCardInViewport(page);
    await page.close();
  });

  for (const [what, zoomed] of [
    ['body', () => void (document.body.style.zoom = '1.5')],
    ['html', () => void (document.documentElement.style.zoom = '1.5')],
  ] as const) {
    it(`with ${what} { zoom: 1.5 }`, async () => {
      const page = await openArticle(zoomed);
      await openCard(page);
      await expectCardInViewport(page);
      await page.close();
    });
  }
});

describe('the card on a page whose body is transformed', () => {
  it('opens beside its sentence, without scrolling the page', async () => {
    // A transform makes the body the containing block of fixed-position descendants. The padding puts
    // the sentence far down the page, where a card placed from the body's top would be out of sight.
    const page = await openArticle(() => {
      document.body.style.transform = 'translateZ(0)';
      document.body.style.paddingTop = '1500px';
    });
    await clickHighlight(page, '12 000');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.locator('recoupe-card [role="dialog"]').waitFor();
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const range = [...CSS.highlights].flatMap(([n, hl]) => (n === 'recoupe-focus' ? [] : [...hl])).find((r) => String(r).includes('12 000')) as Range;
      const sentence = range.getBoundingClientRect();
      const card = document.querySelector('recoupe-card')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { scrollY: window.scrollY, sentence: { top: sentence.top, bottom: sentence.bottom }, card: { top: card.top, bottom: card.bottom }, vh: window.innerHeight };
    });
    const where = JSON.stringify(seen);
    // clickHighlight scrolled the sentence to the middle of the viewport; the page stays there.
    expect(scrolled).toBeGreaterThan(1000);
    expect(seen.scrollY, where).toBe(scrolled);
    expect(seen.sentence.top, where).toBeGreaterThan(0);
    expect(seen.sentence.bottom, where).toBeLessThan(seen.vh);
    // The card is just below or just above the sentence, inside the viewport.
    const gap = seen.card.top >= seen.sentence.bottom ? seen.card.top - seen.sentence.bottom : seen.sentence.top - seen.card.bottom;
    expect(gap, where).toBeGreaterThanOrEqual(0);
    expect(gap, where).toBeLessThanOrEqual(16);
    expect(seen.card.top, where).toBeGreaterThanOrEqual(0);
    expect(seen.card.bottom, where).toBeLessThanOrEqual(seen.vh);
    await page.close();
  });
});
