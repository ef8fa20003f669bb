import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/utils/store/db';
import { decideMatch, decisionsFor, onlyDecisionsChanged } from '@/utils/store/match-decisions';

/** The parts of the next `storagemutated` event after `write`. */
async function changedBy(write: () => Promise<unknown>): Promise<Record<string, unknown>> {
  let parts: Record<string, unknown> = {};
  const listener = (p: Record<string, unknown>) => {
    parts = { ...parts, ...p };
  };
  Dexie.on('storagemutated', listener);
  await write();
  await new Promise((r) => setTimeout(r, 50));
  Dexie.on('storagemutated').unsubscribe(listener);
  return parts;
}

describe('match decisions', () => {
  it('are kept per page (fragment and trailing slash aside) and claim, the last answer winning', async () => {
    const db = openDb('decisions-1');
    await decideMatch(db, 'https://example.org/a/#x', 'c1', 'confirmed');
    await decideMatch(db, 'https://example.org/a', 'c1', 'dismissed');
    await decideMatch(db, 'https://example.org/a', 'c2', 'confirmed');
    await decideMatch(db, 'https://example.org/b', 'c1', 'confirmed');
    expect([...(await decisionsFor(db, 'https://example.org/a/'))].sort()).toEqual([['c1', 'dismissed'], ['c2', 'confirmed']]);
  });

  it('alone do not make the background rebuild its matching index; other writes do', async () => {
    const db = openDb('decisions-2');
    await db.open();
    const parts = await changedBy(() => decideMatch(db, 'https://example.org/a', 'c1', 'confirmed'));
    expect(Object.keys(parts).length).toBeGreaterThan(0);
    expect(onlyDecisionsChanged(parts)).toBe(true);
    const other = await changedBy(() => db.outlets.put({ id: 'o1', name: 'Outlet', domains: [] } as never));
    expect(onlyDecisionsChanged(other)).toBe(false);
    expect(onlyDecisionsChanged({})).toBe(false);
  });
});
