import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { selectionArb } from '../formats/arbitraries';
import { dropDb, dumpDb, freshDb, loadDb } from './db-helpers';

describe('Recoupe JSON round trip', () => {
  it('random database -> export -> import into an empty database -> the same database', async () => {
    await fc.assert(
      fc.asyncProperty(selectionArb, async (selection) => {
        const source = freshDb();
        const target = freshDb();
        try {
          await loadDb(source, selection);
          const before = await dumpDb(source);
          const parsed = parseImport(exportRecoupeJson(before), { fileName: 'recoupe-2026-01-01-all.json' });
          if (!parsed.ok) throw new Error(parsed.error.message);
          expect(parsed.value.invalid).toEqual([]);
          const plan = await planImport(target, parsed.value);
          expect(plan.counts.claims.new).toBe(before.claims.length);
          const result = await applyImport(target, plan);
          expect(result.ok).toBe(true);
          expect(await dumpDb(target)).toEqual(before);
        } finally {
          await dropDb(source);
          await dropDb(target);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('importing the same file again finds only duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(selectionArb, async (selection) => {
        const db = freshDb();
        try {
          await loadDb(db, selection);
          const parsed = parseImport(exportRecoupeJson(await dumpDb(db)));
          if (!parsed.ok) throw new Error(parsed.error.message);
          const plan = await planImport(db, parsed.value);
          for (const counts of Object.values(plan.counts)) {
            expect(counts.new + counts.updated + counts.conflict).toBe(0);
          }
        } finally {
          await dropDb(db);
        }
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
