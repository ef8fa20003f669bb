import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { beforeAll, describe as suite, expect, it } from 'vitest';
import { describeWithShared } from '../shared-data';
import { normaliseDate, readPageMetadata, type PageMetadata } from '@/utils/page/page-metadata';
import { PAGES, PAGES_REL } from './anchoring/readability-corpus';

function doc(head: string, htmlAttrs = ''): Document {
  const window = new Window({ url: 'https://page.invalid/' });
  window.document.write(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><p>Text</p></body></html>`);
  return window.document as unknown as Document;
}

suite('readPageMetadata', () => {
  it('reads Open Graph, article time, canonical link and html lang', () => {
    const page = doc(
      `<title>Fallback title</title>
       <meta property="og:site_name" content="Le Monde">
       <meta property="og:title" content="  Troops   massed ">
       <meta property="article:published_time" content="2024-03-01T08:30:00+0100">
       <link rel="canonical" href="/article/123?x=1">`,
      'lang="fr"',
    );
    expect(readPageMetadata(page, 'https://www.lemonde.fr/some/path#top')).toEqual({
      siteName: 'Le Monde',
      title: 'Troops massed',
      canonicalUrl: 'https://www.lemonde.fr/article/123?x=1',
      publishedTime: '2024-03-01T07:30:00.000Z',
      lang: 'fr',
    });
  });

  it('falls back to JSON-LD in a @graph, then to the domain and <title>', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], datePublished: '2023-05-04', author: [{ name: 'Ann Lee' }, { name: 'Bo Chan' }] }],
    });
    const page = doc(`<title>The title</title><script type="application/ld+json">${jsonLd}</script>`);
    expect(readPageMetadata(page, 'https://www.example.org/a')).toEqual({
      siteName: 'example.org',
      title: 'The title',
      canonicalUrl: null,
      publishedTime: '2023-05-04',
      lang: null,
      author: 'Ann Lee, Bo Chan',
    });
  });

  it('survives invalid, hostile or oversized JSON-LD and unsafe canonical links', () => {
    const huge = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2020-01-01', articleBody: 'x'.repeat(600_000) });
    const page = doc(
      `<title>T</title>
       <script type="application/ld+json">{ "@type": "NewsArticle", "datePublished": </script>
       <script type="application/ld+json">${huge}</script>
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"not a date","__proto__":{"polluted":true}}</script>
       <link rel="canonical" href="javascript:alert(1)">
       <meta name="pubdate" content="2019-04-28 06:01:07Z">`,
    );
    const metadata = readPageMetadata(page, 'https://news.example/');
    expect(metadata.canonicalUrl).toBeNull();
    expect(metadata.publishedTime).toBe('2019-04-28T06:01:07.000Z');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('normalises the date forms news sites use', () => {
    expect(normaliseDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T09:52:50.000Z');
    expect(normaliseDate('Tue, 25 Jun 2024 10:00:00 GMT')).toBe('2024-06-25T10:00:00.000Z');
    expect(normaliseDate('2024-06-25')).toBe('2024-06-25');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull();
  });
});

interface Expected {
  title: string | null;
  lang: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const sameInstant = (a: string | null, b: string | null) => {
  if (!a || !b) return a === b;
  const [x, y] = [normaliseDate(a), normaliseDate(b)];
  return x !== null && (x === y || (x.length === 10 || y?.length === 10) && x.slice(0, 10) === y?.slice(0, 10));
};
const sameText = (a: string | null, b: string | null) => (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === (b ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

describeWithShared('metadata of 130 real pages against Readability', [PAGES_REL], () => {
  const agree = { siteName: 0, publishedTime: 0, lang: 0, title: 0 };
  const total = { siteName: 0, publishedTime: 0, lang: 0, title: 0 };
  beforeAll(() => {
    for (const name of readdirSync(PAGES)) {
      const expected = JSON.parse(readFileSync(`${PAGES}${name}/expected-metadata.json`, 'utf8')) as Expected;
      const { document } = parseHTML(readFileSync(`${PAGES}${name}/source.html`, 'utf8'));
      const ours: PageMetadata = readPageMetadata(document as unknown as Document, `https://${name}.example/`);
      // Readability leaves siteName and publishedTime empty where the page states none;
      // we fall back to the domain, so those two are compared where Readability found one.
      for (const key of ['siteName', 'publishedTime'] as const) {
        if (expected[key] === null) continue;
        total[key]++;
        if (key === 'siteName' ? sameText(ours.siteName, expected.siteName) : sameInstant(ours.publishedTime, expected.publishedTime)) agree[key]++;
      }
      total.lang++;
      if (sameText(ours.lang, expected.lang)) agree.lang++;
      total.title++;
      if (sameText(ours.title, expected.title)) agree.title++;
    }
    console.log('metadata agreeing with Readability:', Object.entries(agree).map(([k, n]) => `${k} ${n}/${total[k as keyof typeof total]}`).join(', '));
  }, 120_000);

  // Measured: siteName 62/62, publishedTime 33/33, lang 129/130, title 112/130 (Readability
  // strips some title suffixes and prefers Dublin Core titles; we keep og:title or <title>).
  it.each([
    ['siteName', 0.95],
    ['publishedTime', 0.95],
    ['lang', 0.95],
    ['title', 0.8],
  ] as const)('%s agrees on most pages (floor %f)', (key, floor) => {
    expect(agree[key] / total[key]).toBeGreaterThanOrEqual(floor);
  });
});
