import type { RecoupeDb } from '@/utils/store/db';

/**
 * Ids of records the user deleted or merged away. Reloading the starter data must not bring them
 * back: a deletion is a change the user made, like an edit.
 */
const KEY = 'deletedIds';

export async function getTombstones(db: RecoupeDb): Promise<Set<string>> {
  const rec = await db.meta.get(KEY);
  return new Set(Array.isArray(rec?.value) ? (rec.value as string[]) : []);
}

export async function addTombstones(db: RecoupeDb, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const set = await getTombstones(db);
  for (const id of ids) set.add(id);
  await db.meta.put({ key: KEY, value: [...set] });
}

export async function removeTombstones(db: RecoupeDb, ids: string[]): Promise<void> {
  const set = await getTombstones(db);
  let changed = false;
  for (const id of ids) changed = set.delete(id) || changed;
  if (changed) await db.meta.put({ key: KEY, value: [...set] });
}
