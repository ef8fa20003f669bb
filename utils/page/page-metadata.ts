/**
 * Who published a page, when, and under what title, from its <head> and JSON-LD.
 * Everything read here is untrusted page data: JSON-LD is only ever JSON.parse'd,
 * with bounds on its size and on how far it is walked.
 */

export interface PageMetadata {
  /** Outlet name; the page's domain (without www.) when the page names none. */
  siteName: string;
  title: string;
  /** Absolute http(s) URL. */
  canonicalUrl: string | null;
  /** ISO 8601: a date ("2024-06-25") or a UTC date-time. */
  publishedTime: string | null;
  lang: string | null;
  author?: string;
}

/** Larger JSON-LD blocks (some pages embed whole articles) are skipped, not parsed. */
const MAX_JSON_LD_CHARS = 512 * 1024;
const MAX_JSON_NODES = 2000;
const MAX_FIELD_CHARS = 500;
const ARTICLE_TYPES = /^\w*(?:Article|Posting|Report|APIReference)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_CHARS);

/** Meta content by lower-cased property, name, itemprop or http-equiv; the first one wins. */
function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // Some pages list several properties in one attribute ("og:title twitter:title").
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !meta.has(key)) meta.set(key, content);
      }
    }
  }
  return meta;
}

function parseJsonLd(text: string): Json {
  if (text.length > MAX_JSON_LD_CHARS) return null;
  // Some CMSs wrap the JSON in an HTML comment or a CDATA section.
  const body = text.replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '').replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '');
  try {
    return JSON.parse(body) as Json;
  } catch {
    return null;
  }
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function isArticle(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** The first Article-like object in the page's JSON-LD (top level, arrays, @graph). */
function findArticle(doc: Document): JsonObject | null {
  let budget = MAX_JSON_NODES;
  const visit = (node: Json, depth: number): JsonObject | null => {
    if (--budget < 0 || depth > 4) return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found) return found;
      }
      return null;
    }
    if (!isObject(node)) return null;
    if (isArticle(node)) return node;
    return node['@graph'] === undefined ? null : visit(node['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = visit(parseJsonLd(script.textContent ?? ''), 0);
    if (found) return found;
  }
  return null;
}

/** A name from a string, {name}, or a list of either. */
function nameOf(value: Json | undefined): string {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return clean(value.slice(0, 10).map(nameOf).filter(Boolean).join(', '));
  if (isObject(value)) return nameOf(value.name);
  return '';
}

/** ISO 8601 from the forms pages use: "2019-04-28 06:01:07", "…+0100", RFC 2822. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = clean(raw);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const isoish = value
    .replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T')
    .replace(/(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([+-]\d{2}):?(\d{2})$/, '$1$2:$3');
  const time = Date.parse(isoish);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year < 1990 || year > 2100 ? null : new Date(time).toISOString();
}

/** An absolute http(s) URL, or null: no javascript:, data: or relative leftovers. */
function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const meta = readMeta(doc);
  const article = findArticle(doc);
  const first = (...values: (string | null | undefined)[]) => values.map(clean).find(Boolean) ?? '';
  const publisher = article ? nameOf(article.publisher) : '';
  const jsonDate = article && typeof article.datePublished === 'string' ? article.datePublished : null;
  const headline = article && typeof article.headline === 'string' ? article.headline : null;
  // JSON-LD first, as Readability does: it is the most deliberate of a page's metadata.
  const dates = [
    jsonDate,
    meta.get('article:published_time'),
    ...['og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'].map((k) => meta.get(k)),
  ];
  const author = first(article ? nameOf(article.author) : '', meta.get('author'), meta.get('dc.creator'), meta.get('parsely-author'));
  const siteName = first(publisher, meta.get('og:site_name'), meta.get('application-name')) || domainOf(url);
  const title = first(meta.get('og:title'), meta.get('twitter:title'), meta.get('parsely-title'), doc.title, headline);
  const metadata: PageMetadata = {
    siteName,
    // Kept whole: a suffix like " - BBC News" cannot be told from a headline's own " - " reliably.
    title,
    canonicalUrl: httpUrl(canonicalHref(doc), url) ?? httpUrl(meta.get('og:url'), url),
    publishedTime: dates.map(normaliseDate).find((d) => d !== null) ?? null,
    lang: first(doc.documentElement?.getAttribute('lang'), meta.get('content-language')) || null,
  };
  if (author && !/^https?:/.test(author)) metadata.author = author;
  return metadata;
}
