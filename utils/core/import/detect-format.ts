import type { ImportError, ImportFormat } from '@/utils/core/import/import-types';
import { isRecord } from '@/utils/core/import/read-fields';
import { isHypothesisNative } from '@/utils/core/import/hypothesis-native';
import { isFactCheckToolsResponse } from '@/utils/core/import/fact-check-tools';
import { asList, hasType } from '@/utils/core/import/web-annotation-parts';

/** Signatures of files people pick by mistake, so the error can say what the file is. */
const SIGNATURES: [string, string][] = [
  ['%PDF', 'a PDF document'],
  ['PK\u0003\u0004', 'a ZIP archive (or an .xlsx/.docx/.odt document)'],
  ['\u0089PNG', 'a PNG image'],
  ['GIF8', 'a GIF image'],
  ['\u00ff\u00d8\u00ff', 'a JPEG image'],
];

export function extensionOf(fileName: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : '';
}

/** Refuses content that is plainly not an export: binary data, known file types, HTML/XML. */
export function checkKind(text: string): ImportError | undefined {
  for (const [magic, what] of SIGNATURES) {
    if (text.startsWith(magic)) return { code: 'binary', message: `This is ${what}, not a Recoupe export.`, position: 'byte 0' };
  }
  // Text that was decoded leniently (File.text()) turns bytes that are not UTF-8 into U+FFFD.
  const head = text.slice(0, 4096);
  const replaced = head.split('\uFFFD').length - 1;
  if (replaced >= 4 && replaced >= head.length / 100) {
    return { code: 'binary', message: 'The file is not UTF-8 text: it is binary, or saved in another encoding. Export it again as UTF-8.', position: `character ${head.indexOf('\uFFFD')}` };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { code: 'binary', message: 'This is a binary file, not a text export.', position: `character ${nul}` };
  if (/^\s*</.test(text)) return { code: 'unknown-format', message: 'This looks like an HTML or XML page, not a Recoupe export (JSON or CSV).', position: 'line 1' };
  return undefined;
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** A .json file must hold JSON, a .csv file must not. */
export function checkExtension(text: string, fileName: string | undefined): ImportError | undefined {
  const ext = extensionOf(fileName);
  const json = looksLikeJson(text);
  if ((ext === 'json' || ext === 'jsonld') && !json) {
    return { code: 'wrong-extension', message: `The file is named .${ext} but does not contain JSON (it starts with ${JSON.stringify(text.trim().slice(0, 20))}).`, position: 'line 1' };
  }
  if ((ext === 'csv' || ext === 'tsv' || ext === 'txt') && json) {
    return { code: 'wrong-extension', message: `The file is named .${ext} but contains JSON; rename it to .json or pick the right file.`, position: 'line 1' };
  }
  return undefined;
}

function recordFormat(value: Record<string, unknown>): ImportFormat | undefined {
  if (typeof value.format === 'string' && value.format.startsWith('recoupe/')) return 'recoupe-json';
  if (isHypothesisNative(value)) return 'web-annotation';
  if (hasType(value, 'Annotation') || hasType(value, 'AnnotationPage') || hasType(value, 'AnnotationCollection')) return 'web-annotation';
  if (hasType(value, 'ClaimReview') || hasType(value, 'DataFeed') || hasType(value, 'DataFeedItem') || value['@graph'] !== undefined) return 'claimreview';
  // Google's Fact Check Tools API answer: ClaimReview markup under other names (fact-check-tools.ts).
  if (isFactCheckToolsResponse(value)) return 'claimreview';
  // "@context" as a string, a list, or an object whose "@vocab" names the vocabulary.
  const context = asList(value['@context']).map((c) => (isRecord(c) ? c['@vocab'] : c)).filter((c) => typeof c === 'string').join(' ');
  if (context.includes('w3.org/ns/anno')) return 'web-annotation';
  if (context.includes('schema.org')) return 'claimreview';
  return undefined;
}

/** Which JSON format a parsed value is in; lists by their first object that says (a page's list may open with a BreadcrumbList). */
export function detectJsonFormat(value: unknown): ImportFormat | undefined {
  if (isRecord(value)) return recordFormat(value);
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 1000)) {
      const format = isRecord(item) ? recordFormat(item) : undefined;
      if (format) return format;
    }
  }
  return undefined;
}
