import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import type { InvalidLog } from '@/utils/core/import/invalid-log';

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Only http: and https: links are kept: javascript:, data:, file:, … never become a link. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Text is stored as plain text (never rendered as HTML), so markup is kept as typed; only size is checked. */
export function readText(value: unknown, at: string, log: InvalidLog, required = true): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') {
    log.add(at, value === undefined ? 'Missing.' : `Expected text, found ${typeName(value)}.`);
    return undefined;
  }
  if (value.length > IMPORT_LIMITS.maxTextLength) {
    log.add(at, `Text longer than ${IMPORT_LIMITS.maxTextLength} characters.`);
    return undefined;
  }
  return value;
}

export function readId(value: unknown, at: string, log: InvalidLog): string | undefined {
  const id = readText(value, at, log);
  if (id === undefined) return undefined;
  if (id.length === 0 || id.length > IMPORT_LIMITS.maxIdLength) {
    log.add(at, `An id must have 1 to ${IMPORT_LIMITS.maxIdLength} characters.`);
    return undefined;
  }
  return id;
}

export function readUrl(value: unknown, at: string, log: InvalidLog): string | undefined {
  const text = readText(value, at, log);
  if (text === undefined) return undefined;
  if (!isHttpUrl(text)) {
    log.add(at, `Not an http(s) link (${JSON.stringify(text.slice(0, 40))}); only http and https links are kept.`);
    return undefined;
  }
  // A spreadsheet cell keeps the spaces typed around a link; the page's address has none.
  return text.trim();
}

/** YYYY, YYYY-MM, YYYY-MM-DD, or a date-time with optional zone. */
const DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * A date as spreadsheets write it back in the user's locale, as ISO 8601 where the form says which is
 * the day: "30.04.2024" (day first, as German and Nordic spreadsheets write it), "30/04/2024" and
 * "4/30/2024" (the number over 12 is the day), "2024/04/30" (year first). Undefined for "3/1/2024",
 * which is March or January.
 */
export function spreadsheetDate(text: string): string | undefined {
  // Year first, as Chinese, Japanese and Korean spreadsheets write it ("2024/05/01", "2024.05.01"): never ambiguous.
  const ymd = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})\.?$/.exec(text);
  const m = ymd ? [text, ymd[4], '.', ymd[3], ymd[1]] : /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const [day, month] = m[2] === '.' || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day ? undefined : iso;
}

/** A date and time with no zone ("2024-03-14T09:12:44", as Recogito writes them). */
export const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** An ISO 8601 date or date-time, kept as written. */
export function readDate(value: unknown, at: string, log: InvalidLog, allowEmpty = false): string | undefined {
  const text = readText(value, at, log);
  if (text === undefined) return undefined;
  if (allowEmpty && text === '') return text;
  if (!DATE.test(text) || Number.isNaN(Date.parse(text))) {
    log.add(at, `Not an ISO 8601 date (${JSON.stringify(text.slice(0, 40))}).`);
    return undefined;
  }
  return text;
}

/** A list of strings; items of another type are dropped and recorded. */
export function readStringList(value: unknown, at: string, log: InvalidLog, check?: (s: string, at: string) => boolean): string[] | undefined {
  if (!Array.isArray(value)) {
    log.add(at, value === undefined ? 'Missing.' : `Expected a list, found ${typeName(value)}.`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const text = readText(item, `${at}[${i}]`, log);
    if (text !== undefined && (!check || check(text, `${at}[${i}]`))) out.push(text);
  });
  return out;
}

/** Evidence may be a citation or a link; anything that looks like a link must be http(s). */
export function evidenceCheck(log: InvalidLog): (s: string, at: string) => boolean {
  return (s, at) => {
    if (/^[a-z][a-z0-9+.-]*:\S/i.test(s.trim()) && !isHttpUrl(s)) {
      log.add(at, 'Evidence link is not http(s); it was left out.');
      return false;
    }
    return true;
  };
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A BCP 47-like language tag, or "und" (undetermined) for anything else, hostile keys included. */
/**
 * A language tag in BCP 47's casing (RFC 5646, 2.1.1; the runtime's Intl canonicalises it): the
 * language in lower case, a script in title case, a region in upper case ("de-AT", "zh-Hant-TW"),
 * so that a tag read as "de-at" is the statement "de-AT" that a library already holds, not a second one.
 */
export function canonicalLanguageTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag.toLowerCase();
  }
}

export function languageOr(value: unknown, fallback = 'und'): string {
  return typeof value === 'string' && LANGUAGE_TAG.test(value) ? value : fallback;
}
