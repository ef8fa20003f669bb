import type { RecoupeDb } from '@/utils/store/db';
import { userError } from '@/utils/locale/user-error';
import type { Claim } from '@/utils/core/model';
import { loadFactsReader } from '@/utils/core/facts/facts-reader';
import type { CardData, CardVersion, RelatedClaim } from '@/utils/protocol/card-data';
import { safeHttpUrl } from '@/utils/core/safe-url';

/** Builds what the card shows for one claim, seen from a page of `pageOutletId`. */
export async function buildCardData(db: RecoupeDb, claimId: string, pageOutletId: string | null): Promise<CardData> {
  const claim = await db.claims.get(claimId);
  if (!claim) throw userError('errClaimGone', 'This claim ($1) is no longer in your library: it was deleted or merged. Reload the page to refresh the highlights.', [claimId]);
  const versions = await db.versions.where('claimId').equals(claimId).toArray();
  const outletIds = [...new Set(versions.map((v) => v.outletId))];
  const outlets = new Map((await db.outlets.bulkGet(outletIds)).filter((o) => o !== undefined).map((o) => [o.id, o]));
  // Loaded with the card the worker first opens since it started, not at its start (facts-reader.ts).
  const { marks, differences } = (await loadFactsReader()).compareVersions(versions);
  const toCard = (v: (typeof versions)[number]): CardVersion => ({
    id: v.id,
    outletName: outlets.get(v.outletId)?.name ?? v.outletId,
    url: safeHttpUrl(v.url),
    title: v.title,
    publishedAt: v.publishedAt,
    quote: v.quote,
    lang: v.lang,
    marks: marks.get(v.id) ?? [],
  });
  const byDate = (a: CardVersion, b: CardVersion) => (a.publishedAt || '').localeCompare(b.publishedAt || '') || a.outletName.localeCompare(b.outletName);
  return {
    claimId,
    statement: claim.statement,
    status: claim.status,
    statusReason: claim.statusReason,
    statusDate: claim.statusDate,
    ...(claim.ratingLabel ? { ratingLabel: claim.ratingLabel } : {}),
    ...(claim.claimant ? { claimant: claim.claimant } : {}),
    history: claim.statusHistory ?? [],
    versions: versions.filter((v) => v.outletId !== pageOutletId).map(toCard).sort(byDate),
    ownVersions: versions.filter((v) => v.outletId === pageOutletId).map(toCard),
    differences,
    related: await relatedClaims(db, claim, new Set(versions.flatMap((v) => (v.figures ?? []).map((f) => f.unit ?? '')))),
  };
}

/** Tags carried by more claims than this are topics, not questions: too broad to relate claims. */
const MAX_TAG_SPREAD = 6;

/** Claims asking the same question (a narrow shared tag) that state figures of the same kind. */
async function relatedClaims(db: RecoupeDb, claim: Claim, units: Set<string>): Promise<RelatedClaim[]> {
  if (!claim.tags?.length || !units.size) return [];
  const related = new Map<string, RelatedClaim>();
  for (const tag of claim.tags) {
    const others = await db.claims.where('tags').equals(tag).limit(MAX_TAG_SPREAD + 1).toArray();
    if (others.length > MAX_TAG_SPREAD) continue;
    for (const c of others) {
      if (c.id === claim.id || related.has(c.id)) continue;
      const versions = await db.versions.where('claimId').equals(c.id).toArray();
      const figures = [...new Set(versions.flatMap((v) => (v.figures ?? []).filter((f) => units.has(f.unit ?? '')).map((f) => f.text)))];
      if (figures.length) related.set(c.id, { claimId: c.id, statement: c.statement, status: c.status, figures });
    }
  }
  return [...related.values()];
}
