import type { RecoupeDb } from '@/utils/store/db';
import type { Outlet } from '@/utils/core/model';
import type { InvalidEntry, ParsedImport } from '@/utils/core/import/import-types';
import { HOST_OUTLET_PREFIX } from '@/utils/core/import/derive-ids';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import type { RecordOf, TableName } from '@/utils/core/import/merge-records';

type Records = { [T in TableName]: RecordOf<T>[] };

/**
 * Outlets that W3C, ClaimReview and CSV files only name by host ("web:lemonde.fr") become the stored
 * outlet that lists that domain, so an import does not create a second "Le Monde".
 */
export async function remapHostOutlets(db: RecoupeDb, parsed: ParsedImport): Promise<Records & { outletsMatchedLocally: number }> {
  const remap = new Map<string, string>();
  const outlets: Outlet[] = [];
  for (const outlet of parsed.outlets) {
    if (outlet.id.startsWith(HOST_OUTLET_PREFIX) && !(await db.outlets.get(outlet.id))) {
      const local = await outletOfHost(db, outlet.domains[0] ?? '');
      if (local) {
        remap.set(outlet.id, local.id);
        continue;
      }
    }
    outlets.push(outlet);
  }
  const versions = remap.size === 0 ? parsed.versions : parsed.versions.map((v) => (remap.has(v.outletId) ? { ...v, outletId: remap.get(v.outletId)! } : v));
  return { outlets, claims: parsed.claims, versions, annotations: parsed.annotations, outletsMatchedLocally: remap.size };
}

/**
 * The stored outlet whose domain is this host or the nearest domain above it: "www3.nhk.or.jp" is
 * NHK's when NHK lists "nhk.or.jp". Above two labels only, so that no outlet is found by "co.uk".
 */
async function outletOfHost(db: RecoupeDb, host: string): Promise<Outlet | undefined> {
  const labels = host.toLowerCase().split('.');
  // Longest first: a section's own outlet before its newspaper's.
  for (let i = 0; i < labels.length - 1; i++) {
    const local = await db.outlets.where('domains').equals(labels.slice(i).join('.')).first();
    if (local) return local;
  }
  return undefined;
}

async function missingIds(db: RecoupeDb, table: 'claims' | 'outlets' | 'versions', ids: Set<string>, incoming: Set<string>): Promise<Set<string>> {
  const wanted = [...ids].filter((id) => !incoming.has(id));
  const found = await db.table(table).bulkGet(wanted);
  return new Set(wanted.filter((_, i) => found[i] === undefined));
}

/** Versions and annotations pointing at a claim or outlet that is neither in the file nor stored are left out. */
export async function dropOrphans(db: RecoupeDb, records: Records, invalid: InvalidEntry[]): Promise<Records> {
  const claimIds = new Set(records.claims.map((c) => c.id));
  const outletIds = new Set(records.outlets.map((o) => o.id));
  const versionIds = new Set(records.versions.map((v) => v.id));
  const noClaim = await missingIds(db, 'claims', new Set([...records.versions, ...records.annotations].map((r) => r.claimId)), claimIds);
  const noOutlet = await missingIds(db, 'outlets', new Set(records.versions.map((v) => v.outletId)), outletIds);
  const noVersion = await missingIds(db, 'versions', new Set(records.annotations.flatMap((a) => (a.versionId ? [a.versionId] : []))), versionIds);
  const log = new InvalidLog();
  const versions = records.versions.filter((v) => {
    const why = noClaim.has(v.claimId) ? `claim ${JSON.stringify(v.claimId)}` : noOutlet.has(v.outletId) ? `outlet ${JSON.stringify(v.outletId)}` : undefined;
    if (why) log.add(`version ${JSON.stringify(v.id)}`, `Refers to ${why}, which is neither in the file nor in the database.`);
    return !why;
  });
  const annotations = records.annotations.flatMap((a) => {
    if (noClaim.has(a.claimId)) {
      log.add(`annotation ${JSON.stringify(a.id)}`, `Refers to claim ${JSON.stringify(a.claimId)}, which is neither in the file nor in the database.`);
      return [];
    }
    if (!a.versionId || !noVersion.has(a.versionId)) return [a];
    // The annotation stands on its own (URL and selectors); only the link to the unknown version goes.
    const { versionId: _unknown, ...rest } = a;
    return [rest];
  });
  invalid.push(...log.finish());
  return { outlets: records.outlets, claims: records.claims, versions, annotations };
}
