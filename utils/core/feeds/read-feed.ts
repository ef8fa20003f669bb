import { parseImportWith } from '@/utils/core/import/parse-import-json';
import type { ParsedImport } from '@/utils/core/import/import-types';

export type ReadFeedResult = { ok: true; value: ParsedImport } | { ok: false; code: 'truncated' | 'not-a-feed' | 'too-large'; detail: string };

/**
 * A feed's body through the import parsers: a schema.org DataFeed of ClaimReview, a ClaimReview
 * list or graph, or a Recoupe JSON file. Anything else (HTML, CSV, W3C annotations) is not a feed.
 */
export function readFeed(bytes: Uint8Array, now: string): ReadFeedResult {
  // JSON only: a feed is never CSV, and the CSV parser stays out of the background.
  const parsed = parseImportWith(bytes, { now }, undefined);
  if (!parsed.ok) {
    const { code, message, position } = parsed.error;
    const detail = position ? `${message} (${position})` : message;
    if (code === 'truncated' || code === 'too-large') return { ok: false, code, detail };
    return { ok: false, code: 'not-a-feed', detail };
  }
  const { format } = parsed.value;
  if (format !== 'claimreview' && format !== 'recoupe-json') {
    return { ok: false, code: 'not-a-feed', detail: `This is a ${format === 'csv' ? 'CSV' : 'W3C Web Annotation'} file, not a ClaimReview feed or a Recoupe JSON file.` };
  }
  return { ok: true, value: parsed.value };
}
