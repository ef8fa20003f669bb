import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import { codePointOffset, snapToCodePoint } from '@/utils/core/anchoring/code-points';

/** Context kept on each side of a quote, in UTF-16 units (never splitting an emoji). */
export const CONTEXT_LENGTH = 32;

export interface DescribedSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Selectors for `text.slice(start, end)` (UTF-16 offsets into the page text). */
export function describe(text: string, start: number, end: number): DescribedSelectors {
  const from = snapToCodePoint(text, Math.max(0, Math.min(start, text.length)), -1);
  const to = snapToCodePoint(text, Math.max(from, Math.min(end, text.length)), 1);
  const prefixStart = snapToCodePoint(text, Math.max(0, from - CONTEXT_LENGTH), 1);
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, to + CONTEXT_LENGTH), -1);
  const cpStart = codePointOffset(text, from);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: cpStart, end: codePointOffset(text, to, from, cpStart) },
  };
}
