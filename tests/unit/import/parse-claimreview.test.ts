import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import { ratingToStatus } from '@/utils/core/verdicts/read-verdict';
import type { ParsedImport } from '@/utils/core/import/import-types';

const NOW = '2026-11-21T07:00:00.000Z';

function parse(doc: unknown): ParsedImport {
  const result = parseImport(JSON.stringify(doc), { now: NOW, fileName: 'feed.json' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function review(rating: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/1',
    claimReviewed: 'North Korea sent 12,000 soldiers',
    datePublished: '2024-10-25',
    author: { '@type': 'Organization', name: 'Checkers' },
    reviewRating: rating,
    ...extra,
  };
}

describe('ClaimReview import: ratings', () => {
  it.each([
    [{ alternateName: 'False' }, 'false'],
    [{ alternateName: 'Faux' }, 'false'],
    [{ alternateName: 'Pants on Fire!' }, 'false'],
    [{ alternateName: 'Mostly false' }, 'false'],
    [{ alternateName: 'Half True' }, 'partly-true'],
    [{ alternateName: 'Misleading' }, 'misleading'],
    [{ alternateName: 'Trompeur' }, 'misleading'],
    [{ alternateName: 'Unproven' }, 'unverified'],
    [{ alternateName: 'True' }, 'confirmed'],
    [{ alternateName: 'Vrai' }, 'confirmed'],
    [{ alternateName: { '@value': 'Faux', '@language': 'fr' } }, 'false'],
    [{ alternateName: ['Nonsense-label', 'Trompeur'] }, 'misleading'],
    [{ alternateName: 'False. The photo dates from 2015.' }, 'false'],
    [{ alternateName: 'Faux : la photo date de 2015' }, 'false'],
    [{ alternateName: 'True, but missing context', ratingValue: 2, bestRating: 5, worstRating: 1 }, 'misleading'],
    [{ alternateName: 'constructor' }, 'unverified'],
    // No usable label: the value on its own scale.
    [{ ratingValue: 1, bestRating: 5, worstRating: 1 }, 'false'],
    [{ ratingValue: 5, bestRating: 5, worstRating: 1 }, 'confirmed'],
    [{ ratingValue: 1, bestRating: 1, worstRating: 5 }, 'confirmed'],
    [{ ratingValue: 5, bestRating: 1, worstRating: 5 }, 'false'],
    [{ ratingValue: '3', bestRating: '5', worstRating: '1' }, 'partly-true'],
    [{ ratingValue: -1, bestRating: 5, worstRating: 1 }, 'unverified'],
    [{ ratingValue: 2 }, 'misleading'],
    [{ ratingValue: 40, bestRating: 5, worstRating: 1 }, 'unverified'],
    [{ ratingValue: 3, bestRating: 3, worstRating: 3 }, 'partly-true'],
    // A missing end is schema.org's default (worst 1, best 5): Aos Fatos publishes bestRating alone.
    [{ ratingValue: '7', bestRating: '10' }, 'partly-true'],
    [{ ratingValue: 3, bestRating: 3 }, 'confirmed'],
    [{ ratingValue: 1, bestRating: 6 }, 'false'],
    [{ ratingValue: 0, worstRating: 0 }, 'false'],
  ])('%j -> %s', (rating, status) => {
    const claim = parse(review({ '@type': 'Rating', ...rating })).claims[0];
    expect(claim.status).toBe(status);
  });

  it('reads a rating written as its label alone', () => {
    expect(parse(review('False')).claims[0].status).toBe('false');
    expect(parse(review(['Engañoso'])).claims[0].status).toBe('misleading');
  });

  it('keeps the original label and value in the status change note', () => {
    const claim = parse(review({ '@type': 'Rating', alternateName: 'Pants on Fire!', ratingValue: 0, bestRating: 5, worstRating: 0 })).claims[0];
    expect(claim.statusHistory[0]).toMatchObject({ status: 'false', by: 'import', reason: 'ClaimReview by Checkers', evidence: ['https://factcheck.example/1'] });
    expect(claim.statusHistory[0].note).toBe('Original rating: "Pants on Fire!", ratingValue 0 (worst 0, best 5)');
  });

  it('records an unmappable rating as invalid and leaves the claim unverified', () => {
    const parsed = parse(review({ '@type': 'Rating', alternateName: 'Zorglub', ratingValue: 12, bestRating: 5, worstRating: 1 }));
    expect(parsed.claims[0].status).toBe('unverified');
    expect(parsed.invalid).toEqual([{ position: 'ClaimReview.reviewRating', reason: expect.stringContaining('Zorglub') }]);
    expect(ratingToStatus({ labels: [] }).via).toBe('unmapped');
  });
});

describe('ClaimReview import: shapes', () => {
  it('reads itemReviewed typed CreativeWork, appearance as a string, an object or a list', () => {
    const forms = [
      'https://news.example/a',
      { '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'A', publisher: { name: 'News' } },
      ['https://news.example/a', { url: 'https://other.example/b', datePublished: '2024-10-20' }, 'javascript:alert(1)'],
    ];
    const [asString, asObject, asList] = forms.map((appearance) =>
      parse(review({ alternateName: 'False' }, { itemReviewed: { '@type': 'CreativeWork', author: 'NIS', datePublished: '2024-10-19', appearance } })),
    );
    expect(asString.versions.map((v) => v.url)).toEqual(['https://news.example/a']);
    expect(asString.versions[0]).toMatchObject({ publishedAt: '2024-10-19', attributions: [{ name: 'NIS' }], quote: '' });
    expect(asObject.versions[0].title).toBe('A');
    expect(asObject.outlets[0]).toMatchObject({ id: 'web:news.example', name: 'News', domains: ['news.example'] });
    expect(asList.versions.map((v) => v.url)).toEqual(['https://news.example/a', 'https://other.example/b']);
    expect(asList.versions[1].publishedAt).toBe('2024-10-20');
    expect(asList.invalid).toEqual([{ position: 'ClaimReview.itemReviewed.appearance[2]', reason: expect.stringContaining('http(s)') }]);
  });

  it('reads arrays, @graph and the DataFeed of published fact-check feeds', () => {
    const a = review({ alternateName: 'False' });
    const b = review({ alternateName: 'True' }, { url: 'https://factcheck.example/2', claimReviewed: 'Another claim' });
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      dataFeedElement: [
        { '@type': 'DataFeedItem', dateCreated: '2024-10-25', item: [a] },
        { '@type': 'DataFeedItem', item: [b, { '@type': 'Thing' }] },
      ],
    };
    expect(parse([a, b]).claims).toHaveLength(2);
    expect(parse({ '@context': 'https://schema.org', '@graph': [a, b] }).claims).toHaveLength(2);
    const fromFeed = parse(feed);
    expect(fromFeed.claims.map((c) => c.status)).toEqual(['false', 'confirmed']);
    // Other typed nodes (a Thing, the page, the publisher) are skipped quietly; untyped ones are reported.
    expect(fromFeed.invalid).toEqual([]);
    expect(parse([a, { name: 'untyped' }]).invalid).toEqual([{ position: '[1]', reason: expect.stringContaining('Not a ClaimReview') }]);
    const none = parseImport(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }] }));
    expect(none).toMatchObject({ ok: false, error: { code: 'unknown-format', message: expect.stringContaining('No ClaimReview') } });
  });

  it('skips a review without claimReviewed and leaves out a non-http review URL', () => {
    const parsed = parse([review({ alternateName: 'False' }, { claimReviewed: undefined }), review({ alternateName: 'False' }, { url: 'data:text/html,<script>x</script>' })]);
    expect(parsed.claims).toHaveLength(1);
    expect(parsed.claims[0].statusHistory[0].evidence).toBeUndefined();
    expect(parsed.invalid.map((e) => e.position)).toEqual(['[0].claimReviewed', '[1].url']);
  });

  it('keeps markup in text fields as plain text (it is never rendered as HTML)', () => {
    const claim = parse(review({ alternateName: 'False' }, { claimReviewed: '<img src=x onerror=alert(1)>' })).claims[0];
    expect(claim.statement.und).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('ClaimReview import: an identifier given to two claims', () => {
  it('keeps the first claim and says why the second is left out', () => {
    const id = 'urn:recoupe:claim:c1';
    const parsed = parse([
      review({ alternateName: 'False' }, { identifier: id }),
      review({ alternateName: 'True' }, { identifier: id, claimReviewed: 'South Korea sent 12,000 soldiers', url: 'https://factcheck.example/2' }),
    ]);
    expect(parsed.claims.map((c) => Object.values(c.statement))).toEqual([['North Korea sent 12,000 soldiers']]);
    expect(parsed.invalid).toEqual([{ position: '[1].identifier', reason: expect.stringContaining('this one is left out') }]);
  });
});

describe('ClaimReview import: who reviewed', () => {
  it('names the fact-checking organisation, not the journalist listed before it', () => {
    const parsed = parse(review({ alternateName: 'False' }, { author: [{ '@type': 'Person', name: 'Marta Ruiz' }, { '@type': 'Organization', name: 'Newtral', url: 'https://www.newtral.es' }] }));
    expect(parsed.claims[0]!.statusReason).toBe('ClaimReview by Newtral');
    expect(parse(review({ alternateName: 'False' }, { author: { '@type': 'Person', name: 'Marta Ruiz' } })).claims[0]!.statusReason).toBe('ClaimReview by Marta Ruiz');
  });
});
