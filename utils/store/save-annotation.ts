import { factsAfterEdit, withFacts } from '@/utils/store/fill-facts';
import { recentContext } from '@/utils/core/facts/recent-context';
import { loadFactsReader } from '@/utils/core/facts/facts-reader';
import type { RecoupeDb } from '@/utils/store/db';
import { userError } from '@/utils/locale/user-error';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';
import type { AnnotationDraft, SavedAnnotation } from '@/utils/protocol/annotation-draft';
import { setStatus } from '@/utils/store/claim-edits';
import { getSettings } from '@/utils/store/site-settings';
import { safeHttpUrl } from '@/utils/core/safe-url';
import { outletOfPage, pageKey, pageKeyVariants, siteHost } from '@/utils/core/page-identity';
import { versionsAtUrls } from '@/utils/store/version-lookups';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
const clean = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** The outlet of a page, as scanning resolves it (utils/core/page-identity.ts); else a new one, named after the site. */
async function outletFor(db: RecoupeDb, url: string, siteName: string): Promise<Outlet> {
  const outlets = await db.outlets.toArray();
  const known = (await versionsAtUrls(db, pageKeyVariants(url))).find((v) => pageKey(v.url) === pageKey(url));
  const id = outletOfPage({ url, siteName }, outlets, outlets.find((o) => o.id === known?.outletId)?.id);
  const found = id ? outlets.find((o) => o.id === id) : undefined;
  if (found) return found;
  const bare = siteHost(url);
  const outlet: Outlet = { id: newId('outlet'), name: siteName.trim() || bare, domains: bare ? [bare] : [], origin: 'user', userModified: true };
  await db.outlets.add(outlet);
  return outlet;
}

/**
 * Saves a selection as this outlet's version of a claim (a new claim or an existing one), with the
 * W3C selectors to find it again, and the status change if one was made: all in one transaction.
 */
export async function saveAnnotation(db: RecoupeDb, draft: AnnotationDraft): Promise<SavedAnnotation> {
  const exact = draft.selectors.quote.exact.trim();
  if (!exact) throw userError('errNoSelection', 'Select some text of the page first.');
  const url = safeHttpUrl(draft.page.canonicalUrl) || safeHttpUrl(draft.page.url);
  if (!url) throw userError('errNotHttp', 'Only pages with an http or https address can be annotated.');
  const settings = await getSettings(db);
  const by = settings.reviewerName.trim() || 'you';
  // The version's facts are read in the transaction, which must not wait for the reader's script.
  await loadFactsReader();
  return db.transaction('rw', [db.claims, db.outlets, db.versions, db.annotations, db.settings], async () => {
    const now = new Date().toISOString();
    let claim: Claim | undefined;
    if (draft.target.kind === 'existing') {
      claim = await db.claims.get(draft.target.claimId);
      if (!claim) throw userError('errPickedClaimGone', 'That claim is no longer in your library: pick another one or create a new claim.');
    } else {
      const statement = draft.target.statement.trim();
      if (!statement) throw userError('errNeedStatement', 'Write the claim’s statement before saving.');
      const status = draft.status?.status ?? 'unverified';
      const reason = draft.status?.reason.trim() ?? '';
      claim = {
        id: newId('claim'),
        statement: { [draft.target.lang || draft.page.lang || 'en']: statement },
        status,
        statusReason: reason,
        statusDate: now,
        statusHistory: [{ status, reason, date: now, by, ...(draft.status?.note.trim() ? { note: draft.status.note.trim() } : {}), ...(clean(draft.status?.evidence ?? []).length ? { evidence: clean(draft.status!.evidence) } : {}) }],
        tags: clean(draft.tags),
        origin: 'user',
        createdAt: now,
        updatedAt: now,
        userModified: true,
      };
      await db.claims.add(claim);
    }
    if (draft.target.kind === 'existing' && draft.status) {
      const r = await setStatus(db, claim.id, draft.status, by, claim.updatedAt);
      if (!r.ok) throw userError('errChangedElsewhere', 'This claim was changed elsewhere meanwhile: close the form, open it again and save once more.');
    }
    const outlet = await outletFor(db, url, draft.page.siteName);
    const version: Version = {
      id: newId('version'),
      claimId: claim.id,
      outletId: outlet.id,
      url,
      title: draft.page.title.trim(),
      publishedAt: draft.page.publishedAt,
      quote: exact,
      lang: draft.page.lang || 'und',
      figures: [],
      places: [],
      attributions: [],
      dates: [],
      origin: 'user',
      createdAt: now,
      updatedAt: now,
      userModified: true,
      // What the extractor reads of the page text before the selection, kept for later extractions.
      ...(draft.context ? { context: recentContext(draft.context) } : {}),
    };
    // Facts are read from the quote (and the page text before it) now, so the card can mark
    // differences with other outlets.
    await db.versions.add(withFacts(version));
    const annotation: Annotation = {
      id: newId('annotation'),
      claimId: claim.id,
      versionId: version.id,
      url,
      selectors: draft.selectors,
      note: draft.note.trim(),
      tags: clean(draft.tags),
      evidence: clean(draft.status?.evidence ?? []),
      anchorState: 'anchored',
      createdAt: now,
      updatedAt: now,
    };
    await db.annotations.add(annotation);
    return { annotationId: annotation.id, claimId: claim.id, versionId: version.id };
  });
}

/** Points a detached annotation (and its version's quote) at a new selection. */
export async function reattachAnnotation(db: RecoupeDb, annotationId: string, selectors: AnnotationDraft['selectors'], context?: string): Promise<SavedAnnotation> {
  await loadFactsReader();
  return db.transaction('rw', [db.annotations, db.versions], async () => {
    const annotation = await db.annotations.get(annotationId);
    if (!annotation) throw userError('errAnnotationGone', 'That annotation is no longer in your library.');
    const now = new Date().toISOString();
    await db.annotations.update(annotationId, { selectors, anchorState: 'anchored', updatedAt: now });
    const version = annotation.versionId ? await db.versions.get(annotation.versionId) : undefined;
    if (version) {
      const quote = selectors.quote.exact.trim();
      // The new selection's own context; the old one was before another passage.
      const moved: Version = { ...version };
      delete moved.context;
      if (context) moved.context = recentContext(context);
      await db.versions.put({ ...moved, ...factsAfterEdit(moved, { quote }), quote, updatedAt: now, userModified: true });
    }
    return { annotationId, claimId: annotation.claimId, versionId: annotation.versionId ?? '' };
  });
}
