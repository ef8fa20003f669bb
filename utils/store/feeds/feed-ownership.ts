import type { RecoupeDb } from '@/utils/store/db';
import type { ParsedImport } from '@/utils/core/import/import-types';
import type { Version } from '@/utils/core/model';
import { versionsOfClaims } from '@/utils/store/version-lookups';

const CHUNK = 5_000;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/**
 * What a feed may write: new claims, and claims that came from a feed. A claim already in the library
 * from elsewhere (starter data, a file, the user) is left as it is, with its versions: a feed cannot
 * rewrite or add quotes to it. Existing outlets are not renamed. Feeds bring no annotations (those are
 * each user's own notes). Records are marked as coming from a feed.
 */
export async function keepFeedWritable(db: RecoupeDb, parsed: ParsedImport): Promise<{ parsed: ParsedImport; leftAlone: number }> {
  const ids = parsed.claims.map((c) => c.id);
  const locked = new Set<string>();
  for (const part of chunks(ids)) {
    const local = await db.claims.bulkGet(part);
    const present = part.filter((_, i) => local[i]);
    // Only claims already stored can be locked (a first subscription skips this look-up).
    if (present.length === 0) continue;
    const owned = new Set((await db.feedItems.where('claimId').anyOf(present).toArray()).map((i) => i.claimId));
    for (const id of present) if (!owned.has(id)) locked.add(id);
  }
  const claims = parsed.claims.filter((c) => !locked.has(c.id)).map((c) => ({ ...c, origin: 'feed' }));
  const writable = new Set(claims.map((c) => c.id));
  const versions: Version[] = [];
  for (const part of chunks(parsed.versions.filter((v) => writable.has(v.claimId)))) {
    const local = await db.versions.bulkGet(part.map((v) => v.id));
    // A version id already used by another claim's version is not moved over.
    part.forEach((v, i) => {
      if (!local[i] || writable.has(local[i]!.claimId)) versions.push({ ...v, origin: 'feed' });
    });
  }
  const localOutlets = await db.outlets.bulkGet(parsed.outlets.map((o) => o.id));
  const outlets = parsed.outlets.filter((_, i) => !localOutlets[i]).map((o) => ({ ...o, origin: 'feed' }));
  return { parsed: { ...parsed, claims, versions, outlets, annotations: [] }, leftAlone: locked.size };
}

/**
 * Takes claims out of a feed; those no other feed holds and the user has not edited or annotated go,
 * with their versions. Call inside a read-write transaction over every table. Returns how many went.
 */
export async function releaseFeedClaims(db: RecoupeDb, feedId: string, claimIds: string[]): Promise<number> {
  let removed = 0;
  for (const part of chunks(claimIds)) {
    await db.feedItems.bulkDelete(part.map((id) => [feedId, id] as [string, string]));
    const stillHeld = new Set((await db.feedItems.where('claimId').anyOf(part).toArray()).map((i) => i.claimId));
    const candidates = part.filter((id) => !stillHeld.has(id));
    if (candidates.length === 0) continue;
    const annotated = new Set((await db.annotations.where('claimId').anyOf(candidates).toArray()).map((a) => a.claimId));
    const versions = await versionsOfClaims(db, candidates);
    const userVersions = new Set(versions.filter((v) => v.userModified || v.origin === 'user').map((v) => v.claimId));
    const claims = await db.claims.bulkGet(candidates);
    const gone = new Set(claims.flatMap((c) => (c && !c.userModified && !annotated.has(c.id) && !userVersions.has(c.id) ? [c.id] : [])));
    await db.versions.bulkDelete(versions.filter((v) => gone.has(v.claimId)).map((v) => v.id));
    await db.claims.bulkDelete([...gone]);
    removed += gone.size;
  }
  return removed;
}
