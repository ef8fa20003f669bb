import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';

const NOW = '2026-11-21T07:00:00.000Z';

function parse(doc: unknown): ParsedImport {
  const result = parseImport(JSON.stringify(doc), { now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const foreign = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://hypothes.is/a/abc123',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-10-22T09:00:00Z',
  body: [
    { type: 'TextualBody', value: 'Figure disputed by CNN', purpose: 'commenting' },
    { type: 'TextualBody', value: 'soldiers', purpose: 'tagging' },
    { type: 'TextualBody', value: 'Misleading', purpose: 'assessing' },
  ],
  target: {
    source: 'https://www.lemonde.fr/article',
    selector: [
      { type: 'TextPositionSelector', start: 120, end: 134 },
      { type: 'TextQuoteSelector', exact: '12 000 soldats', prefix: 'jusqu’à ' },
    ],
  },
};

describe('W3C Web Annotation import', () => {
  it('reads a single annotation from another tool as a user annotation on a new claim', () => {
    const parsed = parse(foreign);
    expect(parsed.format).toBe('web-annotation');
    expect(parsed.annotations).toHaveLength(1);
    expect(parsed.annotations[0]).toMatchObject({
      url: 'https://www.lemonde.fr/article',
      selectors: { quote: { type: 'TextQuoteSelector', exact: '12 000 soldats', prefix: 'jusqu’à ' }, position: { type: 'TextPositionSelector', start: 120, end: 134 } },
      note: 'Figure disputed by CNN',
      tags: ['soldiers'],
      createdAt: '2024-10-22T09:00:00Z',
    });
    expect(parsed.claims[0]).toMatchObject({ status: 'misleading', statement: { und: '12 000 soldats' }, origin: 'import' });
    expect(parsed.annotations[0].claimId).toBe(parsed.claims[0].id);
  });

  it('reads pages and lists, and says why an annotation was left out', () => {
    const page = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [foreign, { ...foreign, id: 'https://x/2', target: 'https://www.lemonde.fr/article' }, { ...foreign, id: 'https://x/3', target: { source: 'javascript:alert(1)', selector: foreign.target.selector } }],
    };
    const parsed = parse(page);
    expect(parsed.annotations).toHaveLength(1);
    expect(parsed.invalid).toEqual([
      { position: 'items[1].target', reason: expect.stringContaining('TextQuoteSelector') },
      { position: 'items[2].target.source', reason: expect.stringContaining('http(s)') },
      { position: 'items[2].target', reason: expect.stringContaining('TextQuoteSelector') },
    ]);
    expect(parse([foreign, foreign]).annotations).toHaveLength(1);
  });

  it('says that a collection whose first page is only a link cannot be read', () => {
    const parsed = parse({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x/c', type: 'AnnotationCollection', first: 'https://x/c/page1' });
    expect(parsed.invalid).toEqual([{ position: 'first', reason: expect.stringContaining('link cannot be followed') }]);
  });

  it('keeps statements only under real language tags', () => {
    const claimLink = { type: 'SpecificResource', source: 'urn:recoupe:claim:c1', purpose: 'identifying' };
    const describe = (language: string) => ({ type: 'TextualBody', value: `in ${language}`, purpose: 'describing', language });
    const parsed = parse({ ...foreign, body: [claimLink, describe('constructor'), describe('fr'), describe('__proto__')] });
    expect(parsed.claims[0].statement).toEqual({ und: 'in constructor', fr: 'in fr' });
    expect(Object.getPrototypeOf(parsed.claims[0].statement)).toBe(Object.prototype);
  });
});
