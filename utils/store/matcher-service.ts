import type { RecoupeDb } from '@/utils/store/db';
import type { Outlet } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import type { BlockMatch, PageInfo, TextBlock } from '@/utils/protocol/messages';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { statementIn } from '@/utils/core/reader-language';

interface Snapshot {
  matcher: ClaimMatcher;
  claims: Map<string, { status: Status; statement: Record<string, string> }>;
  outlets: Outlet[];
  /** Normalised article URL -> outlet id, from the versions. */
  outletByUrl: Map<string, string>;
}

/** Normalises a URL for comparing pages: no fragment, no trailing slash, no default port. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/**
 * Owns the index built from the database. It is rebuilt lazily after the data changes, so the
 * MV3 service worker can be stopped at any time: the next scan simply builds it again.
 */
export class MatcherService {
  private snapshot: Promise<Snapshot> | undefined;

  constructor(private readonly db: RecoupeDb) {}

  invalidate(): void {
    this.snapshot = undefined;
  }

  private async load(): Promise<Snapshot> {
    const [claims, versions, outlets] = await Promise.all([this.db.claims.toArray(), this.db.versions.toArray(), this.db.outlets.toArray()]);
    const byClaim = new Map<string, IndexClaim>(claims.map((c) => [c.id, { id: c.id, statement: c.statement, versions: [] }]));
    const outletByUrl = new Map<string, string>();
    for (const v of versions) {
      byClaim.get(v.claimId)?.versions.push({ id: v.id, outletId: v.outletId, lang: v.lang, quote: v.quote });
      if (v.url) outletByUrl.set(pageKey(v.url), v.outletId);
    }
    return {
      matcher: ClaimMatcher.build([...byClaim.values()]),
      claims: new Map(claims.map((c) => [c.id, { status: c.status, statement: c.statement }])),
      outlets,
      outletByUrl,
    };
  }

  private get(): Promise<Snapshot> {
    this.snapshot ??= this.load().catch((e) => {
      this.snapshot = undefined;
      throw e;
    });
    return this.snapshot;
  }

  /** Which known outlet published this page: by an article URL we know, by domain, then by site name. */
  async outletFor(page: PageInfo): Promise<string | null> {
    const snap = await this.get();
    const byUrl = snap.outletByUrl.get(pageKey(page.url));
    if (byUrl) return byUrl;
    let host = '';
    try {
      host = new URL(page.url).hostname.toLowerCase();
    } catch {
      /* not a URL: no domain to compare */
    }
    const byDomain = snap.outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (byDomain) return byDomain.id;
    const site = page.siteName?.trim().toLowerCase();
    return (site && snap.outlets.find((o) => o.name.trim().toLowerCase() === site)?.id) || null;
  }

  async scan(page: PageInfo, blocks: TextBlock[], uiLang: string): Promise<{ matches: BlockMatch[]; outletId: string | null }> {
    const snap = await this.get();
    const outletId = await this.outletFor(page);
    const excludeOutletIds = outletId ? [outletId] : [];
    const matches: BlockMatch[] = [];
    for (const block of blocks) {
      for (const m of snap.matcher.scan(block.text, { excludeOutletIds, lang: page.lang })) {
        const claim = snap.claims.get(m.claimId);
        if (!claim) continue;
        matches.push({ blockId: block.id, start: m.start, end: m.end, claimId: m.claimId, status: claim.status, statement: statementIn(claim.statement, uiLang) });
      }
    }
    return { matches, outletId };
  }

  async suggest(text: string, limit: number): Promise<{ claimId: string; score: number }[]> {
    return (await this.get()).matcher.suggest(text, limit);
  }
}
