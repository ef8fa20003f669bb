import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, StatusChange } from '@/utils/core/model';
import type { ParsedImport } from '@/utils/core/import/import-types';
import type { FactCheckProposal, PageFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';

import type { PageFactCheck, ProposalState } from '@/utils/protocol/page-factchecks';

export type { PageFactCheck, ProposalState } from '@/utils/protocol/page-factchecks';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The records of the chosen claims, marked as read from this page. */
function subset(parsed: ParsedImport, ids: Set<string>, pageUrl: string): ParsedImport {
  const claims = parsed.claims.filter((c) => ids.has(c.id)).map((c): Claim => ({
    ...c, origin: 'page', sourcePage: pageUrl, statusHistory: c.statusHistory.map((h) => ({ ...h, by: 'page' })),
  }));
  const versions = parsed.versions.filter((v) => ids.has(v.claimId)).map((v) => ({ ...v, origin: 'page' }));
  const outletIds = new Set(versions.map((v) => v.outletId));
  return { ...parsed, claims, versions, outlets: parsed.outlets.filter((o) => outletIds.has(o.id)), annotations: [], invalid: [] };
}

function changed(stored: Claim, incoming: Claim): boolean {
  const [lang, text] = Object.entries(incoming.statement)[0] ?? [];
  return stored.status !== incoming.status || stored.ratingLabel !== incoming.ratingLabel || (lang !== undefined && stored.statement[lang] !== text);
}

/**
 * Compares a page's fact-checks with the library and writes the ones asked for (`add`, or all of
 * them): new claims through the import path (one transaction), and for a claim read earlier from
 * this same site whose review has changed, an update with a status history entry. Never touches a
 * claim from another source or one the user edited.
 */
export async function reviewPageFactChecks(db: RecoupeDb, pageUrl: string, found: PageFactChecks, add: 'all' | string[], now: string): Promise<PageFactCheck[]> {
  const pageOrigin = originOf(pageUrl);
  const wanted = (id: string) => add === 'all' || add.includes(id);
  const stored = await db.claims.bulkGet(found.proposals.map((p) => p.claimId));
  const states = new Map<string, ProposalState>();
  const toAdd = new Set<string>();
  const toUpdate: Claim[] = [];
  found.proposals.forEach((p, i) => {
    const local = stored[i];
    const incoming = found.parsed.claims.find((c) => c.id === p.claimId)!;
    if (!local) {
      if (wanted(p.claimId)) toAdd.add(p.claimId);
      states.set(p.claimId, wanted(p.claimId) ? 'added' : 'new');
    } else if (local.origin !== 'page' || originOf(local.sourcePage) !== pageOrigin) states.set(p.claimId, 'other-source');
    else if (local.userModified) states.set(p.claimId, 'kept');
    else if (!changed(local, incoming)) states.set(p.claimId, 'known');
    else {
      toUpdate.push(incoming);
      states.set(p.claimId, 'updated');
    }
  });
  if (toAdd.size > 0) {
    const plan = await planImport(db, subset(found.parsed, toAdd, pageUrl));
    const result = await applyImport(db, plan, { conflictPolicy: 'keep-local' });
    if (!result.ok) throw new Error(result.message);
  }
  if (toUpdate.length > 0) await updateChanged(db, toUpdate, pageUrl, now);
  return found.proposals.map((p) => ({ ...p, state: states.get(p.claimId) ?? 'new' }));
}

async function updateChanged(db: RecoupeDb, incoming: Claim[], pageUrl: string, now: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const claim of incoming) {
      // Read again inside the transaction: the user may have edited it since.
      const local = await db.claims.get(claim.id);
      if (!local || local.userModified || local.origin !== 'page') continue;
      const read = claim.statusHistory[claim.statusHistory.length - 1];
      const change: StatusChange = { ...read, date: now, by: 'page', note: `Read again on ${pageUrl}. ${read?.note ?? ''}`.trim() };
      const next: Claim = {
        ...local, status: claim.status, statusReason: claim.statusReason, statusDate: now,
        statusHistory: [...local.statusHistory, change], statement: { ...local.statement, ...claim.statement }, updatedAt: now,
      };
      if (claim.ratingLabel) next.ratingLabel = claim.ratingLabel;
      else delete next.ratingLabel;
      await db.claims.put(next);
    }
  });
}
