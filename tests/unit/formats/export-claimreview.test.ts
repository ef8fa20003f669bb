import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimReviewSettingsError, exportClaimReview } from '@/utils/core/formats/export-claimreview';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { selectionArb } from './arbitraries';
import { dropDb, dumpDb, freshDb } from '../import/db-helpers';

const settings = { reviewerName: 'Les Vérificateurs', reviewerUrl: 'https://verif.example.org/' };
type Json = Record<string, any>;

function reviews(text: string): Json[] {
  return JSON.parse(text)['@graph'] as Json[];
}

describe('ClaimReview export', () => {
  it('has every field Google requires or recommends, one review per claim with a verdict', () => {
    fc.assert(
      fc.property(selectionArb, (selection) => {
        const graph = reviews(exportClaimReview(selection, { settings }));
        expect(graph).toHaveLength(selection.claims.filter((c) => c.status !== 'unverified').length);
        for (const review of graph) {
          expect(review['@type']).toBe('ClaimReview');
          // Required by Google: claimReviewed, reviewRating (with alternateName), url.
          expect(typeof review.claimReviewed).toBe('string');
          expect(review.claimReviewed.length).toBeGreaterThan(0);
          expect(typeof review.reviewRating.alternateName).toBe('string');
          expect(review.url).toMatch(/^https:\/\/verif\.example\.org\/#claim-/);
          // Recommended: author, datePublished, itemReviewed (a Claim).
          expect(review.author).toEqual({ '@type': 'Organization', name: settings.reviewerName, url: settings.reviewerUrl });
          expect(typeof review.datePublished).toBe('string');
          expect(review.itemReviewed['@type']).toBe('Claim');
          if (review.reviewRating.ratingValue !== undefined) {
            expect(review.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('lists every outlet URL as appearance, the earliest as firstAppearance, and who the claim is attributed to', () => {
    const claim = { id: 'c1', statement: { en: '12,000 soldiers' }, status: 'false' as const, statusReason: 'No source', statusDate: '2024-10-25', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-10-25', updatedAt: '2024-10-25' };
    const base = { claimId: 'c1', outletId: 'o1', title: '', quote: 'q', lang: 'en', figures: [], places: [], dates: [], origin: 'user', createdAt: '2024-10-25', updatedAt: '2024-10-25' };
    const [review] = reviews(exportClaimReview({
      outlets: [{ id: 'o1', name: 'Outlet', domains: ['o.example'], origin: 'user' }],
      claims: [claim],
      versions: [
        { ...base, id: 'v2', url: 'https://o.example/late', publishedAt: '2024-10-24', attributions: [{ name: 'NIS' }] },
        { ...base, id: 'v1', url: 'https://o.example/early', publishedAt: '2024-10-20', attributions: [{ name: 'South Korean media' }, { name: 'NIS' }] },
      ],
      annotations: [],
    }, { settings, lang: 'en' }));
    expect(review.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1, ratingExplanation: 'No source' });
    expect(review.itemReviewed.appearance.map((a: Json) => a.url)).toEqual(['https://o.example/early', 'https://o.example/late']);
    expect(review.itemReviewed.firstAppearance.url).toBe('https://o.example/early');
    expect(review.itemReviewed.datePublished).toBe('2024-10-20');
    // Each outlet's attributions are its appearance's author; the claim names no author without a claimant.
    expect(review.itemReviewed.appearance.map((a: Json) => a.author.map((x: Json) => x.name))).toEqual([['South Korean media', 'NIS'], ['NIS']]);
    expect(review.itemReviewed.author).toBeUndefined();
  });

  it('refuses to export without a reviewer name and an http(s) reviewer URL', () => {
    const empty = { outlets: [], claims: [], versions: [], annotations: [] };
    expect(() => exportClaimReview(empty, { settings: { reviewerName: '', reviewerUrl: 'https://x.org' } })).toThrow(ClaimReviewSettingsError);
    expect(() => exportClaimReview(empty, { settings: { reviewerName: 'A', reviewerUrl: 'javascript:alert(1)' } })).toThrow(ClaimReviewSettingsError);
  });

  it('round trip: claims with a verdict, their statement, status, reason, and every version come back', async () => {
    await fc.assert(
      fc.asyncProperty(selectionArb, async (selection) => {
        const parsed = parseImport(exportClaimReview(selection, { settings }), { fileName: 'recoupe-2026-01-01-all.jsonld' });
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.value.invalid).toEqual([]);
        const db = freshDb();
        try {
          expect((await applyImport(db, await planImport(db, parsed.value))).ok).toBe(true);
          const back = await dumpDb(db);
          const rated = selection.claims.filter((c) => c.status !== 'unverified');
          expect(back.claims.map((c) => c.id).sort()).toEqual(rated.map((c) => c.id).sort());
          for (const claim of rated) {
            const got = back.claims.find((c) => c.id === claim.id)!;
            const lang = Object.keys(claim.statement)[0];
            expect(got).toMatchObject({ status: claim.status, statusReason: claim.statusReason, statement: { [lang]: claim.statement[lang] } });
          }
          for (const v of selection.versions.filter((x) => rated.some((c) => c.id === x.claimId))) {
            const got = back.versions.find((x) => x.id === v.id)!;
            const outlet = selection.outlets.find((o) => o.id === v.outletId)!;
            // A title of spaces only is no title: it comes back empty.
            expect(got).toMatchObject({ claimId: v.claimId, outletId: v.outletId, url: v.url, title: v.title.trim() ? v.title : '', publishedAt: v.publishedAt, quote: v.quote, lang: v.lang });
            expect(back.outlets.find((o) => o.id === v.outletId)?.name).toBe(outlet.name);
            // Each version comes back with its own attributions, not its claim's other outlets' ones.
            expect(got.attributions.map((a) => a.name)).toEqual(v.attributions.map((a) => a.name));
          }
        } finally {
          await dropDb(db);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
