import type { RecoupeDb } from '@/utils/store/db';
import type { BlockMatch, PageInfo, TextBlock } from '@/utils/protocol/messages';
import { bestSentence } from '@/utils/core/page-factchecks/best-sentence';
import { pageKey, pageKeyVariants } from '@/utils/core/page-identity';
import { statementIn } from '@/utils/core/reader-language';
import { ensureLanguages } from '@/utils/core/language/language-data';
import type { Claim, Version } from '@/utils/core/model';
import { versionsAtUrls } from '@/utils/store/version-lookups';

/** The language the best sentence is sought in: the version's, else the page's, else the statement's first. */
function appearanceLang(version: Version, page: PageInfo, claim: Claim | undefined): string {
  const lang = version.lang && version.lang !== 'und' ? version.lang : page.lang ?? '';
  return lang || Object.keys(claim?.statement ?? {})[0] || 'en';
}

/** A page's appearances: the versions with its address and no quote yet, their claims, their languages loaded. */
export interface PageAppearances {
  versions: Version[];
  claims: (Claim | undefined)[];
}

/** Reads them; no match needed, so a scan starts it beside its matching (handlers.ts) rather than after. */
export async function pageAppearances(db: RecoupeDb, page: PageInfo): Promise<PageAppearances> {
  const key = pageKey(page.url);
  const versions = (await versionsAtUrls(db, pageKeyVariants(page.url))).filter((v) => !v.quote && pageKey(v.url) === key);
  if (versions.length === 0) return { versions, claims: [] };
  const claims = await db.claims.bulkGet(versions.map((v) => v.claimId));
  await ensureLanguages(versions.map((v, i) => appearanceLang(v, page, claims[i])));
  return { versions, claims };
}

/**
 * On a page a ClaimReview names as where a claim appeared (a version with the page's address and
 * no quote yet): the matcher's match of that claim, or else the sentence stating it best, marked
 * as that version's, so the popup can offer to save it as the outlet's wording. `read`: the page's
 * appearances, when the caller started reading them already.
 */
export async function withAppearances(db: RecoupeDb, page: PageInfo, blocks: TextBlock[], matches: BlockMatch[], uiLang: string, read?: Promise<PageAppearances>): Promise<BlockMatch[]> {
  const { versions, claims } = await (read ?? pageAppearances(db, page));
  if (versions.length === 0) return matches;
  const out: BlockMatch[] = matches.slice();
  versions.forEach((version, i) => {
    const claim = claims[i];
    if (!claim || out.some((m) => m.claimId === claim.id && m.appearanceOf)) return;
    const found = out.findIndex((m) => m.claimId === claim.id);
    if (found >= 0) {
      out[found] = { ...out[found]!, appearanceOf: version.id };
      return;
    }
    const lang = version.lang && version.lang !== 'und' ? version.lang : page.lang ?? '';
    const statement = claim.statement[lang] ?? Object.values(claim.statement)[0] ?? '';
    const hit = bestSentence(blocks, statement, appearanceLang(version, page, claim));
    if (!hit) return;
    out.push({ blockId: hit.blockId, start: hit.start, end: hit.end, claimId: claim.id, status: claim.status, statement: statementIn(claim.statement, uiLang), appearanceOf: version.id, level: 'highlight', why: { names: [], figures: [], words: [], contradicts: [] } });
  });
  return out;
}

/** Saves the highlighted sentence as the outlet's version of the claim, unless the version already has a quote or was edited. */
export async function saveAppearanceQuote(db: RecoupeDb, versionId: string, quote: string, lang: string | undefined): Promise<{ saved: boolean }> {
  return db.transaction('rw', db.tables, async () => {
    const version = await db.versions.get(versionId);
    if (!version || version.quote || version.userModified) return { saved: false };
    const now = new Date().toISOString();
    await db.versions.put({ ...version, quote, ...(lang ? { lang } : {}), updatedAt: now, userModified: true });
    return { saved: true };
  });
}
