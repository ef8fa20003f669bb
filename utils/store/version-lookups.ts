import type { RecoupeDb } from '@/utils/store/db';
import type { Version } from '@/utils/core/model';

/**
 * Versions are stored in packs of a group of claims and filed by URL in hashed buckets
 * (utils/store/version-packs/). A lookup by one claim reads one group, by one URL one bucket; a
 * range over several (what `anyOf` asks) reads everything between its ends: every URL bucket
 * (about 6 MB at 100,000 versions), or every claim between the first and the last claim id. So
 * these look each key up on its own.
 */

/** The versions at any of `urls` (a page's address variants). */
export async function versionsAtUrls(db: RecoupeDb, urls: readonly string[]): Promise<Version[]> {
  const found = await Promise.all([...new Set(urls)].map((url) => db.versions.where('url').equals(url).toArray()));
  const seen = new Set<string>();
  return found.flat().filter((v) => !seen.has(v.id) && !!seen.add(v.id));
}

/** Above this many claims, one pass over every pack is cheaper than a read per claim. */
const ONE_BY_ONE = 500;

const byClaimOutletId = (a: Version, b: Version) =>
  a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : a.outletId < b.outletId ? -1 : a.outletId > b.outletId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The versions of these claims, in the order `where('claimId').anyOf(...)` gives them. */
export async function versionsOfClaims(db: RecoupeDb, claimIds: readonly string[]): Promise<Version[]> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return [];
  if (ids.length > ONE_BY_ONE) return db.versions.where('claimId').anyOf(ids).toArray();
  const found = await Promise.all(ids.map((id) => db.versions.where('claimId').equals(id).toArray()));
  return found.flat().sort(byClaimOutletId);
}
