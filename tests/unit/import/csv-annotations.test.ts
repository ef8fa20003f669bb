import { describe, expect, it } from 'vitest';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { dropDb, dumpDb, freshDb } from './db-helpers';
import { parseCsv as parse, sheet, unsheet } from './csv-sheet';

const outlets: Outlet[] = [{ id: 'lm', name: 'Le Monde', domains: ['lemonde.fr'], origin: 'user' }];
const claim: Claim = {
  id: 'troops', statement: { fr: 'La Corée du Nord a envoyé 12 000 soldats' }, status: 'partly-true', statusReason: 'Environ 11 000',
  statusDate: '2024-10-25T00:00:00Z', statusHistory: [{ status: 'partly-true', reason: 'Environ 11 000', date: '2024-10-25T00:00:00Z', by: 'Élodie' }],
  tags: [], origin: 'user', createdAt: '2024-10-25T00:00:00Z', updatedAt: '2024-10-25T00:00:00Z',
};
const version: Version = {
  id: 'v-lm', claimId: 'troops', outletId: 'lm', url: 'https://www.lemonde.fr/a.html', title: '', publishedAt: '2024-10-19', quote: '12 000 soldats', lang: 'fr',
  figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-10-25T00:00:00Z', updatedAt: '2024-10-25T00:00:00Z',
};
// The desk's own work: one annotation on the outlet's version, with its context, place, note and
// links; one on a page no version holds, found detached on the last visit, its prefix a formula.
const annotations: Annotation[] = [
  {
    id: 'a1', claimId: 'troops', versionId: 'v-lm', url: 'https://www.lemonde.fr/a.html',
    selectors: { quote: { type: 'TextQuoteSelector', exact: '12 000 soldats', prefix: 'Selon Séoul, ', suffix: ' seraient déjà' }, position: { type: 'TextPositionSelector', start: 1204, end: 1218 } },
    note: 'Le NIS dit 11 000,\n"environ"', tags: ['troupes', 'NIS | Séoul'], evidence: ['https://www.nis.go.kr/1', 'Dépêche AFP du 18/10'],
    anchorState: 'anchored', createdAt: '2024-10-20T08:30:00.000Z', updatedAt: '2024-10-21T09:00:00.000Z',
  },
  {
    id: 'a2', claimId: 'troops', url: 'https://blog.example/post',
    selectors: { quote: { type: 'TextQuoteSelector', exact: '12.000 Soldaten', prefix: '=WEBSERVICE("x") ' } },
    note: '', tags: [], evidence: [], anchorState: 'detached', createdAt: '2024-10-22T00:00:00.000Z', updatedAt: '2024-10-22T00:00:00.000Z',
  },
];
const library: ExportSelection = { outlets, claims: [claim], versions: [version], annotations };

describe('CSV: annotations go out and come back', () => {
  it('imported into an empty library, every annotation is as it was: quote, context, place, note, tags, links, dates', async () => {
    const db = freshDb();
    try {
      const parsed = parse(exportCsv(library));
      expect(parsed.invalid).toEqual([]);
      expect((await applyImport(db, await planImport(db, parsed))).ok).toBe(true);
      expect((await dumpDb(db)).annotations).toEqual(annotations);
    } finally {
      await dropDb(db);
    }
  });

  it('imported into the library it came from, changes nothing and shows no conflict', async () => {
    const db = freshDb();
    try {
      await applyImport(db, await planImport(db, parse(exportCsv(library))));
      const before = await dumpDb(db);
      const plan = await planImport(db, parse(exportCsv(library)));
      expect(plan.counts.annotations).toEqual({ new: 0, updated: 0, duplicate: 2, conflict: 0 });
      await applyImport(db, plan);
      expect(await dumpDb(db)).toEqual(before);
    } finally {
      await dropDb(db);
    }
  });

  it('writes an annotation row a reader can follow, with no cell a spreadsheet would run', () => {
    const file = exportCsv(library);
    const rows = sheet(file).filter((r) => r.record === 'annotation');
    expect(rows.map((r) => [r.annotation_id, r.quote, r.statement, r.status])).toEqual([
      ['a1', '12 000 soldats', claim.statement.fr, ''],
      ['a2', '12.000 Soldaten', claim.statement.fr, ''],
    ]);
    expect(rows[0]!.tags).toBe('troupes | NIS \\| Séoul');
    expect(rows[1]!.prefix).toBe(`'=WEBSERVICE("x") `);
  });

  it('leaves out, and says where, an annotation row it cannot read; keeps what it can of another', () => {
    const rows = sheet(exportCsv(library));
    const [first, second] = rows.filter((r) => r.record === 'annotation');
    first!.url = 'javascript:alert(1)';
    Object.assign(second!, { annotation_id: '', position_start: '12', position_end: 'x', created: 'hier' });
    const parsed = parse(unsheet(rows));
    expect(parsed.invalid.map((e) => e.position)).toEqual(['row 4, column url', 'row 5, column created', 'row 5, column position_start']);
    expect(parsed.annotations).toHaveLength(1);
    expect(parsed.annotations[0]).toMatchObject({ id: expect.stringMatching(/^csv-a-/), createdAt: '2025-01-01T00:00:00.000Z', anchorState: 'detached' });
    expect(parsed.annotations[0]!.selectors.position).toBeUndefined();
    expect(JSON.stringify([parsed.annotations, parsed.versions])).not.toContain('javascript:');
    // An annotation row without its claim is said once, where it is.
    const fresh = sheet(exportCsv(library));
    fresh[2]!.claim_id = '';
    const orphan = parse(unsheet(fresh));
    expect(orphan.invalid).toEqual([{ position: 'row 4, column claim_id', reason: expect.stringContaining('1 to') }]);
    expect(orphan.annotations.map((a) => a.id)).toEqual(['a2']);
  });
});
