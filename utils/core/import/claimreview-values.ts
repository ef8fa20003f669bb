import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { isHttpUrl, isRecord } from '@/utils/core/import/read-fields';
import { asList } from '@/utils/core/import/web-annotation-parts';
import { decodeEntities } from '@/utils/core/import/plain-text';

function usable(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '' && text.length <= IMPORT_LIMITS.maxTextLength;
}

/**
 * Texts of a value written as a string, a {"@value": …} object, a {name} object (whose name may
 * itself be a list, as in `"name": ["Mzwandile Masina", "mayor of Ekurhuleni"]`), or a list of
 * those. Blank texts and texts over the length limit are skipped. HTML character references that
 * CMSs leave in JSON-LD ("Singh&#039;s") are decoded: the result is plain text, never HTML.
 */
export function textsOf(value: unknown): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    if (usable(item)) out.push(decodeEntities(item));
    else if (typeof item === 'number') out.push(String(item));
    else if (isRecord(item)) {
      const inner = asList(item['@value'] ?? item.name ?? item.value).find(usable);
      if (inner !== undefined) out.push(decodeEntities(inner));
    }
  }
  return out;
}

/** A number written as a number, a numeric string or {"@value": …}; undefined otherwise. */
export function numberOf(value: unknown): number | undefined {
  const raw = isRecord(value) ? value['@value'] : Array.isArray(value) ? value[0] : value;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
  return undefined;
}

/**
 * Dates as sites write them, made ISO 8601: "2017-03-01 20:30:17 UTC" (Rails), surrounding spaces.
 * Anything else is returned as written, for readDate to accept or report.
 */
export function isoDateOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const zoned = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)\s*(UTC|GMT|Z)$/i.exec(trimmed);
  return zoned ? `${zoned[1]}T${zoned[2]}Z` : trimmed;
}

/** Scheme-less addresses as feeds write them ("aosfatos.org/noticias/…") name a host, not a path. */
export function withScheme(url: string): string {
  const trimmed = url.trim();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

/**
 * An http(s) address from what a feed wrote: as is, scheme-less, or relative to `base` (the
 * fact-checker's own site) when there is one. Undefined for anything else (javascript:, data:, "1").
 */
export function httpUrlOf(raw: string, base?: string): string | undefined {
  const candidate = withScheme(raw);
  if (isHttpUrl(candidate)) return candidate;
  if (!base || !/^\/[^/]/.test(candidate)) return undefined;
  try {
    const resolved = new URL(candidate, base).href;
    return isHttpUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

export interface AppearanceRef {
  url: string;
  recoupeId?: string;
  title?: string;
  date?: string;
  quote?: string;
  lang?: string;
  outletName?: string;
  outletId?: string;
  /** Whom this appearance attributes the claim to (its `author`), when it names them; `[]` when it says none. */
  authors?: string[];
}

function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined;
}

/** Appearances written as a URL string, an object with url (or @id), or a list of those. */
export function appearancesOf(value: unknown, onBad: (index: number, what: string) => void): AppearanceRef[] {
  const out: AppearanceRef[] = [];
  asList(value).forEach((item, i) => {
    const raw = typeof item === 'string' ? item : isRecord(item) ? (textsOf(item.url)[0] ?? idOf(item)) : undefined;
    const url = raw === undefined ? undefined : httpUrlOf(raw);
    if (raw === undefined || url === undefined) {
      onBad(i, raw === undefined ? 'No URL in this appearance.' : `Not an http(s) link (${JSON.stringify(raw.slice(0, 40))}).`);
      return;
    }
    const ref: AppearanceRef = { url };
    if (isRecord(item)) {
      ref.recoupeId = idOf(item);
      ref.title = textsOf(item.headline ?? item.name)[0];
      ref.date = isoDateOf(textsOf(item.datePublished)[0]);
      ref.quote = textsOf(item.text)[0];
      ref.lang = textsOf(item.inLanguage)[0];
      // The outlet is the appearance's publisher; its author is whom the quote is attributed to.
      if (item.author !== undefined) ref.authors = textsOf(item.author);
      const publisher = asList(item.publisher).find(isRecord);
      if (publisher) {
        ref.outletName = textsOf(publisher.name)[0];
        ref.outletId = idOf(publisher);
      }
    }
    out.push(ref);
  });
  return out;
}
