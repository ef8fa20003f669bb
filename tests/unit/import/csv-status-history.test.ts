import { describe, expect, it } from 'vitest';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { dropDb, dumpDb, freshDb } from './db-helpers';
import { parseCsv as parse, sheet, unsheet } from './csv-sheet';

// A claim a desk has checked twice: unverified when it came in, then false with a note and its
// evidence; the fact-checker's own label and the claimant kept beside it.
const outlets: Outlet[] = [{ id: 'nhk', name: 'NHK', domains: ['nhk.or.jp'], origin: 'user' }];
const claim: Claim = {
  id: 'vat-15', statement: { en: 'The government raises VAT to 15%' }, status: 'false',
  statusReason: 'Only 12% was voted; the bill, "15 %", was withdrawn', statusDate: '2024-02-01T10:00:00+01:00',
  statusHistory: [
    { status: 'unverified', reason: 'Seen on NHK', date: '2024-01-30T08:00:00Z', by: 'Kenji' },
    {
      status: 'false', reason: 'Only 12% was voted; the bill, "15 %", was withdrawn', date: '2024-02-01T10:00:00+01:00', by: 'Élodie',
      note: 'Official journal of 1 February,\nline 3', evidence: ['https://www.legifrance.gouv.fr/jorf/id/1', 'JO 2024-27 | art. 4'],
    },
  ],
  tags: ['tax', 'budget'], origin: 'user', createdAt: '2024-01-30T00:00:00Z', updatedAt: '2024-02-01T09:00:00Z',
  claimant: 'Viral posts', ratingLabel: 'Faux',
};
const version: Version = {
  id: 'v-ja', claimId: 'vat-15', outletId: 'nhk', url: 'https://www3.nhk.or.jp/news/html/k1.html', title: 't', publishedAt: '2024-01-29', quote: '消費税を１５％に引き上げる', lang: 'ja',
  figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-01-30T00:00:00Z', updatedAt: '2024-01-30T00:00:00Z',
};
const library: ExportSelection = { outlets, claims: [claim], versions: [version], annotations: [] };

describe('CSV: a claim\'s status comes back with its reason, its history and its notes', () => {
  it('imported into an empty library, the claim shows the same status, reason, history, notes and evidence', async () => {
    const db = freshDb();
    try {
      const parsed = parse(exportCsv(library));
      expect(parsed.invalid).toEqual([]);
      expect((await applyImport(db, await planImport(db, parsed))).ok).toBe(true);
      const [back] = (await dumpDb(db)).claims;
      expect(back).toMatchObject({ status: 'false', statusReason: claim.statusReason, statusDate: claim.statusDate, statusHistory: claim.statusHistory });
      expect(back).toMatchObject({ tags: claim.tags, claimant: 'Viral posts', ratingLabel: 'Faux' });
    } finally {
      await dropDb(db);
    }
  });

  it('writes one row per status change, which a reader of the sheet can follow', () => {
    const changes = sheet(exportCsv(library)).filter((r) => r.record === 'status change');
    expect(changes.map((r) => [r.status, r.status_date, r.status_by, r.statement])).toEqual([
      ['unverified', '2024-01-30T08:00:00Z', 'Kenji', claim.statement.en],
      ['false', '2024-02-01T10:00:00+01:00', 'Élodie', claim.statement.en],
    ]);
    expect(changes[1]!.evidence).toBe('https://www.legifrance.gouv.fr/jorf/id/1 | JO 2024-27 \\| art. 4');
  });

  it('reads a sheet sorted newest first, and a status typed over on the version row as one more change', () => {
    const rows = sheet(exportCsv(library));
    rows.find((r) => r.record === 'version')!.status = 'Misleading';
    const sorted = [...rows.filter((r) => r.record !== 'status change'), ...rows.filter((r) => r.record === 'status change').reverse()];
    const [back] = parse(unsheet(sorted)).claims;
    expect(back!.status).toBe('misleading');
    expect(back!.statusHistory.map((c) => [c.status, c.by])).toEqual([['unverified', 'Kenji'], ['false', 'Élodie'], ['misleading', 'import']]);
  });

  it('leaves out, and says where, a status change it cannot read; the rest of the file imports', () => {
    const rows = sheet(exportCsv(library));
    const changes = rows.filter((r) => r.record === 'status change');
    changes[0]!.status_date = 'last Tuesday';
    changes[1]!.status = 'Zorglub';
    const parsed = parse(unsheet([...rows, { ...changes[0]!, claim_id: 'nowhere', status_date: '2024-03-01' }]));
    expect(parsed.invalid.map((e) => e.position)).toEqual(['row 3, column status_date', 'row 4, column status', 'row 5']);
    expect(parsed.claims[0]!.statusHistory.map((c) => c.status)).toEqual(['false']);
    expect(parsed.versions.map((v) => v.id)).toEqual(['v-ja']);
  });

  it('a file written before the history columns imports as it did', () => {
    const old = 'claim_id,statement,statement_lang,status,outlet_id,outlet,url,date,quote,attribution,figures,version_id,title,lang\r\n'
      + 'vat-15,The government raises VAT to 15%,en,false,nhk,NHK,https://www3.nhk.or.jp/news/html/k1.html,2024-01-29,消費税,,,v-ja,t,ja\r\n';
    const [back] = parse(old).claims;
    expect(back).toMatchObject({ status: 'false', statusReason: 'Imported from CSV', statusDate: '2025-01-01T00:00:00.000Z', tags: [] });
    expect(back!.statusHistory).toEqual([{ status: 'false', reason: 'Imported from CSV', date: '2025-01-01T00:00:00.000Z', by: 'import' }]);
  });
});
