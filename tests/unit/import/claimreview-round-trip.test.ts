import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import { exportClaimReview } from '@/utils/core/formats/export-claimreview';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { describeWithShared, sharedPath } from '../../shared-data';
import { dropDb, dumpDb, freshDb } from './db-helpers';

const settings = { reviewerName: 'Les Vérificateurs', reviewerUrl: 'https://verif.example.org/' };

// One claim, three outlets that each attribute it differently: Yonhap to the NIS, Le Monde to the
// NIS and "South Korean media", Der Spiegel to nobody.
const outlets: Outlet[] = [
  { id: 'yonhap', name: 'Yonhap', domains: ['yna.co.kr'], origin: 'user' },
  { id: 'lemonde', name: 'Le Monde', domains: ['lemonde.fr'], origin: 'user' },
  { id: 'spiegel', name: 'Der Spiegel', domains: ['spiegel.de'], origin: 'user' },
];
const claim: Claim = {
  id: 'troops', statement: { en: 'North Korea sent 12,000 soldiers to Russia' }, status: 'partly-true', statusReason: 'About 11,000 by the NIS count',
  statusDate: '2024-10-25T00:00:00Z', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-10-25T00:00:00Z', updatedAt: '2024-10-25T00:00:00Z',
};
const base = { claimId: 'troops', title: '', figures: [], places: [], dates: [], origin: 'user', createdAt: '2024-10-25T00:00:00Z', updatedAt: '2024-10-25T00:00:00Z' };
const versions: Version[] = [
  { ...base, id: 'v-yna', outletId: 'yonhap', url: 'https://en.yna.co.kr/view/1', publishedAt: '2024-10-18', quote: '12,000 troops', lang: 'en', attributions: [{ name: 'NIS' }] },
  { ...base, id: 'v-lm', outletId: 'lemonde', url: 'https://www.lemonde.fr/a.html', publishedAt: '2024-10-19', quote: '12 000 soldats', lang: 'fr', attributions: [{ name: 'NIS' }, { name: 'South Korean media' }] },
  { ...base, id: 'v-sp', outletId: 'spiegel', url: 'https://www.spiegel.de/a.html', publishedAt: '2024-10-20', quote: '12.000 Soldaten', lang: 'de', attributions: [] },
];

function parse(text: string): ParsedImport {
  const result = parseImport(text, { fileName: 'claims.jsonld', now: '2025-01-01T00:00:00Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const attributionsById = (list: Version[]) => Object.fromEntries(list.map((v) => [v.id, v.attributions.map((a) => a.name)]));

describe('ClaimReview export and import: each outlet keeps what it attributes the claim to', () => {
  it('imported into an empty library, every version has its own attributions and no other outlet\'s', async () => {
    const file = exportClaimReview({ outlets, claims: [claim], versions, annotations: [] }, { settings });
    const db = freshDb();
    try {
      expect((await applyImport(db, await planImport(db, parse(file)))).ok).toBe(true);
      const back = await dumpDb(db);
      expect(attributionsById(back.versions)).toEqual({ 'v-yna': ['NIS'], 'v-lm': ['NIS', 'South Korean media'], 'v-sp': [] });
      // Attributions are not who made the claim: the claim gains no claimant.
      expect(back.claims[0]!.claimant).toBeUndefined();
    } finally {
      await dropDb(db);
    }
  });

  it('writes them as each appearance\'s author, and the claimant alone as the claim\'s author', () => {
    const graph = JSON.parse(exportClaimReview({ outlets, claims: [{ ...claim, claimant: 'Ukrainian intelligence' }], versions, annotations: [] }, { settings }))['@graph'];
    const item = graph[0].itemReviewed;
    expect(item.author).toEqual({ '@type': 'Person', name: 'Ukrainian intelligence' });
    expect(item.appearance.map((a: { author: { name: string }[] }) => a.author.map((x) => x.name))).toEqual([['NIS'], ['NIS', 'South Korean media'], []]);
    const back = parse(JSON.stringify(graph));
    expect(back.claims[0]!.claimant).toBe('Ukrainian intelligence');
    expect(attributionsById(back.versions)).toEqual({ 'v-yna': ['NIS'], 'v-lm': ['NIS', 'South Korean media'], 'v-sp': [] });
  });

  it('reads a file written before (the claim\'s authors, no appearance author) as it did: every version gets them', () => {
    const older = {
      '@context': 'https://schema.org', '@type': 'ClaimReview', identifier: 'urn:recoupe:claim:troops', url: 'https://verif.example.org/#claim-troops',
      claimReviewed: claim.statement.en, reviewRating: { '@type': 'Rating', alternateName: 'Partly true' },
      itemReviewed: {
        '@type': 'Claim', author: [{ '@type': 'Organization', name: 'NIS' }, { '@type': 'Organization', name: 'South Korean media' }],
        appearance: [{ '@type': 'CreativeWork', '@id': 'urn:recoupe:version:v-yna', url: 'https://en.yna.co.kr/view/1', publisher: { '@type': 'Organization', name: 'Yonhap' } }],
      },
    };
    const back = parse(JSON.stringify(older));
    expect(attributionsById(back.versions)).toEqual({ 'v-yna': ['NIS', 'South Korean media'] });
    expect(back.outlets.map((o) => o.name)).toEqual(['Yonhap']);
  });

  it('reads an appearance\'s own author in other tools\' markup as whom it attributes the claim to, not as the outlet', () => {
    const review = {
      '@type': 'ClaimReview', url: 'https://factcheck.example/troops', claimReviewed: claim.statement.en, reviewRating: { '@type': 'Rating', alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim', author: { '@type': 'Person', name: 'Viral posts' },
        appearance: [{ '@type': 'CreativeWork', url: 'https://www.facebook.com/jean/posts/1', author: { '@type': 'Person', name: 'Jean Dupont' } }, 'https://x.com/someone/status/2'],
      },
    };
    const back = parse(JSON.stringify(review));
    expect(back.versions.map((v) => [v.url, v.attributions.map((a) => a.name)])).toEqual([
      ['https://www.facebook.com/jean/posts/1', ['Jean Dupont']],
      ['https://x.com/someone/status/2', ['Viral posts']],
    ]);
    expect(back.outlets.map((o) => o.name)).not.toContain('Jean Dupont');
  });
});

describeWithShared('ClaimReview as fact-checkers publish it keeps its claimant on every appearance', ['real-data/claimreview/feed-sample.json'], () => {
  it('each appearance of a published review is attributed to the review\'s claimant (itemReviewed.author)', () => {
    const items = JSON.parse(readFileSync(sharedPath('real-data/claimreview/feed-sample.json'), 'utf8')) as Record<string, unknown>[];
    const parsed = parse(JSON.stringify(items));
    const masina = parsed.versions.find((v) => v.url === 'https://youtu.be/jA8iEODBe5Q?t=1368');
    expect(masina?.attributions).toEqual([{ name: 'Mzwandile Masina' }]);
    // Every version of a claim with a claimant names that claimant (none of the sample's appearances has an author of its own).
    const claimants = new Map(parsed.claims.map((c) => [c.id, c.claimant]));
    const withClaimant = parsed.versions.filter((v) => claimants.get(v.claimId) !== undefined);
    expect(withClaimant.length).toBeGreaterThan(20);
    for (const v of withClaimant) expect(v.attributions.map((a) => a.name)).toContain(claimants.get(v.claimId));
  });
});
