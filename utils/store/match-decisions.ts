import type { RecoupeDb } from '@/utils/store/db';
import type { MatchDecision } from '@/utils/protocol/messages';
import { pageKey } from '@/utils/core/page-identity';

/** Remembers the user's answer to a possible match on one page, for one claim (the last answer wins). */
export async function decideMatch(db: RecoupeDb, url: string, claimId: string, decision: MatchDecision): Promise<void> {
  await db.matchDecisions.put({ url: pageKey(url), claimId, decision, decidedAt: new Date().toISOString() });
}

/** Claim id -> the user's answer, for one page. */
export async function decisionsFor(db: RecoupeDb, url: string): Promise<Map<string, MatchDecision>> {
  const rows = await db.matchDecisions.where('url').equals(pageKey(url)).toArray();
  return new Map(rows.map((r) => [r.claimId, r.decision]));
}

/**
 * Whether a Dexie change set (the `storagemutated` event's parts, keyed `idb://db/table/index`) touches
 * nothing but the decisions: those change what a scan reports, not the matching index, which then
 * need not be rebuilt (seconds at 100,000 versions).
 */
export function onlyDecisionsChanged(parts: Record<string, unknown>): boolean {
  const keys = Object.keys(parts);
  return keys.length > 0 && keys.every((k) => /^idb:\/\/[^/]*\/matchDecisions(?:\/|$)/.test(k));
}
