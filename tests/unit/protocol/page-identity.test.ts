import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { domainCovers, outletOfPage, pageKey, pageKeyVariants, siteHost } from '@/utils/core/page-identity';
import { annotationUrlsOf, pageInfoOf, readPageIdentity } from '@/utils/page/page-identity';
import { validateRequest } from '@/utils/protocol/validate-request';
import { MESSAGE_LIMITS } from '@/utils/protocol/messages';

const outlets = [
  { id: 'lemonde', name: 'Le Monde', domains: ['lemonde.fr'] },
  { id: 'bbc', name: 'BBC News', domains: ['bbc.co.uk', 'www.bbc.com'] },
  { id: 'kyiv', name: 'The Kyiv Independent', domains: [] },
];

describe('a page’s address', () => {
  it('is the same page with or without its fragment, trailing slash or default port', () => {
    expect(pageKey('https://news.example:443/a/#top')).toBe('https://news.example/a');
    expect(pageKey('https://news.example/a?x=1#y')).toBe('https://news.example/a?x=1');
    expect(pageKey('not a url')).toBe('not a url');
    expect(pageKeyVariants('https://news.example/a/#top').sort()).toEqual(['https://news.example/a', 'https://news.example/a/', 'https://news.example/a/#top']);
  });

  it('names its site by host, without www. and in lower case', () => {
    expect(siteHost('https://WWW.LeMonde.fr/x')).toBe('lemonde.fr');
    expect(siteHost('javascript:alert(1)')).toBe('');
    expect(siteHost('nonsense')).toBe('');
    expect(domainCovers('lemonde.fr', 'international.lemonde.fr')).toBe(true);
    expect(domainCovers('lemonde.fr', 'notlemonde.fr')).toBe(false);
    expect(domainCovers('www.bbc.com', 'bbc.com')).toBe(true);
    expect(domainCovers('', 'bbc.com')).toBe(false);
  });
});

describe('the outlet of a page', () => {
  it('is the outlet of a version known at that address first, then by domain, then by site name', () => {
    expect(outletOfPage({ url: 'https://www.lemonde.fr/a', siteName: 'BBC News' }, outlets, 'kyiv')).toBe('kyiv');
    expect(outletOfPage({ url: 'https://www.lemonde.fr/a', siteName: 'BBC News' }, outlets)).toBe('lemonde');
    expect(outletOfPage({ url: 'https://www.bbc.com/news/1' }, outlets)).toBe('bbc');
    expect(outletOfPage({ url: 'https://kyivindependent.com/a', siteName: '  the kyiv independent ' }, outlets)).toBe('kyiv');
    expect(outletOfPage({ url: 'https://other.example/', siteName: 'Other' }, outlets)).toBeNull();
    expect(outletOfPage({ url: 'https://other.example/', siteName: '' }, [{ id: 'blank', name: '', domains: [] }])).toBeNull();
  });
});

function page(head: string, url: string, htmlAttrs = ''): Document {
  const window = new Window({ url });
  window.document.write(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><p>Text</p></body></html>`);
  return window.document as unknown as Document;
}

describe('the page identity reader', () => {
  it('gives scans and annotations the same address, canonical address, outlet name and language', () => {
    const url = 'https://www.lemonde.fr/a/123#comments';
    const doc = page('<meta property="og:site_name" content="Le Monde"><meta property="og:url" content="https://www.lemonde.fr/a/123">', url, 'lang="fr"');
    const identity = readPageIdentity(doc, url);
    expect(pageInfoOf(identity)).toEqual({ url, siteName: 'Le Monde', lang: 'fr' });
    // og:url stands in for a missing canonical link, for saving and for finding annotations again alike.
    expect(annotationUrlsOf(identity)).toEqual([url, 'https://www.lemonde.fr/a/123']);
  });

  it('clamps what it reads to the sizes the background accepts, so a long title or site name is never refused', () => {
    const url = `https://news.example/${'a'.repeat(5000)}`;
    const doc = page(`<title>${'T'.repeat(3000)}</title><meta property="og:site_name" content="${'S'.repeat(400)}"><link rel="canonical" href="${url}">`, url, `lang="${'x'.repeat(50)}"`);
    const identity = readPageIdentity(doc, url);
    expect(identity.url.length).toBe(MESSAGE_LIMITS.maxUrlLength);
    expect(identity.canonicalUrl).toBeNull();
    expect(validateRequest({ type: 'scan', page: pageInfoOf(identity), blocks: [] }).ok).toBe(true);
    const draft = {
      page: { url: identity.url, title: identity.title, siteName: identity.siteName, publishedAt: '', lang: identity.lang ?? '' },
      selectors: { quote: { type: 'TextQuoteSelector', exact: 'Text' } },
      target: { kind: 'new', statement: 'A claim', lang: 'en' },
      note: '',
      tags: [],
    };
    expect(validateRequest({ type: 'saveAnnotation', draft })).toEqual({ ok: true, request: { type: 'saveAnnotation', draft } });
  });

  it('reads a page again once its address changes (a single-page site navigating)', () => {
    const doc = page('<meta property="og:site_name" content="Site">', 'https://spa.example/one');
    expect(readPageIdentity(doc, 'https://spa.example/one').url).toBe('https://spa.example/one');
    expect(readPageIdentity(doc, 'https://spa.example/two').url).toBe('https://spa.example/two');
  });
});
