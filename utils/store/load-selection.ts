import type { RecoupeDb } from '@/utils/store/db';
import type { ExportSelection } from '@/utils/core/formats/export-selection';

/**
 * What to export, read from the database in one read transaction: every record, or only the given
 * claims with their versions, annotations and the outlets those versions cite.
 */
export async function loadExportSelection(db: RecoupeDb, claimIds?: string[]): Promise<ExportSelection> {
  return db.transaction('r', [db.claims, db.versions, db.annotations, db.outlets], async () => {
    if (!claimIds) {
      const [outlets, claims, versions, annotations] = await Promise.all([db.outlets.toArray(), db.claims.toArray(), db.versions.toArray(), db.annotations.toArray()]);
      return { outlets, claims, versions, annotations };
    }
    const claims = (await db.claims.bulkGet(claimIds)).filter((c) => c !== undefined);
    const ids = claims.map((c) => c.id);
    const versions = await db.versions.where('claimId').anyOf(ids).toArray();
    const annotations = await db.annotations.where('claimId').anyOf(ids).toArray();
    const outletIds = [...new Set(versions.map((v) => v.outletId))];
    const outlets = (await db.outlets.bulkGet(outletIds)).filter((o) => o !== undefined);
    return { outlets, claims, versions, annotations };
  });
}
