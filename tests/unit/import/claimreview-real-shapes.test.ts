import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import { describeWithShared, sharedPath } from '../../shared-data';

const NOW = '2026-11-21T07:00:00.000Z';

function parse(doc: unknown): ParsedImport {
  const result = parseImport(JSON.stringify(doc), { now: NOW, fileName: 'page.jsonld' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const review = (over: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/2024/troops',
  claimReviewed: 'North Korea sent 12,000 soldiers',
  datePublished: '2024-10-25',
  author: [{ '@type': 'Organization', name: 'Checkers', url: 'https://factcheck.example/' }],
  reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: ['Faux', 'False'] },
  ...over,
});

describeWithShared('ClaimReview as fact-checkers publish it (../shared/real-data/claimreview)', ['real-data/claimreview/feed-sample.json'], () => {
  const items = JSON.parse(readFileSync(sharedPath('real-data/claimreview/feed-sample.json'), 'utf8')) as Record<string, unknown>[];
  const parsed = parse(items);

  it('reads the claim\'s own address (itemReviewed.url) as where it appeared, and every date as published', () => {
    const withOwnUrl = items.filter((r) => typeof (r.itemReviewed as Record<string, unknown>)?.url === 'string' && !(r.itemReviewed as Record<string, unknown>).appearance).length;
    expect(withOwnUrl).toBeGreaterThan(10);
    expect(parsed.versions.map((v) => v.url)).toContain('https://youtu.be/jA8iEODBe5Q?t=1368');
    // "2017-03-01 20:30:17 UTC" (Rails) is a date, not an error.
    expect(parsed.invalid.filter((e) => /date/i.test(e.position))).toEqual([]);
    expect(parsed.claims.map((c) => c.statusDate)).toContain('2017-03-01T20:30:17Z');
  });

  it('keeps every named claimant of a list-valued name, decodes HTML references, adds a scheme to scheme-less review addresses', () => {
    const masina = parsed.versions.find((v) => v.url === 'https://youtu.be/jA8iEODBe5Q?t=1368');
    expect(masina?.attributions).toEqual([{ name: 'Mzwandile Masina' }]);
    expect(parsed.claims.flatMap((c) => Object.values(c.statement))).toContain('Rishi Sunak praises Manmohan Singh\'s economy ideas');
    const aosFatos = parsed.claims.find((c) => c.statusHistory[0].evidence?.[0]?.startsWith('https://aosfatos.org/noticias/'));
    expect(aosFatos).toBeDefined();
    // What is left is really unusable: empty claims, verdict sentences, a relative address without a site, "1" as an address.
    expect(parsed.invalid.map((e) => e.position.replace(/^\[\d+\]/, ''))).toEqual(expect.arrayContaining(['.url', '.itemReviewed.appearance[1]']));
    expect(parsed.invalid).toHaveLength(10);
  });
});

it('finds ClaimReviews nested in a page node (mainEntity, review), whatever the @context spelling', () => {
  for (const context of ['http://schema.org', 'https://schema.org/', ['https://schema.org', { '@language': 'en' }], { '@vocab': 'http://schema.org/' }]) {
    const page = { '@context': context, '@type': 'WebPage', url: 'https://factcheck.example/2024/troops', mainEntity: { '@type': 'NewsArticle', headline: 'Fact check', review: [review(), review({ claimReviewed: 'Russia trains them in Primorsky Krai' })] } };
    const found = parse(page);
    expect(found.claims.map((c) => c.statement.en ?? c.statement.und)).toEqual(['North Korea sent 12,000 soldiers', 'Russia trains them in Primorsky Krai']);
    expect(found.claims.map((c) => c.status)).toEqual(['false', 'false']);
  }
});

it('reads @type as a list or a full IRI, author as a list, a relative review address on the author\'s site', () => {
  const found = parse([
    review({ '@type': ['Review', 'ClaimReview'] }),
    review({ '@type': 'http://schema.org/ClaimReview', url: '/2024/other', claimReviewed: 'Another claim', author: 'Checkers' }),
    review({ '@type': 'schema:ClaimReview', url: '/2024/third', claimReviewed: 'A third claim' }),
  ]);
  expect(found.claims).toHaveLength(3);
  expect(found.claims[0].statusReason).toBe('ClaimReview by Checkers');
  // A string author has no site: the relative address is left out, and said so.
  expect(found.claims[1].statusHistory[0].evidence).toBeUndefined();
  expect(found.invalid).toEqual([{ position: '[1].url', reason: expect.stringContaining('http(s)') }]);
  expect(found.claims[2].statusHistory[0].evidence).toEqual(['https://factcheck.example/2024/third']);
});

it('gives each of several reviews on one page its own claim, as the page proposals do', () => {
  const page = { '@context': 'https://schema.org', '@graph': [review(), review({ claimReviewed: 'Kim visited Moscow' }), review()] };
  const found = parse(page);
  expect(found.claims.map((c) => Object.values(c.statement)[0])).toEqual(['North Korea sent 12,000 soldiers', 'Kim visited Moscow']);
});

it('reads the dates sites write: offsets without colon, fractions, a space, a UTC suffix', () => {
  const dates = ['2020-03-18T14:00:00+0200', '2023-05-05T16:17:24.83+02:00', '2021-03-18T14:12:31.8630000+01:00', '2020-05-12 10:00:00', '2017-03-01 20:30:17 UTC', ' 2024-10-25 '];
  const found = parse(dates.map((datePublished, i) => review({ datePublished, url: `https://factcheck.example/${i}` })));
  expect(found.invalid).toEqual([]);
  expect(found.claims.map((c) => c.statusDate)).toEqual(['2020-03-18T14:00:00+0200', '2023-05-05T16:17:24.83+02:00', '2021-03-18T14:12:31.8630000+01:00', '2020-05-12 10:00:00', '2017-03-01T20:30:17Z', '2024-10-25']);
});

it('reads inLanguage as pt_BR or as a Language node', () => {
  const found = parse([review({ inLanguage: 'pt_BR' }), review({ url: 'https://factcheck.example/b', inLanguage: { '@type': 'Language', name: 'Français', alternateName: 'fr' } })]);
  expect(found.claims.map((c) => Object.keys(c.statement)[0])).toEqual(['pt-BR', 'fr']);
});

it('writes a declared language in BCP 47 casing, as the library holds it, however the page cased it', () => {
  const tags = ['de-at', 'ZH-HANT-TW', 'es-419', 'en-gb-x-twain', 'SR-latn'];
  const found = parse(tags.map((inLanguage, i) => review({ inLanguage, url: `https://factcheck.example/${i}` })));
  expect(found.claims.map((c) => Object.keys(c.statement)[0])).toEqual(['de-AT', 'zh-Hant-TW', 'es-419', 'en-GB-x-twain', 'sr-Latn']);
});
