import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { fail, type ParseResult } from '@/utils/core/import/import-types';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { isRecord, typeName } from '@/utils/core/import/read-fields';
import { readClaim } from '@/utils/core/import/read-claim';
import { readVersion } from '@/utils/core/import/read-version';
import { readAnnotation, readOutlet } from '@/utils/core/import/read-outlet-annotation';

const TABLES = ['outlets', 'claims', 'versions', 'annotations'] as const;

function readTable<T>(doc: Record<string, unknown>, table: string, log: InvalidLog, read: (v: unknown, at: string, log: InvalidLog) => T | undefined): T[] {
  const list = doc[table];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    log.add(table, `Expected a list, found ${typeName(list)}.`);
    return [];
  }
  const out: T[] = [];
  const seen = new Set<unknown>();
  list.forEach((item, i) => {
    const record = read(item, `${table}[${i}]`, log);
    if (record === undefined) return;
    const id = (record as { id: unknown }).id;
    if (seen.has(id)) {
      log.add(`${table}[${i}].id`, `The id ${JSON.stringify(id)} appears twice; the later record is ignored.`);
      return;
    }
    seen.add(id);
    out.push(record);
  });
  return out;
}

/** Recoupe JSON (docs/recoupe-json-format.md) from an already safely parsed value. */
export function parseRecoupeDocument(doc: unknown, log: InvalidLog = new InvalidLog()): ParseResult {
  if (!isRecord(doc)) return fail('unknown-format', `A Recoupe JSON file holds one object; this one holds ${typeName(doc)}.`);
  if (doc.format !== 'recoupe/1') {
    if (typeof doc.format === 'string' && doc.format.startsWith('recoupe/')) {
      return fail('unsupported-version', `This file is ${doc.format}, made by a newer Recoupe; this version reads recoupe/1. Update the extension.`, 'format');
    }
    return fail('unknown-format', 'Not a Recoupe JSON file: "format": "recoupe/1" is missing.', 'format');
  }
  let total = 0;
  for (const table of TABLES) total += Array.isArray(doc[table]) ? (doc[table] as unknown[]).length : 0;
  if (total > IMPORT_LIMITS.maxRecords) {
    return fail('too-many-records', `The file holds ${total} records; one import takes at most ${IMPORT_LIMITS.maxRecords}.`);
  }
  const outlets = readTable(doc, 'outlets', log, readOutlet);
  const claims = readTable(doc, 'claims', log, readClaim);
  const versions = readTable(doc, 'versions', log, readVersion);
  const annotations = readTable(doc, 'annotations', log, readAnnotation);
  return { ok: true, value: { format: 'recoupe-json', outlets, claims, versions, annotations, invalid: log.finish() } };
}
