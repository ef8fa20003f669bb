import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecoupeDocument, Version } from '@/utils/core/model';
import { isStatus } from '@/utils/core/statuses';
import { itWithShared } from '../shared-data';
import { DEMO_ARTICLES, REPO_ROOT, SHARED_DIR, readSeed, type DemoArticle } from '@/scripts/lib/demo-articles';

const doc = JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/starter-data.json'), 'utf8')) as RecoupeDocument;
type SeedCases = { claims: { id: string; versions: { source: string; document: string; quote: string }[] }[] };
// Read only by the tests that need ../shared (itWithShared), so that a clone alone skips just those.
const seedCases = (): SeedCases => JSON.parse(readFileSync(resolve(SHARED_DIR, 'eval/seed-cases.json'), 'utf8')) as SeedCases;

const articleOf = (v: Version): DemoArticle | undefined =>
  DEMO_ARTICLES.find((a) => v.url === `http://127.0.0.1:8642/${a.slug}/`);
const versionsOf = (claimId: string) => doc.versions.filter((v) => v.claimId === claimId);
const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** True when two versions of the same claim state different values for one facet. */
function disagree(claimId: string, facet: (v: Version) => string[]): boolean {
  const sets = versionsOf(claimId)
    .map((v) => [...new Set(facet(v))].sort().join('|'))
    .filter((s) => s !== '');
  return new Set(sets).size > 1;
}

describe('starter dataset', () => {
  it('is a recoupe/1 document with at least 20 claims and 40 outlet versions', () => {
    expect(doc.format).toBe('recoupe/1');
    expect(doc.claims.length).toBeGreaterThanOrEqual(20);
    expect(doc.versions.length).toBeGreaterThanOrEqual(40);
    expect(doc.annotations).toEqual([]);
  });

  it('has unique ids for claims, versions and outlets', () => {
    for (const list of [doc.claims, doc.versions, doc.outlets]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
  });

  itWithShared('contains every claim of seed-cases.json and keeps each of its quotes', ['eval/seed-cases.json'], () => {
    for (const claim of seedCases().claims) {
      const mine = versionsOf(claim.id);
      expect(mine.length, claim.id).toBeGreaterThan(0);
      for (const v of claim.versions) {
        const seedFile = v.document;
        const kept = mine.some((m) => articleOf(m)?.seedFile === seedFile && m.quote.includes(v.quote));
        expect(kept, `${claim.id}: ${v.quote}`).toBe(true);
      }
    }
  });

  it('gives every claim a French and an English statement, a valid status with a reason, and one starter history entry', () => {
    for (const c of doc.claims) {
      expect(c.statement.fr?.length, c.id).toBeGreaterThan(20);
      expect(c.statement.en?.length, c.id).toBeGreaterThan(20);
      expect(c.statement.fr).not.toBe(c.statement.en);
      expect(isStatus(c.status), c.id).toBe(true);
      expect(c.statusReason.length, c.id).toBeGreaterThan(30);
      expect(c.statusHistory).toEqual([{ status: c.status, reason: c.statusReason, date: c.statusDate, by: 'starter-data' }]);
      expect(c.statusDate.startsWith('2024-10'), c.id).toBe(true);
      expect(c.origin).toBe('starter');
      expect(c.tags.length, c.id).toBeGreaterThan(0);
      expect(versionsOf(c.id).length, c.id).toBeGreaterThan(0);
    }
  });

  itWithShared('quotes every version verbatim from its seed article, on the demo page of that article', ['seeds'], () => {
    const claimIds = new Set(doc.claims.map((c) => c.id));
    const outletIds = new Set(doc.outlets.map((o) => o.id));
    for (const v of doc.versions) {
      expect(claimIds.has(v.claimId), v.id).toBe(true);
      expect(outletIds.has(v.outletId), v.id).toBe(true);
      const article = articleOf(v);
      expect(article, `${v.id}: ${v.url}`).toBeDefined();
      expect(v.outletId, v.id).toBe(article!.outletId);
      expect(v.title, v.id).toBe(article!.title);
      expect(v.publishedAt, v.id).toBe(article!.publishedAt);
      expect(readSeed(article!.seedFile).includes(v.quote), `${v.id}: ${v.quote}`).toBe(true);
      expect(v.lang).toBe('fr');
      expect(v.origin).toBe('starter');
    }
  });

  it('writes each figure as it appears in its quote, with the same value', () => {
    for (const v of doc.versions) {
      for (const f of v.figures) {
        expect(v.quote.includes(f.text), `${v.id}: ${f.text}`).toBe(true);
        expect(digits(f.text), `${v.id}: ${f.text}`).toBe(f.value);
      }
    }
  });

  it('names unnamed outlets honestly and gives them no domain', () => {
    const byId = new Map(doc.outlets.map((o) => [o.id, o]));
    expect(byId.get('kyiv-independent')?.domains).toContain('kyivindependent.com');
    expect(byId.get('cnn')?.domains).toContain('cnn.com');
    for (const id of ['outlet-a', 'outlet-b', 'outlet-c']) {
      expect(byId.get(id)?.name).toMatch(/unnamed/i);
      expect(byId.get(id)?.domains).toEqual([]);
    }
    for (const a of DEMO_ARTICLES) expect(byId.get(a.outletId)?.name).toBe(a.outletName);
  });

  it('lets the card show where outlets disagree, as the seed articles do', () => {
    // The seeds give the same count with different qualifiers and units ("environ 1 500 Nord-Coréens",
    // "1 500 forces spéciales"): the card compares the figure as stated, not the bare number.
    const figureValues = (v: Version) => v.figures.map((f) => `${f.value} ${f.unit ?? ''} ${f.qualifier ?? ''}`);
    const keys = (v: Version) => v.attributions.map((a) => a.key ?? a.name);
    const ids = doc.claims.map((c) => c.id);
    expect(ids.some((id) => disagree(id, figureValues))).toBe(true);
    expect(ids.some((id) => disagree(id, keys))).toBe(true);
    expect(ids.some((id) => disagree(id, (v) => v.places))).toBe(true);
    expect(ids.some((id) => disagree(id, (v) => v.dates))).toBe(true);

    expect(versionsOf('total-12000').flatMap(keys).sort()).toEqual(['nis', 'south-korean-media']);
    expect(new Set(versionsOf('nis-1500').map((v) => v.figures[0]?.unit)).size).toBeGreaterThan(1);
    expect(versionsOf('ready-by-november').flatMap((v) => v.dates).sort()).toEqual(['by 1 November', 'by November']);
  });

  it('spells Sergeyevka one way in places, whatever the spelling in the quote', () => {
    const location = versionsOf('video-location');
    const spelled = ['Sergueïevski', 'Sergeevka', 'Sergeyevka'].map((s) => location.find((v) => v.quote.includes(s)));
    expect(spelled.every((v) => v?.places.includes('Sergeyevka'))).toBe(true);
    expect(location.some((v) => v.places.includes('location unknown'))).toBe(true);
  });
});
