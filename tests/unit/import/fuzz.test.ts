import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { exportWebAnnotation } from '@/utils/core/formats/export-web-annotation';
import { exportClaimReview } from '@/utils/core/formats/export-claimreview';
import { exportCsv } from '@/utils/core/formats/export-csv';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import type { ParseResult } from '@/utils/core/import/import-types';
import { selectionArb } from '../formats/arbitraries';
import { dropDb, dumpDb, freshDb, loadDb } from './db-helpers';

const settings = { reviewerName: 'R', reviewerUrl: 'https://r.example/' };
const EXPORTERS: [string, string, (s: ExportSelection) => string][] = [
  ['recoupe-json', 'json', (s) => exportRecoupeJson(s)],
  ['web-annotation', 'jsonld', (s) => exportWebAnnotation(s)],
  ['claimreview', 'jsonld', (s) => exportClaimReview(s, { settings })],
  ['csv', 'csv', (s) => exportCsv(s)],
];

/** Parsing never throws: it gives a result, or an error with a message the user can read. */
function parseSafely(input: string | Uint8Array, fileName?: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseImport(input, { fileName });
  }).not.toThrow();
  if (result && !result.ok) {
    expect(result.error.message).toMatch(/\w{3,}/);
    expect(result.error.code).toBeTruthy();
  }
  return result!;
}

/** Whatever parsed also plans and applies without an uncaught error. */
async function planAndApply(result: ParseResult): Promise<void> {
  if (!result.ok) return;
  const db = freshDb();
  try {
    const applied = await applyImport(db, await planImport(db, result.value));
    if (!applied.ok) expect(applied.message.length).toBeGreaterThan(0);
  } finally {
    await dropDb(db);
  }
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
/** JSON with wrong types everywhere and hostile keys sprinkled in. */
const messyJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), hostileKey, fc.constantFrom('id', 'url', 'claims', 'versions', 'type', '@type', 'body', 'target', 'items', 'first', 'reviewRating', 'itemReviewed', 'appearance', '@graph', 'dataFeedElement', 'item')), tie('value'), { maxKeys: 6 }),
})).value;

const shells: ((v: unknown) => unknown)[] = [
  (v) => ({ format: 'recoupe/1', outlets: v, claims: [v], versions: v, annotations: [v, v] }),
  (v) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [v, { type: 'Annotation', target: v, body: v }] } }),
  (v) => ({ '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [{ item: [v, { '@type': 'ClaimReview', claimReviewed: v, reviewRating: v, itemReviewed: v }] }] }),
  (v) => [{ '@type': 'ClaimReview', claimReviewed: 'x', url: v, reviewRating: { alternateName: v, ratingValue: v, bestRating: v }, itemReviewed: { appearance: v, author: v } }],
];

describe('import fuzzing', () => {
  it.each(EXPORTERS)('%s: a file truncated anywhere gives a result or a clear error', async (_name, ext, exporter) => {
    await fc.assert(
      fc.asyncProperty(selectionArb, fc.double({ min: 0, max: 1, noNaN: true }), async (selection, cut) => {
        const text = exporter(selection);
        const result = parseSafely(text.slice(0, Math.floor(text.length * cut)), `export.${ext}`);
        await planAndApply(result);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('random bytes give a clear error or a result, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(undefined, 'x.json', 'x.csv', 'x.png'), (bytes, name) => {
        parseSafely(bytes, name);
      }),
      { numRuns: 300 },
    );
  });

  it('random text gives a clear error or a result', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void parseSafely(text)), { numRuns: 300 });
  });

  it('wrong types and hostile keys in every format: no crash, no prototype pollution', async () => {
    await fc.assert(
      fc.asyncProperty(messyJson, fc.nat(shells.length - 1), async (value, shell) => {
        const result = parseSafely(JSON.stringify(shells[shell](value)));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
        await planAndApply(result);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('CSV with the right header and random cells: bad cells are listed by row and column', async () => {
    const header = 'claim_id,statement,statement_lang,status,outlet_id,outlet,url,date,quote,attribution,figures,version_id,title,lang';
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ',', '\n', 'javascript:x', 'https://a.example/x', 'false', '2024-10-22', "'=1+1"));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 16 }), { maxLength: 8 }), async (rows) => {
        const text = [header, ...rows.map((r) => r.join(','))].join('\r\n');
        const result = parseSafely(text, 'export.csv');
        if (result.ok) for (const entry of result.value.invalid) expect(entry.position).toMatch(/^(row \d+(, column \w+)?|file|…)$/);
        await planAndApply(result);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('deep nesting of any depth is refused or read, never overflows the stack', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const result = parseSafely(`${open.repeat(depth)}1${close.repeat(depth)}`);
        if (depth > 64) expect(result).toMatchObject({ ok: false, error: { code: 'too-deep' } });
      }),
      { numRuns: 50 },
    );
  });

  it('a failed apply leaves the database exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(selectionArb, selectionArb, fc.integer({ min: 1, max: 4 }), async (stored, incoming, failAt) => {
        const db = freshDb();
        try {
          await loadDb(db, stored);
          const before = await dumpDb(db);
          const parsed = parseImport(exportRecoupeJson(incoming));
          if (!parsed.ok) throw new Error(parsed.error.message);
          const plan = await planImport(db, parsed.value);
          let calls = 0;
          const result = await applyImport(db, plan, {
            conflictPolicy: 'take-incoming',
            onProgress: () => {
              if (++calls === failAt) throw new Error('simulated failure');
            },
          });
          if (!result.ok) expect(await dumpDb(db)).toEqual(before);
          else expect(calls).toBeLessThan(failAt);
        } finally {
          await dropDb(db);
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
