import { request } from 'node:http';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES, articleBody, parseSeed } from '@/scripts/lib/demo-articles';
import { listCorpusPages } from '@/scripts/lib/demo-corpus';
import { renderBlocks } from '@/scripts/lib/demo-pages';
import { startDemoServer, type DemoServer } from '@/scripts/lib/demo-server';
import { itWithShared } from '../shared-data';

let server: DemoServer;
const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

async function get(path: string): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(server.url + path);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

/** A request whose path is sent as written: fetch() would resolve the dot segments before sending. */
function rawGet(path: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await window.happyDOM.close();
});

describe('demo server', () => {
  it('listens on the port it reports and lists the five articles', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url.endsWith(':0')).toBe(false);
    expect(server.pages.map((p) => p.outletId)).toEqual(['outlet-a', 'kyiv-independent', 'cnn', 'outlet-b', 'outlet-c']);
    const index = parse((await get('/')).text);
    const hrefs = [...index.querySelectorAll('ul.articles a')].map((a) => a.getAttribute('href'));
    for (const p of server.pages) expect(hrefs).toContain(`/${p.slug}/`);
  });

  it.each(DEMO_ARTICLES.map((a) => [a.slug, a] as const))('serves %s as a complete news page', async (slug, article) => {
    const res = await get(`/${slug}/`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/html');
    const doc = parse(res.text);
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('header.masthead')?.textContent).toContain(article.outletName.split(' (')[0]);
    expect(doc.querySelectorAll('nav a').length).toBeGreaterThan(3);
    expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(article.publishedAt);
    expect(doc.querySelectorAll('aside a').length).toBe(DEMO_ARTICLES.length - 1);
    expect(doc.querySelector('form input[type="email"]')).not.toBeNull();
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(doc.querySelector('noscript')).not.toBeNull();
    expect(doc.querySelector('script:not([type])')).not.toBeNull();

    // Each paragraph of the seed comes back as the same text, in order: escaping loses nothing.
    const expected = articleBody(article).filter((b) => b.kind === 'p').map((b) => b.text);
    const shown = [...doc.querySelectorAll('#article-body p')].map((p) => p.textContent);
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThanOrEqual(9);

    const meta = (prop: string) => doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content');
    expect(meta('og:site_name')).toBe(article.outletName);
    expect(meta('og:title')).toBe(article.title);
    expect(meta('article:published_time')).toBe(article.publishedAt);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${server.url}/${slug}/`);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.title);
  });

  it('gives each outlet its own look', async () => {
    const styles = await Promise.all(DEMO_ARTICLES.map(async (a) => parse((await get(`/${a.slug}/`)).text).querySelector('style')?.textContent));
    expect(new Set(styles).size).toBe(DEMO_ARTICLES.length);
  });

  it('escapes article text instead of interpreting it as markup', () => {
    const doc = parse(`<div>${renderBlocks([{ kind: 'p', text: '<script>alert(1)</script> & <b>"gras"</b>' }])}</div>`);
    expect(doc.querySelector('script, b')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('<script>alert(1)</script> & <b>"gras"</b>');
  });

  itWithShared('drops the metadata line of the CNN seed and keeps the subheading of outlet C as a subheading', ['seeds'], () => {
    expect(parseSeed(' date 2024-10 CNN\n\nPremier paragraphe.\n', 'Titre')).toEqual([{ kind: 'p', text: 'Premier paragraphe.' }]);
    const c = articleBody(DEMO_ARTICLES[4]);
    expect(c.filter((b) => b.kind === 'h2').map((b) => b.text)).toEqual([
      "L'administration Biden réitère son soutien à l'Ukraine avant les élections américaines",
    ]);
    expect(c.some((b) => b.text === DEMO_ARTICLES[4].title)).toBe(false);
  });

  it('serves a late page whose initial HTML holds no article text, and its body separately', async () => {
    const article = DEMO_ARTICLES[2];
    const initial = await get(`/late/${article.slug}/`);
    expect(initial.status).toBe(200);
    const doc = parse(initial.text);
    const paragraphs = articleBody(article).map((b) => b.text);
    for (const text of paragraphs) expect(doc.documentElement.textContent).not.toContain(text.slice(0, 60));
    expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    expect(initial.text).toMatch(/setTimeout\([\s\S]*body\.html[\s\S]*2000\)/);

    const body = parse(`<div>${(await get(`/late/${article.slug}/body.html`)).text}</div>`);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(paragraphs);
  });

  it('serves a single-page app whose links swap the article with history.pushState', async () => {
    const doc = parse((await get('/spa/')).text);
    expect(doc.querySelectorAll('a[data-spa]').length).toBe(DEMO_ARTICLES.length);
    expect(doc.querySelector('#spa-article h1')?.textContent).toBe(DEMO_ARTICLES[0].title);
    expect(doc.querySelector('script')?.textContent).toContain('history.pushState');
    const api = JSON.parse((await get(`/spa/api/${DEMO_ARTICLES[3].slug}.json`)).text);
    expect(api.title).toBe(DEMO_ARTICLES[3].title);
    expect(api.blocks).toEqual(articleBody(DEMO_ARTICLES[3]));
    // Loading a pushed URL directly (reload, shared link) shows that article.
    const direct = parse((await get(`/spa/${DEMO_ARTICLES[1].slug}/`)).text);
    expect(direct.querySelector('#spa-article h1')?.textContent).toBe(DEMO_ARTICLES[1].title);
  });

  itWithShared('serves corpus pages with every script removed', ['corpora/readability/pages'], async () => {
    const names = listCorpusPages();
    expect(names.length).toBeGreaterThan(100);
    const withScripts = names.find((n) => n === '001') ?? names[0];
    const res = await get(`/corpus/${withScripts}/`);
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/<script\b/i);
    const doc = parse(res.text);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(doc.body.textContent!.length).toBeGreaterThan(1000);
  });

  it('never serves a file outside its pages, whatever dot segments the raw request holds', async () => {
    for (const path of ['/../../shared/seeds/000_c76f77202779f529.txt', '/corpus/../../../seeds/README.md', '/late/../../../../etc/passwd']) {
      const { status, text } = await rawGet(path);
      expect(status, path).toBe(404);
      expect(text).not.toMatch(/Kyrylo|root:|Seed articles/);
    }
  });

  it.each([
    '/nope/',
    '/late/nope/',
    '/spa/api/nope.json',
    '/corpus/nope/',
    '/corpus/..%2F..%2Fseeds/',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fshared%2fseeds%2f000_c76f77202779f529.txt',
    `/${DEMO_ARTICLES[0].slug}`,
  ])('answers 404 for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Kyrylo');
  });
});
