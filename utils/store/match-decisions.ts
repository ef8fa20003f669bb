import type { RecoupeDb } from '@/utils/store/db';
import type { MatchDecision } from '@/utils/protocol/messages';
import { pageKey } from '@/utils/store/page-key';

/** Remembers the user's answer to a possible match on one page, for one claim (the last answer wins). */
export async function decideMatch(db: RecoupeDb, url: string, claimId: string, decision: MatchDecision): Promise<void> {
  await db.matchDecisions.put({ url: pageKey(url), claimId, decision, decidedAt: new Date().toISOString() });
}

/** Claim id -> the user's answer, for one page. */
export async function decisionsFor(db: RecoupeDb, url: string): Promise<Map<string, MatchDecision>> {
  const rows = await db.matchDecisions.where('url').equals(pageKey(url)).toArray();
  return new Map(rows.map((r) => [r.claimId, r.decision]));
}
