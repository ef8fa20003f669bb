import type { RecoupeDb } from '@/utils/store/db';
import type { Annotation, Claim, Outlet, StatusChange, Version } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import { factsAfterEdit } from '@/utils/store/fill-facts';
import { loadFactsReader } from '@/utils/core/facts/facts-reader';
import { addTombstones, removeTombstones } from '@/utils/store/tombstones';

/*
 * Edits made on the library page. Each runs in one Dexie transaction. Optimistic concurrency: an edit
 * carries the `updatedAt` its form was loaded with; if the stored record has changed since (another tab
 * saved first), nothing is written and the caller gets both values to show, never a silent overwrite.
 */

export type EditResult<T> =
  | { ok: true; record: T }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'conflict'; stored: T; attempted: Partial<T> };

export type ClaimPatch = Partial<Pick<Claim, 'statement' | 'tags'>>;
export type VersionPatch = Partial<
  Pick<Version, 'outletId' | 'url' | 'title' | 'publishedAt' | 'quote' | 'lang' | 'figures' | 'places' | 'attributions' | 'dates'>
>;
export type OutletPatch = Partial<Pick<Outlet, 'name' | 'domains'>>;
export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'tags' | 'evidence'>>;

export interface StatusInput {
  status: Status;
  reason: string;
  evidence?: string[];
  note?: string;
}

/** An ISO time strictly after `previous`, so an edit always moves updatedAt even within one millisecond. */
function nextTimestamp(previous: string | undefined): string {
  const now = Date.now();
  const prev = previous ? Date.parse(previous) : NaN;
  return new Date(Number.isFinite(prev) && prev >= now ? prev + 1 : now).toISOString();
}

type Stamped = { id: string; updatedAt: string };

async function editStamped<T extends Stamped>(
  table: RecoupeDb['claims'] | RecoupeDb['versions'] | RecoupeDb['annotations'],
  id: string,
  baseUpdatedAt: string,
  change: (stored: T) => Partial<T>,
  attempted: Partial<T>,
): Promise<EditResult<T>> {
  return table.db.transaction('rw', table, async () => {
    const stored = (await table.get(id)) as T | undefined;
    if (!stored) return { ok: false, reason: 'missing' };
    if (stored.updatedAt !== baseUpdatedAt) return { ok: false, reason: 'conflict', stored, attempted };
    const record = { ...stored, ...change(stored), updatedAt: nextTimestamp(stored.updatedAt) } as T;
    // A change may take a field away (setStatus, the published label): not kept as a key set to undefined.
    for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
    await (table as unknown as { put(r: T): Promise<unknown> }).put(record);
    return { ok: true, record };
  });
}

export function updateClaim(db: RecoupeDb, id: string, patch: ClaimPatch, baseUpdatedAt: string): Promise<EditResult<Claim>> {
  const clean: ClaimPatch = { ...patch };
  if (clean.statement) clean.statement = dropEmpty(clean.statement);
  if (clean.tags) clean.tags = uniqueTrimmed(clean.tags);
  return editStamped<Claim>(db.claims, id, baseUpdatedAt, () => ({ ...clean, userModified: true }), clean);
}

/** Appends to the status history and makes the change the current status. */
export function setStatus(db: RecoupeDb, claimId: string, input: StatusInput, by: string, baseUpdatedAt: string): Promise<EditResult<Claim>> {
  const date = new Date().toISOString();
  const entry: StatusChange = { status: input.status, reason: input.reason.trim(), date, by };
  const evidence = uniqueTrimmed(input.evidence ?? []);
  if (evidence.length) entry.evidence = evidence;
  if (input.note?.trim()) entry.note = input.note.trim();
  return editStamped<Claim>(
    db.claims,
    claimId,
    baseUpdatedAt,
    (stored) => ({
      status: entry.status,
      statusReason: entry.reason,
      statusDate: date,
      statusHistory: [...stored.statusHistory, entry],
      // The fact-checker's published label explained the status it came with, not this one.
      ratingLabel: undefined,
      userModified: true,
    }),
    { status: entry.status, statusReason: entry.reason },
  );
}

export async function updateVersion(db: RecoupeDb, id: string, patch: VersionPatch, baseUpdatedAt: string): Promise<EditResult<Version>> {
  // Before the transaction: factsAfterEdit reads facts in it.
  await loadFactsReader();
  return editStamped<Version>(db.versions, id, baseUpdatedAt, (stored) => ({ ...patch, ...factsAfterEdit(stored, patch), userModified: true }), patch);
}

export function updateAnnotation(db: RecoupeDb, id: string, patch: AnnotationPatch, baseUpdatedAt: string): Promise<EditResult<Annotation>> {
  const clean = { ...patch, ...(patch.tags ? { tags: uniqueTrimmed(patch.tags) } : {}) };
  return editStamped<Annotation>(db.annotations, id, baseUpdatedAt, () => clean, clean);
}

/**
 * Outlets have no updatedAt: the check compares the fields being edited with the values the form
 * started from (`base`), which catches the same lost update.
 */
export async function updateOutlet(db: RecoupeDb, id: string, patch: OutletPatch, base: OutletPatch): Promise<EditResult<Outlet>> {
  return db.transaction('rw', db.outlets, async () => {
    const stored = await db.outlets.get(id);
    if (!stored) return { ok: false, reason: 'missing' };
    const changed = (Object.keys(patch) as (keyof OutletPatch)[]).some((k) => JSON.stringify(stored[k]) !== JSON.stringify(base[k]));
    if (changed) return { ok: false, reason: 'conflict', stored, attempted: patch };
    const record: Outlet = { ...stored, ...patch, ...(patch.domains ? { domains: uniqueTrimmed(patch.domains.map((d) => d.toLowerCase())) } : {}), userModified: true };
    await db.outlets.put(record);
    return { ok: true, record };
  });
}

export interface MergeOptions {
  /** Reason recorded in the kept claim's history (the caller's language). */
  reason?: string;
}

/**
 * Merges `mergeId` into `keepId`: its versions and annotations move over, statements in languages
 * the kept claim lacks are added, tags are united, and both status histories are kept in date order.
 * A final history entry records the merge, with the merged claim's statements and status in its note,
 * so a statement the kept claim already had in that language is not lost either.
 */
export async function mergeClaims(db: RecoupeDb, keepId: string, mergeId: string, by: string, options: MergeOptions = {}): Promise<EditResult<Claim>> {
  if (keepId === mergeId) return { ok: false, reason: 'missing' };
  return db.transaction('rw', [db.claims, db.versions, db.annotations, db.meta], async () => {
    const [keep, gone] = await db.claims.bulkGet([keepId, mergeId]);
    if (!keep || !gone) return { ok: false, reason: 'missing' };
    const now = nextTimestamp(keep.updatedAt > gone.updatedAt ? keep.updatedAt : gone.updatedAt);
    // Marked userModified so that reloading the starter data does not move them back.
    await db.versions.where('claimId').equals(mergeId).modify({ claimId: keepId, userModified: true, updatedAt: now });
    await db.annotations.where('claimId').equals(mergeId).modify({ claimId: keepId, updatedAt: now });
    const summary = Object.entries(gone.statement)
      .map(([lang, text]) => `[${lang}] ${text}`)
      .concat(`[${gone.status}] ${gone.statusReason}`, `(${gone.id})`)
      .join('\n');
    const mergeEntry: StatusChange = {
      status: keep.status,
      reason: options.reason ?? `Merged with a duplicate claim (${gone.id})`,
      date: now,
      by,
      note: summary,
    };
    const history = [...keep.statusHistory, ...gone.statusHistory].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const record: Claim = {
      ...keep,
      statement: { ...gone.statement, ...keep.statement },
      tags: uniqueTrimmed([...keep.tags, ...gone.tags]),
      statusHistory: [...history, mergeEntry],
      statusDate: now,
      updatedAt: now,
      userModified: true,
    };
    await db.claims.put(record);
    await db.claims.delete(mergeId);
    await addTombstones(db, [mergeId]);
    return { ok: true, record };
  });
}

/** Everything a delete removed, to put back exactly. */
export interface UndoToken {
  claim: Claim;
  versions: Version[];
  annotations: Annotation[];
}

/** Deletes a claim with its versions and annotations; undefined if there was no such claim. */
export async function deleteClaim(db: RecoupeDb, id: string): Promise<UndoToken | undefined> {
  return db.transaction('rw', [db.claims, db.versions, db.annotations, db.meta], async () => {
    const claim = await db.claims.get(id);
    if (!claim) return undefined;
    const versions = await db.versions.where('claimId').equals(id).toArray();
    const annotations = await db.annotations.where('claimId').equals(id).toArray();
    await db.versions.bulkDelete(versions.map((v) => v.id));
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    await db.claims.delete(id);
    await addTombstones(db, [id, ...versions.map((v) => v.id)]);
    return { claim, versions, annotations };
  });
}

export async function undoDelete(db: RecoupeDb, token: UndoToken): Promise<void> {
  await db.transaction('rw', [db.claims, db.versions, db.annotations, db.meta], async () => {
    await removeTombstones(db, [token.claim.id, ...token.versions.map((v) => v.id)]);
    await db.claims.put(token.claim);
    await db.versions.bulkPut(token.versions);
    await db.annotations.bulkPut(token.annotations);
  });
}

function uniqueTrimmed(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function dropEmpty(text: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(text).filter(([lang, s]) => lang.trim() && s.trim()).map(([lang, s]) => [lang.trim(), s.trim()]));
}
