/**
 * An answer of Google's Fact Check Tools API (`claims:search`), as people save it from the API or from
 * tools built on it: read as the ClaimReview markup it renames, with who made each claim kept on the
 * claim and through both exports. The shape follows the API's published reference; the texts are
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import { exportClaimReview } from '@/utils/core/formats/export-claimreview';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';

const NOW = '2026-12-05T08:00:00.000Z';
const answer = {
  claims: [
    {
      text: 'Los inmigrantes reciben 2.000 euros al mes por no trabajar',
      claimant: 'Publicaciones en redes sociales',
      claimDate: '2024-02-27T00:00:00Z',
      claimReview: [
        { publisher: { name: 'Maldita.es', site: 'maldita.es' }, url: 'https://maldita.es/malditobulo/20240228/inmigrantes-2000-euros/', title: 'No, los inmigrantes no reciben 2.000 euros al mes', reviewDate: '2024-02-28T09:12:00Z', textualRating: 'Falso', languageCode: 'es' },
      ],
    },
    {
      text: 'Wind turbines cause cancer',
      claimant: 'Ron Example',
      claimReview: [
        { publisher: { name: 'Full Fact', site: 'fullfact.org' }, url: 'https://fullfact.org/online/wind-turbines-cancer/', title: 'No evidence wind turbines cause cancer', reviewDate: '2023-05-01T00:00:00Z', textualRating: 'False', languageCode: 'en' },
        { publisher: { name: 'Example Checks' }, url: 'javascript:alert(1)', textualRating: 'Pants on Fire', languageCode: 'en' },
      ],
    },
  ],
  nextPageToken: 'CAE',
};

function parse(text: string, fileName = 'claims.json'): ParsedImport {
  const result = parseImport(text, { now: NOW, fileName });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('an answer of the Fact Check Tools API', () => {
  it('imports each review as a claim with its verdict, the fact-checker’s label and who made the claim', () => {
    const parsed = parse(JSON.stringify(answer));
    expect(parsed.format).toBe('claimreview');
    expect(parsed.claims.map((c) => [c.statement, c.status, c.ratingLabel, c.claimant, c.statusReason])).toEqual([
      [{ es: 'Los inmigrantes reciben 2.000 euros al mes por no trabajar' }, 'false', 'Falso', 'Publicaciones en redes sociales', 'ClaimReview by Maldita.es'],
      [{ en: 'Wind turbines cause cancer' }, 'false', 'False', 'Ron Example', 'ClaimReview by Full Fact'],
      [{ en: 'Wind turbines cause cancer' }, 'false', 'Pants on Fire', 'Ron Example', 'ClaimReview by Example Checks'],
    ]);
    expect(parsed.claims[0]!.statusHistory[0]!.evidence).toEqual(['https://maldita.es/malditobulo/20240228/inmigrantes-2000-euros/']);
    // A bad link is reported where it is in the file, and never kept.
    expect(parsed.invalid).toEqual([{ position: 'claims[1].claimReview[1].url', reason: expect.stringContaining('Not an http(s) link') }]);
    expect(JSON.stringify([parsed.claims, parsed.versions, parsed.outlets])).not.toContain('javascript:');
  });

  it('keeps who made the claim through a Recoupe JSON and a ClaimReview export and back', () => {
    const parsed = parse(JSON.stringify(answer));
    const selection = { claims: parsed.claims, versions: parsed.versions, outlets: parsed.outlets, annotations: [] };
    const again = parse(exportRecoupeJson(selection));
    expect(again.claims.map((c) => c.claimant)).toEqual(['Publicaciones en redes sociales', 'Ron Example', 'Ron Example']);
    const review = exportClaimReview(selection, { settings: { reviewerName: 'Desk', reviewerUrl: 'https://desk.example/' } });
    expect(JSON.parse(review)['@graph'][0].itemReviewed.author).toEqual({ '@type': 'Person', name: 'Publicaciones en redes sociales' });
    expect(parse(review, 'claims.jsonld').claims.map((c) => c.claimant)).toEqual(['Publicaciones en redes sociales', 'Ron Example', 'Ron Example']);
  });

  it('keeps who made a ClaimReview’s claim when the review names no appearance', () => {
    const politifactStyle = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/2024/apr/16/claim/',
      claimReviewed: 'The tax bill cuts taxes for 90% of families.',
      author: { '@type': 'Organization', name: 'Example Checks' },
      reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 6, worstRating: 1, alternateName: 'Half True' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ron Example' }, datePublished: '2024-04-16' },
    };
    expect(parse(JSON.stringify(politifactStyle), 'review.jsonld').claims[0]!.claimant).toBe('Ron Example');
  });
});

describe('JSON Lines, one record per line', () => {
  const line = (claimReviewed: string, url: string) =>
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed, url, author: { '@type': 'Organization', name: 'Example Checks' }, reviewRating: { '@type': 'Rating', alternateName: 'False' } });

  it('reads a file of ClaimReviews one per line as their list', () => {
    const parsed = parse(`${line('Wind turbines cause cancer', 'https://checks.example/1')}\n${line('Vaccines contain microchips', 'https://checks.example/2')}\n`, 'reviews.jsonl');
    expect(parsed.claims.map((c) => Object.values(c.statement)[0])).toEqual(['Wind turbines cause cancer', 'Vaccines contain microchips']);
  });

  it('says which line is not JSON, and that the file is JSON Lines', () => {
    const result = parseImport(`${line('Wind turbines cause cancer', 'https://checks.example/1')}\n{"@type": "ClaimReview", "claimReviewed": }\n`, { now: NOW, fileName: 'reviews.jsonl' });
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed', position: 'line 2', message: expect.stringContaining('JSON Lines') } });
  });
});

describe('a ClaimReview export of Recoupe read back', () => {
  it('keeps the fact-checker’s label it carried, and adds none where the status was set in Recoupe', async () => {
    const parsed = parse(JSON.stringify(answer));
    const own = { ...parsed.claims[1]!, id: 'set-here', ratingLabel: undefined, status: 'misleading' as const };
    const selection = { claims: [parsed.claims[0]!, own], versions: [], outlets: [], annotations: [] };
    const again = parse(exportClaimReview(selection, { settings: { reviewerName: 'Desk', reviewerUrl: 'https://desk.example/' } }), 'claims.jsonld');
    expect(again.claims.map((c) => [c.id, c.status, c.ratingLabel])).toEqual([
      [parsed.claims[0]!.id, 'false', 'Falso'],
      ['set-here', 'misleading', undefined],
    ]);
  });
});
