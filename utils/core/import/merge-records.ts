import type { Annotation, Claim, Outlet, StatusChange, Version } from '@/utils/core/model';

export type TableName = 'claims' | 'versions' | 'outlets' | 'annotations';
export type RecordOf<T extends TableName> = { claims: Claim; versions: Version; outlets: Outlet; annotations: Annotation }[T];
export type Classification = 'new' | 'updated' | 'duplicate' | 'conflict';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function isEmpty(value: unknown): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

function unionBy<T>(a: T[], b: T[], key: (t: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((t) => !seen.has(key(t)))];
}

const changeKey = (c: StatusChange) => `${c.status} ${c.date} ${c.by}`;

/**
 * The record an import would write over `local`. Files in partial formats (W3C, ClaimReview, CSV)
 * leave fields empty: an empty incoming value never blanks a local one. Claims keep the union of
 * both status histories (the latest change is current) and of tags; origin and createdAt stay local.
 */
export function mergeRecord<T extends TableName>(table: T, local: RecordOf<T> | undefined, incoming: RecordOf<T>): RecordOf<T> {
  if (!local) return incoming;
  const merged: Record<string, unknown> = { ...local };
  for (const [key, value] of Object.entries(incoming)) {
    if (value !== undefined && !(isEmpty(value) && !isEmpty((local as unknown as Record<string, unknown>)[key]))) merged[key] = value;
  }
  if ('origin' in local) merged.origin = local.origin;
  if ('createdAt' in local) merged.createdAt = local.createdAt;
  // An outlet's domains are all kept: a file that names it by one address does not forget the others,
  // and a page's host under one of them ("www3.nhk.or.jp" under "nhk.or.jp") adds nothing.
  if (table === 'outlets') {
    const domains = (local as Outlet).domains;
    const covered = (d: string) => domains.some((l) => d === l || d.endsWith(`.${l}`));
    merged.domains = [...domains, ...new Set((incoming as Outlet).domains.filter((d) => !covered(d)))];
  }
  if (table === 'claims') {
    const l = local as Claim;
    const i = incoming as Claim;
    // Formats without a status history (CSV, W3C) state the status as a change of their own ("Imported
    // from CSV", dated by the file or the import): one that only restates the current status, with no
    // note or evidence, tells nothing, and would make the library's own export come back as an update.
    const now = l.statusHistory[l.statusHistory.length - 1]?.status ?? l.status;
    const told = i.statusHistory.filter((c) => !(c.by === 'import' && c.status === now && !c.note && !c.evidence?.length));
    const union = unionBy(l.statusHistory, told, changeKey);
    // Only reorder when the file adds changes: a local history is never rewritten for nothing.
    const history = union.length === l.statusHistory.length ? l.statusHistory : union.sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
    merged.statusHistory = history;
    merged.tags = unionBy(l.tags, i.tags, (t) => t);
    merged.statement = { ...l.statement, ...i.statement };
    // The incoming status fields stand when the incoming latest change is the latest overall;
    // an older status from the file only joins the history.
    const current = history[history.length - 1];
    const incomingCurrent = told[told.length - 1];
    const keepLocal = incomingCurrent ? !current || changeKey(current) !== changeKey(incomingCurrent) : l.statusHistory.length > 0 || i.statusHistory.length > 0;
    if (keepLocal) {
      merged.status = l.status;
      merged.statusDate = l.statusDate;
      merged.statusReason = l.statusReason;
      // The published label goes with the status it explains.
      if (l.ratingLabel === undefined) delete merged.ratingLabel;
      else merged.ratingLabel = l.ratingLabel;
    }
  }
  // A record the file leaves as it was keeps its own date: a format without one (CSV) dates it by the import.
  if ('updatedAt' in local && deepEqual({ ...merged, updatedAt: undefined }, { ...local, updatedAt: undefined })) merged.updatedAt = local.updatedAt;
  return merged as unknown as RecordOf<T>;
}

/** Annotations are the user's own work: any difference from an incoming one is a conflict. */
function userOwned(table: TableName, local: object): boolean {
  return table === 'annotations' || (local as { userModified?: boolean }).userModified === true;
}

export function classify<T extends TableName>(table: T, local: RecordOf<T> | undefined, merged: RecordOf<T>): Classification {
  if (!local) return 'new';
  if (deepEqual(local, merged)) return 'duplicate';
  return userOwned(table, local) ? 'conflict' : 'updated';
}

/** Names of the fields that differ, for the conflict list shown to the user. */
export function changedFields(local: object, merged: object): string[] {
  const keys = new Set([...Object.keys(local), ...Object.keys(merged)]);
  return [...keys].filter((k) => !deepEqual((local as Record<string, unknown>)[k], (merged as Record<string, unknown>)[k]));
}
