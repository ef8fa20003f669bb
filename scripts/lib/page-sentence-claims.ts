/**
 * K sentences of a page recorded as claims, as a desk would record them (see same-page-claims.ts):
 * for the --same-page evaluation and for the fit's same-page negatives (fit-data.ts).
 */
import type { IndexClaim } from '@/utils/core/matching/index';
import { textSpans } from '@/utils/core/matching/text-spans';

const MIN_CHARS = 60;
const MAX_CHARS = 300;
/** The page's own outlet: its wordings are left out of a scan of the page, as on that outlet's page. */
export const PAGE_OUTLET = 'the-page';

/** K sentences of the page, evenly spread over those of a claim's length, with their language. */
export function pageClaims(text: string, k: number): { claim: IndexClaim; start: number; end: number }[] {
  const spans = textSpans(text, undefined).filter((s) => {
    const sentence = text.slice(s.start, s.end).trim();
    return sentence.length >= MIN_CHARS && sentence.length <= MAX_CHARS && !sentence.includes('\n');
  });
  if (spans.length === 0) return [];
  const picked = [...new Set(Array.from({ length: Math.min(k, spans.length) }, (_, i) => Math.floor(((i + 0.5) * spans.length) / Math.min(k, spans.length))))];
  return picked.map((at, i) => {
    const span = spans[at]!;
    const quote = text.slice(span.start, span.end).trim();
    const lang = span.lang || 'und';
    const id = `sentence-${i + 1}`;
    return {
      start: span.start,
      end: span.end,
      claim: {
        id,
        statement: { [lang]: quote },
        versions: [
          { id: `${id}:page`, outletId: PAGE_OUTLET, lang, quote },
          { id: `${id}:other`, outletId: 'another-outlet', lang, quote },
        ],
      },
    };
  });
}
