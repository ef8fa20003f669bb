import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWebAnnotation } from '@/utils/core/formats/export-web-annotation';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { selectionArb } from './arbitraries';
import { hasShared, itWithShared } from '../../shared-data';
import { createW3cCheckers, W3C_REL } from './w3c-validator';
import { dropDb, dumpDb, freshDb } from '../import/db-helpers';

// Only the two schema tests need ../shared; the others run in a clone alone.
const checkers = hasShared([W3C_REL]) ? createW3cCheckers() : undefined;

type Json = Record<string, any>;

function items(collection: Json): Json[] {
  return collection.first.items as Json[];
}

describe('W3C Web Annotation export', () => {
  itWithShared('every annotation passes every MUST schema, the collection and its page too', [W3C_REL], () => {
    fc.assert(
      fc.property(selectionArb, (selection) => {
        const collection = JSON.parse(exportWebAnnotation(selection, { exportedAt: '2026-11-21T07:00:00Z' })) as Json;
        expect(checkers!.collection.failures(collection)).toEqual([]);
        expect(checkers!.page.failures(collection.first)).toEqual([]);
        expect(collection.total).toBe(selection.versions.length + selection.annotations.length);
        for (const annotation of items(collection)) expect(checkers!.annotation.failures(annotation)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  itWithShared('the checks catch a broken export (the validator is not vacuous)', [W3C_REL], () => {
    const selection = { outlets: [], claims: [], versions: [], annotations: [] };
    const collection = JSON.parse(exportWebAnnotation(selection)) as Json;
    expect(checkers!.collection.failures({ ...collection, total: -1 })).toContain('collections/5.1-collectionTotalValidated.json');
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:recoupe:version:v', type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'q' } } };
    expect(checkers!.annotation.failures(annotation)).toEqual([]);
    expect(checkers!.annotation.failures({ ...annotation, created: '22/10/2024' })).toContain('annotations/3.3.1-annotationCreatedValidated.json');
    expect(checkers!.annotation.failures({ ...annotation, target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector' } } })).toContain('annotations/specificResource/4.2.4-textQuoteSelectorValid.json');
  });

  it('gives a version a quote selector, a claim link and an assessing status body', () => {
    const selection: ExportSelection = {
      outlets: [{ id: 'lm', name: 'Le Monde', domains: ['lemonde.fr'], origin: 'user' }],
      claims: [{ id: 'c1', statement: { fr: 'Douze mille soldats' }, status: 'disputed', statusReason: 'r', statusDate: '2024-10-22', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-10-22', updatedAt: '2024-10-22' }],
      versions: [{ id: 'v1', claimId: 'c1', outletId: 'lm', url: 'https://lemonde.fr/a', title: 't', publishedAt: '2024-10', quote: 'jusqu’à 12 000 soldats', lang: 'fr', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-10-22T10:00:00Z', updatedAt: '2024-10-22T10:00:00Z' }],
      annotations: [{ id: 'a1', claimId: 'c1', url: 'https://lemonde.fr/a', selectors: { quote: { type: 'TextQuoteSelector', exact: '12 000', prefix: 'jusqu’à ' }, position: { type: 'TextPositionSelector', start: 10, end: 16 } }, note: 'vu', tags: ['armée'], evidence: [], createdAt: '2024-10-22T10:00:00Z', updatedAt: '2024-10-22T10:00:00Z' }],
    };
    const [version, annotation] = items(JSON.parse(exportWebAnnotation(selection)));
    expect(version.id).toBe('urn:recoupe:version:v1');
    expect(version.motivation).toBe('assessing');
    expect(version.target).toEqual({ type: 'SpecificResource', source: 'https://lemonde.fr/a', selector: { type: 'TextQuoteSelector', exact: 'jusqu’à 12 000 soldats' }, language: 'fr' });
    expect(version.body).toContainEqual({ type: 'SpecificResource', source: 'urn:recoupe:claim:c1', purpose: 'identifying' });
    expect(version.body).toContainEqual({ type: 'TextualBody', value: 'disputed', format: 'text/plain', purpose: 'assessing' });
    expect(annotation.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '12 000', prefix: 'jusqu’à ' },
      { type: 'TextPositionSelector', start: 10, end: 16 },
    ]);
    expect(annotation.body).toContainEqual({ type: 'TextualBody', value: 'vu', format: 'text/plain', purpose: 'commenting' });
    expect(annotation.body).toContainEqual({ type: 'TextualBody', value: 'armée', format: 'text/plain', purpose: 'tagging' });
  });

  it('round trip: quotes, selectors, claim links, statuses, statements, notes and tags come back', async () => {
    await fc.assert(
      fc.asyncProperty(selectionArb, async (selection) => {
        const parsed = parseImport(exportWebAnnotation(selection), { fileName: 'recoupe-2026-01-01-all.jsonld' });
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.value.invalid).toEqual([]);
        const db = freshDb();
        try {
          expect((await applyImport(db, await planImport(db, parsed.value))).ok).toBe(true);
          const back = await dumpDb(db);
          const claims = new Map(back.claims.map((c) => [c.id, c]));
          for (const v of selection.versions) {
            const got = back.versions.find((x) => x.id === v.id);
            expect(got).toMatchObject({ claimId: v.claimId, url: v.url, quote: v.quote });
            const original = selection.claims.find((c) => c.id === v.claimId)!;
            expect(claims.get(v.claimId)).toMatchObject({ status: original.status, statement: original.statement });
          }
          for (const a of selection.annotations) {
            const got = back.annotations.find((x) => x.id === a.id)!;
            expect(got).toMatchObject({ claimId: a.claimId, url: a.url, selectors: a.selectors, note: a.note, tags: a.tags, evidence: a.evidence, createdAt: a.createdAt, updatedAt: a.updatedAt });
            const versionKept = a.versionId !== undefined && selection.versions.some((v) => v.id === a.versionId);
            expect(got.versionId).toBe(versionKept ? a.versionId : undefined);
          }
        } finally {
          await dropDb(db);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
