/**
 * The library's claims and versions in the matcher's shape: what a scan compares a page with. The
 * background builds its index from it (matcher-snapshot.ts), and the evaluation reads any file the
 * library page imports through it, so that both index the same texts.
 */
import type { Claim, Version } from '@/utils/core/model';
import type { IndexClaim, IndexVersion } from './types';

type LibraryVersion = Pick<Version, 'id' | 'claimId' | 'outletId' | 'lang' | 'quote'>;

/** One version as the matcher indexes it. */
export const indexVersion = (v: LibraryVersion): IndexVersion => ({ id: v.id, outletId: v.outletId, lang: v.lang, quote: v.quote });

export function libraryClaims(claims: Pick<Claim, 'id' | 'statement'>[], versions: LibraryVersion[]): IndexClaim[] {
  const byClaim = new Map<string, IndexClaim>(claims.map((c) => [c.id, { id: c.id, statement: c.statement, versions: [] }]));
  for (const v of versions) byClaim.get(v.claimId)?.versions.push(indexVersion(v));
  return [...byClaim.values()];
}
