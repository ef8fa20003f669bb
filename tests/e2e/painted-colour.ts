import type { Page } from './support';

/**
 * The largest share of screen pixels, inside the first line box of one of the first ranges of
 * highlight `name`, that show exactly `hex`: what the reader sees, not what the registry holds.
 * Several ranges are tried because a highlight registered later paints over an overlapping one.
 */
export async function paintedShare(page: Page, name: string, hex: string, tries = 5): Promise<number> {
  let best = 0;
  for (let i = 0; i < tries; i++) best = Math.max(best, await rangeShare(page, name, i, hex));
  return best;
}

/** The same for the range at `index`; the screenshot is decoded by the page's own image decoder. */
async function rangeShare(page: Page, name: string, index: number, hex: string): Promise<number> {
  const rect = await page.evaluate(
    ({ n, i }) => {
      const range = [...(CSS.highlights.get(n) ?? [])][i] as Range | undefined;
      const el = range?.startContainer.parentElement;
      if (!range || !el) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      // Puppeteer's screenshot clip is in document coordinates.
      return r ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : undefined;
    },
    { n: name, i: index },
  );
  if (!rect || rect.width < 4 || rect.height < 4) return 0;
  const png = (await page.raw.screenshot({ clip: rect, encoding: 'base64' })) as string;
  return page.evaluate(
    async ({ b64, want }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const [r, gr, b] = [1, 3, 5].map((i) => parseInt(want.slice(i, i + 2), 16));
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === gr && data[i + 2] === b) hits++;
      return hits / (data.length / 4);
    },
    { b64: png, want: hex },
  );
}
