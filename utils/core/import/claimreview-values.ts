import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { isHttpUrl, isRecord } from '@/utils/core/import/read-fields';
import { asList } from '@/utils/core/import/web-annotation-parts';

/**
 * Texts of a value written as a string, a {"@value": …} object, a {name} object, or a list of those.
 * Blank texts and texts over the length limit are skipped; the others are kept exactly as written.
 */
export function textsOf(value: unknown): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim() && item.length <= IMPORT_LIMITS.maxTextLength) out.push(item);
    else if (typeof item === 'number') out.push(String(item));
    else if (isRecord(item)) {
      const inner = item['@value'] ?? item.name ?? item.value;
      if (typeof inner === 'string' && inner.trim() && inner.length <= IMPORT_LIMITS.maxTextLength) out.push(inner);
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

export interface AppearanceRef {
  url: string;
  recoupeId?: string;
  title?: string;
  date?: string;
  quote?: string;
  lang?: string;
  outletName?: string;
  outletId?: string;
}

function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined;
}

/** Appearances written as a URL string, an object with url (or @id), or a list of those. */
export function appearancesOf(value: unknown, onBad: (index: number, what: string) => void): AppearanceRef[] {
  const out: AppearanceRef[] = [];
  asList(value).forEach((item, i) => {
    const url = typeof item === 'string' ? item : isRecord(item) ? (textsOf(item.url)[0] ?? idOf(item)) : undefined;
    if (url === undefined || !isHttpUrl(url)) {
      onBad(i, url === undefined ? 'No URL in this appearance.' : `Not an http(s) link (${JSON.stringify(url.slice(0, 40))}).`);
      return;
    }
    const ref: AppearanceRef = { url };
    if (isRecord(item)) {
      ref.recoupeId = idOf(item);
      ref.title = textsOf(item.headline ?? item.name)[0];
      ref.date = textsOf(item.datePublished)[0];
      ref.quote = textsOf(item.text)[0];
      ref.lang = textsOf(item.inLanguage)[0];
      const publisher = asList(item.publisher ?? item.author).find(isRecord);
      if (publisher) {
        ref.outletName = textsOf(publisher.name)[0];
        ref.outletId = idOf(publisher);
      }
    }
    out.push(ref);
  });
  return out;
}
