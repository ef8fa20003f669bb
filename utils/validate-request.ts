import { MESSAGE_LIMITS, type BackgroundRequest } from '@/utils/messages';

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
        total += b.text.length;
      }
      if (total > MESSAGE_LIMITS.maxTotalChars) return fail(`scan: more than ${MESSAGE_LIMITS.maxTotalChars} characters`);
      return ok(r);
    }
    case 'getCard':
      return checkId(r.claimId) ? fail('getCard: bad claimId') : checkPage(r.page) ? fail(checkPage(r.page)!) : ok(r);
    case 'getSiteState':
      return typeof r.host === 'string' && r.host.length <= 255 ? ok(r) : fail('getSiteState: bad host');
    case 'setSiteState':
      return typeof r.host === 'string' && r.host.length <= 255 && typeof r.enabled === 'boolean' ? ok(r) : fail('setSiteState: bad host or flag');
    case 'reloadStarterData':
      return ok(r);
    default:
      return fail(`unknown message type “${String(r.type).slice(0, 40)}”`);
  }
}

function checkPage(page: unknown): string | undefined {
  if (!isObject(page) || typeof page.url !== 'string') return 'page must be {url}';
  if (page.url.length > MESSAGE_LIMITS.maxUrlLength) return 'page url too long';
  if (page.siteName !== undefined && (typeof page.siteName !== 'string' || page.siteName.length > 300)) return 'bad siteName';
  if (page.lang !== undefined && (typeof page.lang !== 'string' || page.lang.length > 35)) return 'bad lang';
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
