import type { RecoupeDb } from '@/utils/store/db';
import type { Outlet } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import type { BlockMatch, ForeignBlock, PageInfo, TextBlock } from '@/utils/protocol/messages';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { statementIn } from '@/utils/core/reader-language';
import { decisionsFor } from '@/utils/store/match-decisions';
import { blockLanguage, primaryLang, type DetectLanguage } from '@/utils/store/block-language';
import { matchWhy } from '@/utils/store/match-why';
import { outletOfPage, pageKey } from '@/utils/core/page-identity';

const MAX_DETECTIONS_PER_SCAN = 200;

interface Snapshot {
  matcher: ClaimMatcher;
  claims: Map<string, { status: Status; statement: Record<string, string> }>;
  outlets: Outlet[];
  /** Normalised article URL -> outlet id, from the versions. */
  outletByUrl: Map<string, string>;
  /** Languages the claims' statements and versions are in, most used first. */
  langs: string[];
}

/**
 * Owns the index built from the database. It is rebuilt lazily after the data changes, so the
 * MV3 service worker can be stopped at any time: the next scan simply builds it again.
 */
export class MatcherService {
  private snapshot: Promise<Snapshot> | undefined;

  /** `detect` guesses a block's language where no `lang` attribute gives it (browser.i18n in the extension). */
  constructor(
    private readonly db: RecoupeDb,
    private readonly detect?: DetectLanguage,
  ) {}

  invalidate(): void {
    this.snapshot = undefined;
  }

  private async load(): Promise<Snapshot> {
    const [claims, versions, outlets] = await Promise.all([this.db.claims.toArray(), this.db.versions.toArray(), this.db.outlets.toArray()]);
    const byClaim = new Map<string, IndexClaim>(claims.map((c) => [c.id, { id: c.id, statement: c.statement, versions: [] }]));
    const outletByUrl = new Map<string, string>();
    const langCount = new Map<string, number>();
    const countLang = (tag: string) => langCount.set(primaryLang(tag), (langCount.get(primaryLang(tag)) ?? 0) + 1);
    for (const c of claims) Object.keys(c.statement).forEach(countLang);
    for (const v of versions) {
      countLang(v.lang);
      byClaim.get(v.claimId)?.versions.push({ id: v.id, outletId: v.outletId, lang: v.lang, quote: v.quote });
      if (v.url) outletByUrl.set(pageKey(v.url), v.outletId);
    }
    return {
      matcher: ClaimMatcher.build([...byClaim.values()]),
      claims: new Map(claims.map((c) => [c.id, { status: c.status, statement: c.statement }])),
      outlets,
      outletByUrl,
      langs: [...langCount.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l),
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
    return outletOfPage(page, snap.outlets, snap.outletByUrl.get(pageKey(page.url)));
  }

  /**
   * Matches each block in its own language (its `lang` attribute, else detected, else the page's).
   * Possible matches the user confirmed on this page become highlights; dismissed ones are dropped.
   */
  async scan(page: PageInfo, blocks: TextBlock[], uiLang: string): Promise<{ matches: BlockMatch[]; outletId: string | null; foreign: ForeignBlock[] }> {
    const [snap, outletId, decisions] = await Promise.all([this.get(), this.outletFor(page), decisionsFor(this.db, page.url)]);
    const excludeOutletIds = outletId ? [outletId] : [];
    // The browser's detector is asked about a bounded number of blocks per scan; the rest keep the page's language.
    let budget = MAX_DETECTIONS_PER_SCAN;
    const detect = this.detect && ((text: string) => (budget-- > 0 ? this.detect!(text) : Promise.resolve(undefined)));
    const langs = await Promise.all(blocks.map((b) => blockLanguage(b, page.lang, detect)));
    const matches: BlockMatch[] = [];
    const foreign: ForeignBlock[] = [];
    const known = new Set(snap.langs);
    blocks.forEach((block, i) => {
      const lang = langs[i];
      if (lang && snap.langs.length && !known.has(primaryLang(lang))) foreign.push({ blockId: block.id, lang, target: snap.langs[0]! });
      for (const m of snap.matcher.scan(block.text, { excludeOutletIds, lang })) {
        const claim = snap.claims.get(m.claimId);
        if (!claim) continue;
        const decision = decisions.get(m.claimId);
        if (m.level === 'possible' && decision === 'dismissed') continue;
        const level = decision === 'confirmed' ? 'highlight' : m.level;
        matches.push({ blockId: block.id, start: m.start, end: m.end, claimId: m.claimId, status: claim.status, statement: statementIn(claim.statement, uiLang), level, why: matchWhy(m.explanation) });
      }
    });
    return { matches, outletId, foreign };
  }

  async suggest(text: string, limit: number): Promise<{ claimId: string; score: number }[]> {
    return (await this.get()).matcher.suggest(text, limit);
  }
}
