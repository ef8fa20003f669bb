import type { RecoupeDb } from '@/utils/store/db';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';

/** What the library's claim pane shows: the claim, its first versions, its annotations, and the outlets to pick from. */
export interface ClaimDetailData {
  claim: Claim;
  versions: Version[];
  versionTotal: number;
  annotations: Annotation[];
  outlets: Outlet[];
}

/** One claim with its first `shown` versions, in one read transaction; null once the claim is gone. */
export async function loadClaimDetail(db: RecoupeDb, claimId: string, shown: number): Promise<ClaimDetailData | null> {
  return db.transaction('r', [db.claims, db.versions, db.annotations, db.outlets], async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return null;
    const byClaim = db.versions.where('claimId').equals(claimId);
    return {
      claim,
      versions: await byClaim.clone().limit(shown).toArray(),
      versionTotal: await byClaim.clone().count(),
      annotations: await db.annotations.where('claimId').equals(claimId).toArray(),
      outlets: await db.outlets.orderBy('name').toArray(),
    };
  });
}
