import { describe, expect, it } from 'vitest';
import { openDb } from '@/utils/store/db';
import { MatcherService } from '@/utils/store/matcher-service';
import { saveAnnotation } from '@/utils/store/save-annotation';
import type { AnnotationDraft } from '@/utils/protocol/annotation-draft';

const now = '2026-01-01T00:00:00Z';
let k = 0;

/** A wire story: Agence A's text published on Daily B's site, known in the library as Agence A's version. */
async function library() {
  const db = openDb(`outlet-of-page-${k++}`);
  await db.outlets.bulkAdd([
    { id: 'agence-a', name: 'Agence A', domains: ['agence-a.example'], origin: 'import' },
    { id: 'daily-b', name: 'Daily B', domains: ['daily-b.example'], origin: 'import' },
  ]);
  await db.claims.add({ id: 'c1', statement: { en: 'The bridge reopened on Monday.' }, status: 'unverified', statusReason: '', statusDate: now, statusHistory: [], tags: [], origin: 'import', createdAt: now, updatedAt: now });
  await db.versions.add({
    id: 'v1', claimId: 'c1', outletId: 'agence-a', url: 'https://www.daily-b.example/wire/bridge', title: '', publishedAt: '', quote: 'The bridge reopened on Monday.', lang: 'en',
    figures: [], places: [], attributions: [], dates: [], origin: 'import', createdAt: now, updatedAt: now,
  });
  return db;
}

const draft = (url: string, siteName: string): AnnotationDraft => ({
  page: { url, title: 'Bridge', siteName, publishedAt: '', lang: 'en' },
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'The bridge reopened' } },
  target: { kind: 'existing', claimId: 'c1' },
  note: '',
  tags: [],
});

describe('the outlet of a page, as scanning and annotating see it', () => {
  it('is the same outlet for the card and for a saved annotation, the known article first', async () => {
    const db = await library();
    const page = { url: 'https://www.daily-b.example/wire/bridge/#top', siteName: 'Daily B' };
    expect(await new MatcherService(db).outletFor(page)).toBe('agence-a');
    const saved = await saveAnnotation(db, draft(page.url, page.siteName));
    expect((await db.versions.get(saved.versionId))?.outletId).toBe('agence-a');
  });

  it('is found by domain, then by name, and is created once, named after the site, when unknown', async () => {
    const db = await library();
    const other = await saveAnnotation(db, draft('https://news.daily-b.example/other', ''));
    expect((await db.versions.get(other.versionId))?.outletId).toBe('daily-b');
    const byName = await saveAnnotation(db, draft('https://mirror.example/x', 'agence a'));
    expect((await db.versions.get(byName.versionId))?.outletId).toBe('agence-a');
    const fresh = await saveAnnotation(db, draft('https://www.new-site.example/x', ''));
    const outlet = await db.outlets.get((await db.versions.get(fresh.versionId))!.outletId);
    expect(outlet).toMatchObject({ name: 'new-site.example', domains: ['new-site.example'], origin: 'user' });
    expect(await new MatcherService(db).outletFor({ url: 'https://new-site.example/y' })).toBe(outlet!.id);
  });
});
