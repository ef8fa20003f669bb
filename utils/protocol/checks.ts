import { MESSAGE_LIMITS as L } from '@/utils/protocol/messages';
import { isStatus } from '@/utils/core/statuses';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';
import { isObject } from '@/utils/protocol/define';
import { DRAFT_CONTEXT_CHARS } from '@/utils/protocol/annotation-draft';

// The validators the message tables share. Content scripts run in pages we do not control: a
// compromised or confused page must not get odd data into the background. Each returns what is
// wrong, or undefined.

export function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** True when the id is bad (missing, empty or too long). */
export function checkId(id: unknown): boolean {
  return typeof id !== 'string' || id.length === 0 || id.length > L.maxIdLength;
}

export function isLangTag(x: unknown): boolean {
  return typeof x === 'string' && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(x);
}

export function isHost(x: unknown): boolean {
  return typeof x === 'string' && x.length <= L.maxHostLength;
}

export function checkPage(page: unknown): string | undefined {
  if (!isObject(page) || typeof page.url !== 'string') return 'page must be {url}';
  if (page.url.length > L.maxUrlLength) return 'page url too long';
  if (page.siteName !== undefined && !isText(page.siteName, L.maxSiteNameLength)) return 'bad siteName';
  if (page.lang !== undefined && !isText(page.lang, L.maxLangLength)) return 'bad lang';
  return undefined;
}

export function checkBlocks(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return 'blocks must be a list';
  if (blocks.length > L.maxBlocks) return `too many blocks (${blocks.length} > ${L.maxBlocks})`;
  let total = 0;
  for (const [i, b] of blocks.entries()) {
    if (!isObject(b) || !Number.isInteger(b.id) || typeof b.text !== 'string') return `block ${i} is not {id, text}`;
    if (b.text.length > L.maxBlockLength) return `block ${i} is longer than ${L.maxBlockLength} characters`;
    if (b.lang !== undefined && !isLangTag(b.lang)) return `block ${i} has a bad lang`;
    total += b.text.length;
  }
  if (total > L.maxTotalChars) return `more than ${L.maxTotalChars} characters`;
  return undefined;
}

export function checkSelectors(sel: unknown): string | undefined {
  if (!isObject(sel) || !isObject(sel.quote)) return 'selectors must have a quote';
  const q = sel.quote;
  if (q.type !== 'TextQuoteSelector' || !isText(q.exact, L.maxQuoteLength) || !q.exact.trim()) return 'the quote is empty or too long';
  if ((q.prefix !== undefined && !isText(q.prefix, L.maxContextLength)) || (q.suffix !== undefined && !isText(q.suffix, L.maxContextLength))) return 'bad quote context';
  if (sel.position !== undefined) {
    const p = sel.position;
    if (!isObject(p) || p.type !== 'TextPositionSelector' || !Number.isInteger(p.start) || !Number.isInteger(p.end) || (p.start as number) < 0 || (p.end as number) < (p.start as number))
      return 'bad position';
  }
  return undefined;
}

export function checkDraft(d: unknown): string | undefined {
  if (!isObject(d) || !isObject(d.page) || !isObject(d.target)) return 'not an annotation';
  const p = d.page;
  for (const key of ['url', 'title', 'siteName', 'publishedAt', 'lang'] as const) if (!isText(p[key], key === 'url' ? L.maxUrlLength : L.maxPageFieldLength)) return `page.${key} missing or too long`;
  if (p.canonicalUrl !== undefined && !isText(p.canonicalUrl, L.maxUrlLength)) return 'page.canonicalUrl too long';
  const sel = checkSelectors(d.selectors);
  if (sel) return sel;
  const t = d.target;
  if (t.kind === 'existing') {
    if (checkId(t.claimId)) return 'target.claimId missing';
  } else if (t.kind === 'new') {
    if (!isText(t.statement, L.maxFieldLength) || !isText(t.lang, L.maxLangLength)) return 'target.statement missing or too long';
  } else return 'target.kind must be existing or new';
  if (d.status !== undefined) {
    const s = d.status;
    if (!isObject(s) || !isStatus(s.status) || !isText(s.reason, L.maxFieldLength) || !isText(s.note, L.maxFieldLength)) return 'bad status';
    if (!Array.isArray(s.evidence) || s.evidence.length > L.maxListItems || !s.evidence.every((e) => isText(e, L.maxUrlLength))) return 'bad evidence links';
  }
  if (!isText(d.note, L.maxFieldLength)) return 'note too long';
  const context = checkContext(d.context);
  if (context) return context;
  if (!Array.isArray(d.tags) || d.tags.length > L.maxListItems || !d.tags.every((x) => isText(x, L.maxContextLength))) return 'bad tags';
  return undefined;
}

/** The page text before a selection (optional), as a draft or a reattachment carries it. */
export function checkContext(context: unknown): string | undefined {
  return context !== undefined && !isText(context, DRAFT_CONTEXT_CHARS) ? `context must be text of at most ${DRAFT_CONTEXT_CHARS} characters` : undefined;
}

export function checkPageMarkup(jsonLd: unknown, microdata: unknown, add: unknown): string | undefined {
  const F = PAGE_FACTCHECK_LIMITS;
  if (!Array.isArray(jsonLd) || jsonLd.length > F.maxScripts || !jsonLd.every((s) => isText(s, F.maxScriptChars))) return 'bad jsonLd';
  if (jsonLd.reduce((n: number, s: string) => n + s.length, 0) > F.maxTotalChars) return 'too much jsonLd';
  if (!Array.isArray(microdata) || microdata.length > F.maxMicrodataItems) return 'bad microdata';
  try {
    if (JSON.stringify(microdata).length > F.maxTotalChars) return 'too much microdata';
  } catch {
    return 'bad microdata';
  }
  if (!Array.isArray(add) || add.length > F.maxProposals || add.some((id) => checkId(id))) return 'bad add';
  return undefined;
}
