import { describe, expect, it } from 'vitest';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { exportWebAnnotation } from '@/utils/core/formats/export-web-annotation';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { dropDb, dumpDb, freshDb, loadDb } from './db-helpers';

// A library as a desk builds it: an outlet known by two domains whose page sits on a third
// (www3.nhk.or.jp), a claim stated in two languages with a reason, versions in Japanese and German.
const outlets: Outlet[] = [
  { id: 'nhk', name: 'NHK', domains: ['nhk.or.jp', 'nhk.jp'], origin: 'user' },
  { id: 'spiegel', name: 'Der Spiegel', domains: ['spiegel.de'], origin: 'user' },
];
const claim: Claim = {
  id: 'vat-15', statement: { fr: 'Le gouvernement relève la TVA à 15 %', en: 'The government raises VAT to 15%' }, status: 'partly-true',
  statusReason: 'Seule la hausse à 12 % est votée', statusDate: '2024-02-01T10:00:00+01:00',
  statusHistory: [
    { status: 'unverified', reason: 'Vu sur NHK', date: '2024-01-30T08:00:00Z', by: 'Kenji' },
    { status: 'partly-true', reason: 'Seule la hausse à 12 % est votée', date: '2024-02-01T10:00:00+01:00', by: 'Élodie', note: 'JO du 1er février', evidence: ['https://www.legifrance.gouv.fr/jorf/id/1'] },
  ],
  tags: ['tva'], origin: 'user', createdAt: '2024-01-30T00:00:00Z', updatedAt: '2024-02-01T09:00:00Z', claimant: 'Publications virales', ratingLabel: 'Plutôt faux',
};
const base = { claimId: 'vat-15', title: 't', publishedAt: '2024-03-01', figures: [], places: [], dates: [], origin: 'user' as const, createdAt: '2024-03-01T00:00:00Z', updatedAt: '2024-03-01T00:00:00Z' };
const versions: Version[] = [
  { ...base, id: 'v-ja', outletId: 'nhk', url: 'https://www3.nhk.or.jp/news/html/k1.html', quote: '消費税を１５％に引き上げる', lang: 'ja', attributions: [{ name: '財務省' }] },
  { ...base, id: 'v-de', outletId: 'spiegel', url: 'https://www.spiegel.de/wirtschaft/a.html', quote: 'Die Regierung erhöht die Mehrwertsteuer', lang: 'de', attributions: [] },
];
// The desk's annotation of the Japanese version, its note and links.
const annotations: Annotation[] = [{
  id: 'a-ja', claimId: 'vat-15', versionId: 'v-ja', url: 'https://www3.nhk.or.jp/news/html/k1.html',
  selectors: { quote: { type: 'TextQuoteSelector', exact: '消費税を１５％に引き上げる', prefix: '政府は', suffix: '方針を' }, position: { type: 'TextPositionSelector', start: 40, end: 53 } },
  note: 'Le Japon, pas la France', tags: ['hors sujet'], evidence: ['https://www.mof.go.jp/'], createdAt: '2024-03-02T08:00:00.000Z', updatedAt: '2024-03-02T08:05:00.000Z',
}];
const library: ExportSelection = { outlets, claims: [claim], versions, annotations };

async function reimport(file: string, fileName: string, edited = false) {
  const db = freshDb();
  const mark = <T extends object>(r: T) => (edited ? { ...r, userModified: true } : r);
  try {
    await loadDb(db, { outlets: outlets.map(mark), claims: [mark(claim)], versions: versions.map(mark), annotations });
    const before = await dumpDb(db);
    const parsed = parseImport(file, { fileName, now: '2025-01-01T00:00:00.000Z' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = await planImport(db, parsed.value);
    expect((await applyImport(db, plan)).ok).toBe(true);
    return { plan, before, after: await dumpDb(db) };
  } finally {
    await dropDb(db);
  }
}

describe("re-importing the library's own export into the same library changes nothing", () => {
  it.each([
    ['CSV', () => exportCsv(library), 'recoupe.csv'],
    ['W3C Web Annotation', () => exportWebAnnotation(library), 'recoupe.jsonld'],
  ])('%s: no claim, version or outlet updated, nor any of their fields', async (_, make, fileName) => {
    const { plan, before, after } = await reimport(make(), fileName);
    for (const table of ['claims', 'versions', 'outlets', 'annotations'] as const) {
      expect(plan.counts[table].updated, table).toBe(0);
      expect(plan.counts[table].new, table).toBe(0);
    }
    // The reason and date stay the desk's, the versions their language and outlet, NHK both domains.
    expect(after).toEqual(before);
  });

  it.each([
    ['CSV', () => exportCsv(library), 'recoupe.csv'],
    ['W3C Web Annotation', () => exportWebAnnotation(library), 'recoupe.jsonld'],
  ])('%s: records a desk has edited show no conflict either', async (_, make, fileName) => {
    const { plan } = await reimport(make(), fileName, true);
    for (const table of ['claims', 'versions', 'outlets', 'annotations'] as const) expect(plan.counts[table].conflict, table).toBe(0);
  });

  it('an outlet keeps every domain it had, and gains a page\'s host that none of them covers', async () => {
    const moved = { ...library, versions: [versions[0]!, { ...versions[1]!, url: 'https://www.spiegel.com/a.html' }] };
    const { after } = await reimport(exportCsv(moved), 'recoupe.csv');
    expect(after.outlets.map((o) => [o.id, o.domains])).toEqual([
      ['nhk', ['nhk.or.jp', 'nhk.jp']],
      ['spiegel', ['spiegel.de', 'spiegel.com']],
    ]);
  });
});
