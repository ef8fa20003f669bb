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
  const rect = await lineClip(page, name, index, { minWidth: 0, minHeight: 0, top: 0, height: 1 });
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

export interface PaintedContrast {
  /** The colour most pixels show: the highlight's background. */
  background: string;
  /** The pixel that stands out most from it: the text's colour, where the glyphs are solid. */
  text: string;
  /** WCAG 2 contrast ratio between the two. */
  ratio: number;
}

/**
 * The contrast a reader sees in the first line box of range `index` of highlight `name`: the screenshot
 * of the band of that line where the glyphs are (above the underline), its commonest colour taken as
 * the background and its farthest pixel, by WCAG's contrast ratio, as the text.
 */
export async function paintedContrast(page: Page, name: string, index = 0): Promise<PaintedContrast | undefined> {
  // From a tenth to seven tenths of the box: capitals and x-height, not the underline below them.
  const rect = await lineClip(page, name, index, { minWidth: 40, minHeight: 8, top: 0.1, height: 0.6 });
  if (!rect) return undefined;
  const png = (await page.raw.screenshot({ clip: rect, encoding: 'base64' })) as string;
  return page.evaluate(async (b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const channel = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const luminance = (k: number) => 0.2126 * channel(k >> 16) + 0.7152 * channel((k >> 8) & 255) + 0.0722 * channel(k & 255);
    const ratio = (a: number, b: number) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const background = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    let text = background;
    for (const k of counts.keys()) if (ratio(k, background) > ratio(text, background)) text = k;
    const hex = (k: number) => `#${k.toString(16).padStart(6, '0')}`;
    return { background: hex(background), text: hex(text), ratio: ratio(text, background) };
  }, png);
}

/**
 * The first line box of range `index` of highlight `name` at least minWidth by minHeight pixels, its
 * band from `top` for `height` (fractions of the box), scrolled into view, in page coordinates (the
 * screenshot's clip is in page coordinates: puppeteer captures beyond the viewport).
 */
async function lineClip(page: Page, name: string, index: number, band: { minWidth: number; minHeight: number; top: number; height: number }) {
  return page.evaluate(
    ({ n, i, o }) => {
      const range = [...(CSS.highlights.get(n) ?? [])][i] as Range | undefined;
      const el = range?.startContainer.parentElement;
      if (!range || !el) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = [...range.getClientRects()].find((c) => c.width >= o.minWidth && c.height >= o.minHeight);
      return r ? { x: r.x + window.scrollX, y: r.y + window.scrollY + r.height * o.top, width: r.width, height: r.height * o.height } : undefined;
    },
    { n: name, i: index, o: band },
  );
}
