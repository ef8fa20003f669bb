import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import { describeWithShared, sharedPath } from '../../shared-data';

const NOW = '2026-11-21T07:00:00.000Z';

function parse(doc: unknown): ParsedImport {
  const result = parseImport(JSON.stringify(doc), { now: NOW, fileName: 'annotations.jsonld' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const PAGE = 'https://www.lemonde.fr/international/article/2024/10/troops.html';

/**
 * The shape Hypothesis serves as W3C JSON-LD (h/presenters/annotation_jsonld.py): target a list,
 * its client's RangeSelector rewritten as an XPathSelector refined by a position inside that
 * element, then the page-level position and the quote; an empty markdown body; tags as bodies.
 */
const hypothesis = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://hypothes.is/a/Zx1Fm2vJEe-abc',
  created: '2024-10-22T09:14:03.445212+00:00',
  modified: '2024-10-22T09:20:41.001337+00:00',
  creator: 'acct:checker@hypothes.is',
  body: [
    { type: 'TextualBody', value: '', format: 'text/markdown' },
    { type: 'TextualBody', value: 'troops', purpose: 'tagging' },
  ],
  target: [{
    source: PAGE,
    selector: [
      { type: 'XPathSelector', value: '/main[1]/article[1]/p[4]', refinedBy: { type: 'TextPositionSelector', start: 12, end: 26 } },
      { type: 'TextPositionSelector', start: 2210, end: 2224 },
      { type: 'TextQuoteSelector', exact: '12 000 soldats', prefix: 'jusqu’à ', suffix: ' nord-coréens' },
    ],
  }],
};

it('reads a Hypothesis annotation: the page-level position, not the one inside an element; no empty note; its tags', () => {
  const [annotation] = parse(hypothesis).annotations;
  expect(annotation).toMatchObject({
    url: PAGE, note: '', tags: ['troops'], createdAt: '2024-10-22T09:14:03.445212+00:00',
    selectors: { quote: { exact: '12 000 soldats', prefix: 'jusqu’à ' }, position: { start: 2210, end: 2224 } },
  });
  // Hypothesis's cross-element form: a W3C RangeSelector of two refined XPaths, then the quote.
  const range = { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[4]', refinedBy: { type: 'TextPositionSelector', start: 3, end: 3 } }, endSelector: { type: 'XPathSelector', value: '/p[5]' } };
  const crossing = parse({ ...hypothesis, target: [{ source: PAGE, selector: [range, hypothesis.target[0].selector[2]] }] }).annotations[0];
  expect(crossing.selectors).toEqual({ quote: hypothesis.target[0].selector[2] });
});

it('reads a quote that refines another selector, HTML bodies as text, a Choice of languages, a tagging motivation', () => {
  const refined = {
    '@context': ['http://www.w3.org/ns/anno.jsonld'], '@type': ['oa:Annotation'], '@id': 'urn:uuid:1', motivation: 'tagging',
    body: [
      { type: 'Choice', items: [{ type: 'TextualBody', value: '<p>Chiffre <b>contesté</b> &amp; non sourcé</p>', format: 'text/html', purpose: 'commenting', language: 'fr' }, { type: 'TextualBody', value: 'Disputed figure', purpose: 'commenting', language: 'en' }] },
      { type: 'TextualBody', value: 'north-korea' },
    ],
    target: { source: { id: PAGE, type: 'Text' }, selector: { type: 'FragmentSelector', value: 'para5', refinedBy: { type: 'TextQuoteSelector', exact: '12 000 soldats' } } },
  };
  const [annotation] = parse(refined).annotations;
  expect(annotation.selectors).toEqual({ quote: { type: 'TextQuoteSelector', exact: '12 000 soldats' } });
  expect(annotation.note).toBe('Chiffre contesté & non sourcé\n\nDisputed figure');
  expect(annotation.tags).toEqual(['north-korea']);
});

it('reads motivations and purposes written prefixed or as IRIs, as Linked Data tools such as dokieli write them', () => {
  const prefixed = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:uuid:2', motivation: 'oa:tagging',
    body: [
      { type: 'TextualBody', value: 'north-korea' },
      { type: 'TextualBody', value: 'Source: Yonhap only', purpose: 'http://www.w3.org/ns/oa#commenting' },
    ],
    target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: '12 000 soldats' } },
  };
  const [annotation] = parse(prefixed).annotations;
  expect(annotation.tags).toEqual(['north-korea']);
  expect(annotation.note).toBe('Source: Yonhap only');
});

it('says what an annotation Recoupe cannot anchor has instead: a whole page, an image region, a position only', () => {
  const image = { ...hypothesis, id: 'https://x/2', target: { source: 'https://img.example/photo.jpg', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:10,10,50,50' } } };
  const page = { ...hypothesis, id: 'https://x/3', target: PAGE };
  const position = { ...hypothesis, id: 'https://x/4', target: { source: PAGE, selector: { type: 'TextPositionSelector', start: 1, end: 4 } } };
  const parsed = parse({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [image, page, position], next: 'https://x/page2' });
  expect(parsed.annotations).toEqual([]);
  expect(parsed.invalid).toEqual([
    { position: 'next', reason: expect.stringContaining('next pages are links') },
    { position: 'items[0].target', reason: expect.stringContaining('it has FragmentSelector') },
    { position: 'items[1].target', reason: expect.stringContaining('it has a whole page') },
    { position: 'items[2].target', reason: expect.stringContaining('it has TextPositionSelector') },
  ]);
});

describeWithShared('the W3C test samples (../shared/standards/web-annotation/tools/samples/correct)', ['standards/web-annotation/tools/samples/correct'], () => {
  const dir = sharedPath('standards/web-annotation/tools/samples/correct');
  it('reads every correct sample without refusing the file; the text quotes become annotations, the rest say why not', () => {
    const quoted: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const result = parseImport(text, { now: NOW, fileName: name });
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      const { annotations, invalid } = result.value;
      const hasQuote = text.includes('TextQuoteSelector');
      expect(annotations.length > 0, name).toBe(hasQuote);
      if (annotations.length === 0) expect(invalid.length, name).toBeGreaterThan(0);
      if (hasQuote) quoted.push(name);
      for (const a of annotations) expect(a.url).toMatch(/^https?:\/\//);
    }
    // anno26 (a quote) and anno32 (a quote refining a FragmentSelector), and the collection.
    expect(quoted.sort()).toEqual(['anno26.json', 'anno32.json', 'collection1.json']);
  });
});

/** Hypothesis's own JSON: its client's export file (and, with rows/total, its search API's answer). */
const native = {
  id: 'Zx1Fm2vJEe-abc', created: '2024-10-22T09:14:03.445212+00:00', updated: '2024-10-22T09:20:41.001337+00:00',
  user: 'acct:checker@hypothes.is', uri: PAGE, text: 'Yonhap says **up to** 12,000', tags: ['troops'], group: '__world__',
  target: [{ source: PAGE, selector: hypothesis.target[0].selector }],
  document: { title: ['Troops'] }, links: { html: 'https://hypothes.is/a/Zx1Fm2vJEe-abc', incontext: 'https://hyp.is/Zx1Fm2vJEe-abc/x' },
};

it('reads a Hypothesis export file and search answer as the same annotations as its W3C form; replies and page notes say why not', () => {
  const reply = { ...native, id: 'r1', references: ['Zx1Fm2vJEe-abc'], target: [{ source: PAGE }] };
  const pageNote = { ...native, id: 'n1', target: [{ source: PAGE }] };
  const file = parse({ export_date: '2024-10-23T10:00:00.000Z', export_userid: 'acct:checker@hypothes.is', client_version: '1.1500.0', annotations: [native, reply, pageNote] });
  expect(file.format).toBe('web-annotation');
  expect(file.annotations).toHaveLength(1);
  expect(file.annotations[0]).toMatchObject({ url: PAGE, note: 'Yonhap says **up to** 12,000', tags: ['troops'], updatedAt: '2024-10-22T09:20:41.001337+00:00', selectors: { quote: { exact: '12 000 soldats' }, position: { start: 2210, end: 2224 } } });
  expect(file.invalid).toEqual([
    { position: 'annotations[1]', reason: expect.stringContaining('reply') },
    { position: 'annotations[2].target', reason: expect.stringContaining('whole page') },
  ]);
  // The same annotation in Hypothesis's W3C form gets the same id: importing both makes one.
  expect(parse(hypothesis).annotations[0].id).toBe(file.annotations[0].id);
  expect(parse({ total: 1, rows: [native] }).annotations[0].id).toBe(file.annotations[0].id);
});

it('imports a Hypothesis annotation, exports it as W3C and imports that again into the same library as a duplicate, not a conflict', async () => {
  const { exportWebAnnotation } = await import('@/utils/core/formats/export-web-annotation');
  const { planImport } = await import('@/utils/store/import/plan-import');
  const { applyImport } = await import('@/utils/store/import/apply-import');
  const { dropDb, dumpDb, freshDb } = await import('./db-helpers');
  const db = freshDb();
  try {
    await applyImport(db, await planImport(db, parse(hypothesis)));
    const exported = exportWebAnnotation(await dumpDb(db));
    // The dates are written as Hypothesis wrote them, each an xsd:dateTime with its zone.
    expect(exported).toContain('2024-10-22T09:14:03.445212+00:00');
    const again = await planImport(db, parse(JSON.parse(exported)));
    expect(again.counts.annotations).toEqual({ new: 0, updated: 0, duplicate: 1, conflict: 0 });
    expect(again.conflicts).toEqual([]);
  } finally {
    await dropDb(db);
  }
});

it('reports an annotation whose id another one of the file has, and keeps the first', () => {
  const second = { ...hypothesis, target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'une autre phrase' }] }] };
  const parsed = parse([hypothesis, second]);
  expect(parsed.annotations.map((a) => a.selectors.quote.exact)).toEqual(['12 000 soldats']);
  expect(parsed.invalid).toEqual([{ position: '[1].id', reason: expect.stringContaining('is also the id of [0]') }]);
  // No claim is made for the annotation left out.
  expect(parsed.claims).toHaveLength(1);
});

it('refuses an annotation whose quote is empty, saying so, instead of making a claim that states nothing', () => {
  const empty = { ...hypothesis, id: 'https://x/empty', target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: '  ' }] }] };
  const parsed = parse(empty);
  expect(parsed.annotations).toEqual([]);
  expect(parsed.claims).toEqual([]);
  expect(parsed.invalid.map((e) => e.reason).join(' ')).toContain('The quote is empty and no claim is linked');
});
