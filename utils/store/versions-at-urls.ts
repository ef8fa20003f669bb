import type { RecoupeDb } from '@/utils/store/db';
import type { Version } from '@/utils/core/model';

/**
 * The versions at any of `urls` (a page's address variants), each looked up on its own: versions are
 * filed by URL in hashed buckets (utils/store/version-packs/), so one address reads one bucket where
 * a range over several (what `anyOf` asks) would read them all, about 6 MB at 100,000 versions, on
 * a restarted worker's first page.
 */
export async function versionsAtUrls(db: RecoupeDb, urls: readonly string[]): Promise<Version[]> {
  const found = await Promise.all([...new Set(urls)].map((url) => db.versions.where('url').equals(url).toArray()));
  const seen = new Set<string>();
  return found.flat().filter((v) => !seen.has(v.id) && !!seen.add(v.id));
}
