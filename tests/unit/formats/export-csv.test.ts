import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { CSV_COLUMNS } from '@/utils/core/formats/csv-columns';
import { exportFileName } from '@/utils/core/formats/file-name';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ExportSelection } from '@/utils/core/formats/export-selection';

const tricky = 'He said "no", then\nleft; 12,000 soldiers';
const selection: ExportSelection = {
  outlets: [{ id: 'lm', name: 'Le Monde, Paris', domains: ['lemonde.fr'], origin: 'user' }],
  claims: [{ id: 'c1', statement: { fr: 'Déclaration "citée", avec virgule' }, status: 'misleading', statusReason: '', statusDate: '2024-10-22', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-10-22', updatedAt: '2024-10-22' }],
  versions: [
    { id: 'v1', claimId: 'c1', outletId: 'lm', url: 'https://lemonde.fr/a?x=1,2', title: 'Titre', publishedAt: '2024-10-22', quote: tricky, lang: 'fr', figures: [{ value: 12000, text: '12 000 soldats', unit: 'soldats' }, { value: 72, text: '72 heures' }], places: [], attributions: [{ name: 'NIS' }, { name: 'Yonhap' }], dates: [], origin: 'user', createdAt: '2024-10-22', updatedAt: '2024-10-22' },
    { id: 'v2', claimId: 'c1', outletId: 'lm', url: 'https://lemonde.fr/b', title: '', publishedAt: '', quote: '=HYPERLINK("http://evil")', lang: 'fr', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-10-22', updatedAt: '2024-10-22' },
  ],
  annotations: [],
};

describe('CSV export', () => {
  const csv = exportCsv(selection);

  it('starts with a UTF-8 BOM and a header, with CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(header).toBe(CSV_COLUMNS.join(','));
    // The columns of files written before come first, in their order.
    expect(header.startsWith('claim_id,statement,statement_lang,status,outlet_id,outlet,url,date,quote,attribution,figures,version_id,title,lang,record,')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, doubles quotes and keeps line breaks inside quoted fields (RFC 4180)', () => {
    expect(csv).toContain('"He said ""no"", then\nleft; 12,000 soldiers"');
    expect(csv).toContain('"Le Monde, Paris"');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows[1][8]).toBe(tricky);
    expect(rows[1][9]).toBe('NIS | Yonhap');
    expect(rows[1][10]).toBe('12 000 soldats | 72 heures');
  });

  it('keeps formulas from running in spreadsheets, and the import restores the text', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const parsed = parseImport(csv, { fileName: 'recoupe-2024-10-22-all.csv' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.invalid).toEqual([]);
    expect(parsed.value.versions.map((v) => v.quote)).toEqual([tricky, '=HYPERLINK("http://evil")']);
    expect(parsed.value.versions[0]).toMatchObject({ id: 'v1', claimId: 'c1', outletId: 'lm', url: 'https://lemonde.fr/a?x=1,2', publishedAt: '2024-10-22', title: 'Titre' });
    expect(parsed.value.versions[0].attributions).toEqual([{ name: 'NIS' }, { name: 'Yonhap' }]);
    expect(parsed.value.versions[0].figures).toEqual([{ value: 12000, text: '12 000 soldats' }, { value: 72, text: '72 heures' }]);
    expect(parsed.value.claims[0]).toMatchObject({ id: 'c1', status: 'misleading', statement: { fr: 'Déclaration "citée", avec virgule' } });
    expect(parsed.value.outlets[0]).toMatchObject({ id: 'lm', name: 'Le Monde, Paris', domains: ['lemonde.fr'] });
  });

  it('reports bad rows by row and column, and keeps the good ones', () => {
    const bad = `${csv}c2,x,fr,false,lm,Le Monde,javascript:alert(1),2024-01-01,q,,,v3,,fr\r\nc3,y,fr,bogus,lm,Le Monde,https://a.fr,2024-01-01,q,,,v4,,fr\r\n`;
    const parsed = parseImport(bad);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.versions).toHaveLength(2);
    expect(parsed.value.invalid.map((e) => e.position)).toEqual(['row 4, column url', 'row 5, column status']);
  });
});

describe('export file names', () => {
  it('is recoupe-YYYY-MM-DD-<scope>.<ext>, with a safe scope', () => {
    const day = new Date('2026-11-21T07:00:00Z');
    expect(exportFileName('all', 'json', day)).toBe('recoupe-2026-11-21-all.json');
    expect(exportFileName('Claims: Corée / Russie', 'csv', day)).toBe('recoupe-2026-11-21-claims-coree-russie.csv');
    expect(exportFileName('///', 'jsonld', day)).toBe('recoupe-2026-11-21-export.jsonld');
  });
});
