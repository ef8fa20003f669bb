import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { fail, type ImportFormat, type ParseResult } from '@/utils/core/import/import-types';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { parseJsonLines, parseJsonSafely } from '@/utils/core/import/safe-json';
import { checkExtension, checkKind, detectJsonFormat, looksLikeJson } from '@/utils/core/import/detect-format';
import { parseRecoupeDocument } from '@/utils/core/import/parse-recoupe-json';
import { parseClaimReviewDocument } from '@/utils/core/import/parse-claimreview';

/** The CSV reader (parse-csv.ts), passed in where CSV is read: importing it here would bundle it everywhere. */
export type CsvParser = (text: string, ctx: { now: string }) => ParseResult;
/** The W3C Web Annotation reader (parse-web-annotation.ts), passed in the same way: a feed is never one. */
export type WebAnnotationParser = (doc: unknown, ctx: { now: string }, log: InvalidLog) => ParseResult;

export interface ParseImportOptions {
  /** The file's name: its extension is checked against the content. */
  fileName?: string;
  /** Force a format instead of detecting it from the content. */
  format?: ImportFormat;
  /** Date-time stamped on records that carry none; default now. */
  now?: string;
}

/** Checks a file's size before reading it (File.size in the UI). */
export function checkFileSize(bytes: number): ParseResult | undefined {
  if (bytes <= IMPORT_LIMITS.maxFileBytes) return undefined;
  const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
  return fail('too-large', `The file is ${mib(bytes)}; Recoupe imports files of at most ${mib(IMPORT_LIMITS.maxFileBytes)}.`);
}

/**
 * UTF-8 first; then UTF-16 with its byte-order mark (Excel's "Unicode text"); then Windows-1252,
 * which Excel uses for "CSV (separator: semicolon)" in French and other Western locales, byte by
 * byte where the UTF-8 is broken (utf8OrWestern), but only for text without control characters
 * (binary files always have some).
 */
function decode(input: string | ArrayBuffer | Uint8Array): string | ParseResult {
  if (typeof input === 'string') return input;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const attempt = (encoding: string) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const utf8 = attempt('utf-8');
  if (utf8 !== undefined) return utf8;
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const utf16 = bom ? attempt(bom) : undefined;
  if (utf16 !== undefined && !/[\u0000-\u0008\u000e-\u001f]/.test(utf16)) return utf16;
  const western = bom ? undefined : utf8OrWestern(bytes);
  if (western !== undefined && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(western)) return western;
  return fail('binary', 'The file is not UTF-8 text: it is binary, or saved in another encoding. Export it again as UTF-8.');
}

/** Length of the well-formed UTF-8 sequence of two to four bytes at `i` (RFC 3629: no overlong form, no surrogate, at most U+10FFFF), else 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  const second = bytes[i + 1]!;
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * A file that is not all UTF-8: its well-formed UTF-8 sequences as UTF-8, every other byte as
 * Windows-1252. A file saved by Excel in a Western locale is all Windows-1252 and reads as it did;
 * a UTF-8 file into which one line was pasted from such a file ("é" as the byte E9) keeps its other
 * accents, where reading all of it as Windows-1252 turned each of them into two letters ("Ã©").
 */
function utf8OrWestern(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  const western = new TextDecoder('windows-1252');
  // Runs of one kind, each decoded at once: [start, end, utf8] (a file all Windows-1252 is one run).
  const runs: [number, number, boolean][] = [];
  const add = (start: number, end: number, isUtf8: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === isUtf8) last[1] = end;
    else runs.push([start, end, isUtf8]);
  };
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      // ASCII reads alike both ways: it joins the run it is in.
      const start = i;
      while (i < bytes.length && bytes[i]! < 0x80) i++;
      const last = runs[runs.length - 1];
      if (last) last[1] = i;
      else runs.push([start, i, true]);
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    add(i, i + Math.max(n, 1), n > 0);
    i += Math.max(n, 1);
  }
  return runs.map(([start, end, isUtf8]) => (isUtf8 ? utf8 : western).decode(bytes.subarray(start, end))).join('');
}

/**
 * Reads an import file of any supported format: Recoupe JSON, W3C Web Annotation, ClaimReview or
 * CSV, detected from the content (parse-import.ts). Never throws: a refused file gives `{ ok: false,
 * error }` with a message for the user; records left out are listed in `value.invalid`. Without a
 * `csv` parser (the background's feeds, which read JSON only), CSV is refused and its parser, the
 * biggest of them, is not bundled; without `webAnnotation`, W3C annotations likewise (a feed is never
 * one).
 */
export function parseImportWith(input: string | ArrayBuffer | Uint8Array, options: ParseImportOptions, csv: CsvParser | undefined, webAnnotation?: WebAnnotationParser): ParseResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const tooLarge = checkFileSize(size);
  if (tooLarge) return tooLarge;
  const decoded = decode(input);
  if (typeof decoded !== 'string') return decoded;
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  if (text.trim() === '') return fail('empty', 'The file is empty.');
  const kindError = checkKind(text) ?? checkExtension(text, options.fileName);
  if (kindError) return { ok: false, error: kindError };
  const ctx = { now: options.now ?? new Date().toISOString() };
  if (options.format === 'csv' || (!options.format && !looksLikeJson(text))) {
    return csv ? csv(text, ctx) : fail('unknown-format', 'This is not JSON (CSV or another text): only JSON is read here.', 'line 1');
  }
  const json = parseJsonLines(text) ?? parseJsonSafely(text);
  if (!json.ok) return { ok: false, error: json.error };
  const log = new InvalidLog();
  log.addAll(json.stripped);
  const format = options.format ?? detectJsonFormat(json.value);
  const result = parseJsonFormat(format, json.value, ctx, log, webAnnotation);
  if (!result.ok) return result;
  const { outlets, claims, versions, annotations } = result.value;
  const total = outlets.length + claims.length + versions.length + annotations.length;
  if (total > IMPORT_LIMITS.maxRecords) {
    return fail('too-many-records', `The file holds ${total} records; one import takes at most ${IMPORT_LIMITS.maxRecords}.`);
  }
  return result;
}

function parseJsonFormat(format: ImportFormat | undefined, value: unknown, ctx: { now: string }, log: InvalidLog, webAnnotation: WebAnnotationParser | undefined): ParseResult {
  switch (format) {
    case 'recoupe-json':
      return parseRecoupeDocument(value, log);
    case 'web-annotation':
      return webAnnotation ? webAnnotation(value, ctx, log) : fail('unknown-format', 'This is a W3C Web Annotation file, not a ClaimReview feed or a Recoupe JSON file.', 'line 1');
    case 'claimreview':
      return parseClaimReviewDocument(value, ctx, log);
    default:
      return fail('unknown-format', 'This JSON is not a Recoupe export, W3C Web Annotation, schema.org ClaimReview or an answer of Google’s Fact Check Tools API.', 'line 1');
  }
}
