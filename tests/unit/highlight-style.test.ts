import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXT, highlightCss } from '../../utils/core/highlight-style';
import { STATUSES, STATUS_STYLES } from '../../utils/core/statuses';

const channel = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('highlight colours', () => {
  it('paint their own text colour, readable on every status background, instead of the page’s', () => {
    const css = highlightCss();
    expect(css).not.toContain('color:inherit');
    for (const s of STATUSES) {
      expect(css).toContain(`::highlight(recoupe-${s}){background-color:${STATUS_STYLES[s].background};color:${HIGHLIGHT_TEXT};`);
      expect(contrast(HIGHLIGHT_TEXT, STATUS_STYLES[s].background), s).toBeGreaterThanOrEqual(4.5);
    }
  });
});
