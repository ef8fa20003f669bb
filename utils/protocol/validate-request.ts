import { MESSAGE_LIMITS, type BackgroundRequest } from '@/utils/protocol/messages';
import { isStatus } from '@/utils/core/statuses';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';
import { DRAFT_CONTEXT_CHARS } from '@/utils/protocol/annotation-draft';

/**
 * Checks the shape and sizes of a request before any handler sees it: content scripts run in
 * pages we do not control, so a compromised or confused page must not get odd data into the background.
 * Returns the request, typed, or a message saying what is wrong.
 */
export function validateRequest(raw: unknown): { ok: true; request: BackgroundRequest } | { ok: false; error: string } {
  if (!isObject(raw) || typeof raw.type !== 'string') return fail('a message without a type');
  const r = raw as Record<string, unknown>;
  switch (r.type) {
    case 'scan': {
      const page = checkPage(r.page);
      if (page) return fail(page);
      if (!Array.isArray(r.blocks)) return fail('scan: blocks must be a list');
      if (r.blocks.length > MESSAGE_LIMITS.maxBlocks) return fail(`scan: too many blocks (${r.blocks.length} > ${MESSAGE_LIMITS.maxBlocks})`);
      let total = 0;
      for (const [i, b] of r.blocks.entries()) {
        if (!isObject(b) || !Number.isInteger(b.id) || typeof b.text !== 'string') return fail(`scan: block ${i} is not {id, text}`);
        if (b.text.length > MESSAGE_LIMITS.maxBlockLength) return fail(`scan: block ${i} is longer than ${MESSAGE_LIMITS.maxBlockLength} characters`);
        if (b.lang !== undefined && !isLangTag(b.lang)) return fail(`scan: block ${i} has a bad lang`);
        total += b.text.length;
      }
      if (total > MESSAGE_LIMITS.maxTotalChars) return fail(`scan: more than ${MESSAGE_LIMITS.maxTotalChars} characters`);
      return ok(r);
    }
    case 'decideMatch':
      return isText(r.url, MESSAGE_LIMITS.maxUrlLength) && !checkId(r.claimId) && (r.decision === 'confirmed' || r.decision === 'dismissed')
        ? ok(r)
        : fail('decideMatch: bad url, claimId or decision');
    case 'getCard':
      return checkId(r.claimId) ? fail('getCard: bad claimId') : checkPage(r.page) ? fail(checkPage(r.page)!) : ok(r);
    case 'getSiteState':
      return typeof r.host === 'string' && r.host.length <= 255 ? ok(r) : fail('getSiteState: bad host');
    case 'setSiteState':
      return typeof r.host === 'string' && r.host.length <= 255 && typeof r.enabled === 'boolean' ? ok(r) : fail('setSiteState: bad host or flag');
    case 'reloadStarterData':
      return ok(r);
    case 'suggestClaims':
      return isText(r.text, MESSAGE_LIMITS.maxFieldLength) && Number.isInteger(r.limit) && (r.limit as number) > 0 && (r.limit as number) <= 50
        ? ok(r)
        : fail('suggestClaims: text or limit out of bounds');
    case 'saveAnnotation': {
      const problem = checkDraft(r.draft);
      return problem ? fail(`saveAnnotation: ${problem}`) : ok(r);
    }
    case 'reattachAnnotation':
      return checkId(r.annotationId) ? fail('reattachAnnotation: bad annotationId') : checkSelectors(r.selectors) ? fail(`reattachAnnotation: ${checkSelectors(r.selectors)}`) : ok(r);
    case 'pageAnnotations':
      return Array.isArray(r.urls) && r.urls.length <= 4 && r.urls.every((u) => isText(u, MESSAGE_LIMITS.maxUrlLength)) ? ok(r) : fail('pageAnnotations: bad urls');
    case 'reportAnchoring':
      return Array.isArray(r.results) &&
        r.results.length <= MESSAGE_LIMITS.maxBlocks &&
        r.results.every((x) => isObject(x) && !checkId(x.id) && typeof x.anchored === 'boolean')
        ? ok(r)
        : fail('reportAnchoring: bad results');
    case 'saveAppearanceQuote':
      return !checkId(r.versionId) && isText(r.quote, MESSAGE_LIMITS.maxQuoteLength) && (r.quote as string).trim() !== '' && (r.lang === undefined || isText(r.lang, 35))
        ? ok(r)
        : fail('saveAppearanceQuote: bad versionId, quote or lang');
    case 'readPageFactChecks': {
      const problem = checkPage(r.page) ?? checkPageMarkup(r.jsonLd, r.microdata, r.add);
      return problem ? fail(`readPageFactChecks: ${problem}`) : ok(r);
    }
    default:
      return fail(`unknown message type “${String(r.type).slice(0, 40)}”`);
  }
}

function isLangTag(x: unknown): boolean {
  return typeof x === 'string' && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(x);
}

function checkPageMarkup(jsonLd: unknown, microdata: unknown, add: unknown): string | undefined {
  const L = PAGE_FACTCHECK_LIMITS;
  if (!Array.isArray(jsonLd) || jsonLd.length > L.maxScripts || !jsonLd.every((s) => isText(s, L.maxScriptChars))) return 'bad jsonLd';
  if (jsonLd.reduce((n: number, s: string) => n + s.length, 0) > L.maxTotalChars) return 'too much jsonLd';
  if (!Array.isArray(microdata) || microdata.length > L.maxMicrodataItems) return 'bad microdata';
  try {
    if (JSON.stringify(microdata).length > L.maxTotalChars) return 'too much microdata';
  } catch {
    return 'bad microdata';
  }
  if (!Array.isArray(add) || add.length > L.maxProposals || add.some((id) => checkId(id))) return 'bad add';
}

function checkPage(page: unknown): string | undefined {
  if (!isObject(page) || typeof page.url !== 'string') return 'page must be {url}';
  if (page.url.length > MESSAGE_LIMITS.maxUrlLength) return 'page url too long';
  if (page.siteName !== undefined && (typeof page.siteName !== 'string' || page.siteName.length > 300)) return 'bad siteName';
  if (page.lang !== undefined && (typeof page.lang !== 'string' || page.lang.length > 35)) return 'bad lang';
  return undefined;
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function checkSelectors(sel: unknown): string | undefined {
  if (!isObject(sel) || !isObject(sel.quote)) return 'selectors must have a quote';
  const q = sel.quote;
  if (q.type !== 'TextQuoteSelector' || !isText(q.exact, MESSAGE_LIMITS.maxQuoteLength) || !q.exact.trim()) return 'the quote is empty or too long';
  if ((q.prefix !== undefined && !isText(q.prefix, 200)) || (q.suffix !== undefined && !isText(q.suffix, 200))) return 'bad quote context';
  if (sel.position !== undefined) {
    const p = sel.position;
    if (!isObject(p) || p.type !== 'TextPositionSelector' || !Number.isInteger(p.start) || !Number.isInteger(p.end) || (p.start as number) < 0 || (p.end as number) < (p.start as number))
      return 'bad position';
  }
  return undefined;
}

function checkDraft(d: unknown): string | undefined {
  if (!isObject(d) || !isObject(d.page) || !isObject(d.target)) return 'not an annotation';
  const p = d.page;
  for (const key of ['url', 'title', 'siteName', 'publishedAt', 'lang'] as const) if (!isText(p[key], key === 'url' ? MESSAGE_LIMITS.maxUrlLength : 1000)) return `page.${key} missing or too long`;
  if (p.canonicalUrl !== undefined && !isText(p.canonicalUrl, MESSAGE_LIMITS.maxUrlLength)) return 'page.canonicalUrl too long';
  const sel = checkSelectors(d.selectors);
  if (sel) return sel;
  const t = d.target;
  if (t.kind === 'existing') {
    if (checkId(t.claimId)) return 'target.claimId missing';
  } else if (t.kind === 'new') {
    if (!isText(t.statement, MESSAGE_LIMITS.maxFieldLength) || !isText(t.lang, 35)) return 'target.statement missing or too long';
  } else return 'target.kind must be existing or new';
  if (d.status !== undefined) {
    const s = d.status;
    if (!isObject(s) || !isStatus(s.status) || !isText(s.reason, MESSAGE_LIMITS.maxFieldLength) || !isText(s.note, MESSAGE_LIMITS.maxFieldLength)) return 'bad status';
    if (!Array.isArray(s.evidence) || s.evidence.length > MESSAGE_LIMITS.maxListItems || !s.evidence.every((e) => isText(e, MESSAGE_LIMITS.maxUrlLength))) return 'bad evidence links';
  }
  if (!isText(d.note, MESSAGE_LIMITS.maxFieldLength)) return 'note too long';
  if (d.context !== undefined && !isText(d.context, DRAFT_CONTEXT_CHARS)) return `context must be text of at most ${DRAFT_CONTEXT_CHARS} characters`;
  if (!Array.isArray(d.tags) || d.tags.length > MESSAGE_LIMITS.maxListItems || !d.tags.every((x) => isText(x, 200))) return 'bad tags';
  return undefined;
}

function checkId(id: unknown): boolean {
  return typeof id !== 'string' || id.length === 0 || id.length > MESSAGE_LIMITS.maxIdLength;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ok(r: Record<string, unknown>) {
  return { ok: true as const, request: r as unknown as BackgroundRequest };
}
function fail(error: string) {
  return { ok: false as const, error: `Recoupe refused a message: ${error}.` };
}
