import { describe, expect, it } from 'vitest';
import type { Claim, Version } from '@/utils/core/model';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { parseImport } from '@/utils/core/import/parse-import';

const claim = (id: string, statement: Record<string, string>): Claim => ({
  id, statement, status: 'false', statusReason: '', statusDate: '2024-05-01T00:00:00Z', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-05-01T00:00:00Z', updatedAt: '2024-05-01T00:00:00Z',
});
const version = (id: string, claimId: string, quote: string, lang: string): Version => ({
  id, claimId, outletId: 'nhk', url: `https://www3.nhk.or.jp/news/${id}.html`, title: '', publishedAt: '2024-05-01', quote, lang,
  figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-05-01T00:00:00Z', updatedAt: '2024-05-01T00:00:00Z',
});

function roundTrip(claims: Claim[], versions: Version[]) {
  const file = exportCsv({ claims, versions, outlets: [{ id: 'nhk', name: 'NHK', domains: ['nhk.or.jp'], origin: 'user' }], annotations: [] });
  const parsed = parseImport(file, { fileName: 'recoupe.csv', now: '2025-01-01T00:00:00Z' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { file, value: parsed.value };
}

describe('CSV round trip', () => {
  it('keeps every language of a statement, and a claim no outlet has printed yet', () => {
    const { value } = roundTrip(
      [claim('vat', { fr: 'Le gouvernement relève la TVA à 15 %', en: 'The government raises VAT to 15%' }), claim('alone', { de: 'Noch kein Medium hat es gedruckt' })],
      [version('v1', 'vat', '消費税を１５％に引き上げる', 'ja')],
    );
    expect(value.invalid).toEqual([]);
    expect(Object.fromEntries(value.claims.map((c) => [c.id, c.statement]))).toEqual({
      vat: { fr: 'Le gouvernement relève la TVA à 15 %', en: 'The government raises VAT to 15%' },
      alone: { de: 'Noch kein Medium hat es gedruckt' },
    });
    // The statement rows make no version.
    expect(value.versions.map((v) => v.id)).toEqual(['v1']);
  });

  it('guards cells a spreadsheet would run as formulas, and gives back texts that begin with an apostrophe', () => {
    const quotes = ["'@POTUS: inflation is down', he tweeted", '=HYPERLINK("http://evil.example")', "''=already quoted twice"];
    const { file, value } = roundTrip([claim('c', { en: 'Inflation is down' })], quotes.map((q, i) => version(`v${i}`, 'c', q, 'en')));
    // No cell of the file starts with a formula character.
    expect(file.split(/\r\n/).flatMap((line) => line.split(',')).some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
    expect(value.versions.map((v) => v.quote)).toEqual(quotes);
  });

  it('keeps an attribution that itself contains " | " as one name, written so a reader sees the pipe is part of it', () => {
    const names = ['Ministère des Finances | Service de presse', 'NIS', 'C:\\dossiers\\', 'a \\| b'];
    const withNames = { ...version('v1', 'c', 'La TVA passe à 15 %', 'fr'), attributions: names.map((name) => ({ name })), figures: [{ value: 15, text: '15 % | taux plein' }] };
    const { file, value } = roundTrip([claim('c', { fr: 'La TVA passe à 15 %' })], [withNames]);
    expect(file).toContain('Ministère des Finances \\| Service de presse | NIS');
    expect(value.versions[0]!.attributions.map((a) => a.name)).toEqual(names);
    expect(value.versions[0]!.figures.map((f) => f.text)).toEqual(['15 % | taux plein']);
    // A cell typed by hand, or written before the escape, splits as it always did.
    const typed = 'claim_id,statement,status,url,quote,attribution\r\nc,La TVA,false,https://a.example/1,La TVA,NIS | AFP | a\\b';
    const parsed = parseImport(typed, { fileName: 'sheet.csv', now: '2025-01-01T00:00:00Z' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.versions[0]!.attributions.map((a) => a.name)).toEqual(['NIS', 'AFP', 'a\\b']);
  });

  it('keeps the places and dates a quote states, and facts the user typed stay the user\'s', () => {
    const typed: Version = {
      ...version('v1', 'c', "Près de 11 000 soldats seront prêts d'ici le 1er novembre à Koursk", 'fr'),
      places: ['Koursk', '=Primorié'], dates: ["d'ici le 1er novembre"], factsByUser: true,
    };
    const extracted: Version = { ...version('v2', 'c', 'Troops were seen in Vladivostok', 'en'), places: ['Vladivostok'] };
    const { file, value } = roundTrip([claim('c', { fr: 'Des soldats nord-coréens sont en Russie' })], [typed, extracted]);
    expect(value.invalid).toEqual([]);
    const byId = Object.fromEntries(value.versions.map((v) => [v.id, v]));
    expect(byId.v1!.places).toEqual(['Koursk', '=Primorié']);
    expect(byId.v1!.dates).toEqual(["d'ici le 1er novembre"]);
    expect(byId.v1!.factsByUser).toBe(true);
    expect(byId.v2!.places).toEqual(['Vladivostok']);
    expect(byId.v2!.factsByUser).toBeUndefined();
    // A place that reads as a formula is guarded in the sheet as the other cells are.
    expect(file.split(/\r\n/).flatMap((line) => line.split(',')).some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
  });

  it('leaves out, and says where, a row whose cells do not line up with the header', () => {
    const header = 'claim_id,statement,status,url,quote,lang';
    const csv = [
      header,
      'ok,Inflation is down,false,https://a.example/1,Inflation is down,en,,',
      'shifted,Inflation, they say, is down,false,https://a.example/2,quote,en',
      'cut,Inflation is down,false,https://a.example/3',
    ].join('\r\n');
    const parsed = parseImport(csv, { fileName: 'sheet.csv', now: '2025-01-01T00:00:00Z' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.versions.map((v) => v.claimId)).toEqual(['ok']);
    expect(parsed.value.invalid.map((e) => e.position)).toEqual(['row 3', 'row 4']);
    expect(parsed.value.invalid[0]!.reason).toMatch(/8 cells where the header names 6/);
    expect(parsed.value.invalid[1]!.reason).toMatch(/before the column quote/);
  });
});
