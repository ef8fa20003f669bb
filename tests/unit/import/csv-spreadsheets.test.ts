import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';

const NOW = '2026-11-21T07:00:00.000Z';

function parse(input: string | Uint8Array): ParsedImport {
  const result = parseImport(input, { now: NOW, fileName: 'claims.csv' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Windows-1252 bytes of a Latin-1 text, as French Excel saves "CSV (séparateur : point-virgule)". */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
    return code;
  }));
}

const rows = [
  ['c1', 'La Corée du Nord a envoyé 12 000 soldats', 'fr', 'Faux', 'https://www.lemonde.fr/a', '2024-10-25', 'jusqu’à 12 000 soldats'],
  ['c2', 'Kim a visité Moscou', 'fr', 'Partly true', 'https://www.liberation.fr/b', '', 'Kim s\'est rendu\r\nà Moscou ; selon "Yonhap"'],
];
const quote = (cell: string) => (/[;,"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('CSV as spreadsheets save it', () => {
  it('reads semicolons, CRLF, a BOM, quoted line breaks, header names in any case and spacing, statuses as people type them', () => {
    const header = 'Claim ID;STATEMENT;Statement-Lang;Statut;URL;Date;Quote';
    // "Statut" is not "status": the header is refused, naming the missing column.
    const refused = parseImport(`\uFEFF${header}\r\n`, { fileName: 'claims.csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-format', message: expect.stringContaining('status') } });
    const text = `\uFEFF${header.replace('Statut', 'Status ')}\r\n${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
    const parsed = parse(text);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.claims.map((c) => [c.id, c.status, c.statement.fr])).toEqual([
      ['c1', 'false', 'La Corée du Nord a envoyé 12 000 soldats'],
      ['c2', 'partly-true', 'Kim a visité Moscou'],
    ]);
    expect(parsed.versions.map((v) => v.quote)).toEqual(['jusqu’à 12 000 soldats', 'Kim s\'est rendu\r\nà Moscou ; selon "Yonhap"']);
  });

  it('reads Excel\'s "sep=;" line and a file saved in Windows-1252, and still refuses binary files', () => {
    const latin = rows.map((r) => r.map((c) => c.replace('’', "'")));
    const text = `sep=;\r\nclaim_id;statement;statement_lang;status;url;date;quote\r\n${latin.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
    const parsed = parse(windows1252(text));
    expect(parsed.claims[0].statement.fr).toBe('La Corée du Nord a envoyé 12 000 soldats');
    expect(parsed.versions).toHaveLength(2);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xe9]);
    expect(parseImport(png, { fileName: 'claims.csv' })).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('reads a UTF-8 file into which one line was pasted from a Windows-1252 one, keeping every accent of both', () => {
    const header = 'claim_id;statement;statement_lang;status;url;date;quote\r\n';
    const utf8Row = 'c1;La Corée du Nord a envoyé 12 000 soldats;fr;Faux;https://www.lemonde.fr/a;;jusqu’à 12 000 soldats\r\n';
    const pastedRow = 'c2;Kim a visité Moscou;fr;Faux;https://www.liberation.fr/b;;Kim a visité Moscou\r\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(header + utf8Row), ...windows1252(pastedRow)]);
    const parsed = parse(bytes);
    expect(parsed.claims.map((c) => c.statement.fr)).toEqual(['La Corée du Nord a envoyé 12 000 soldats', 'Kim a visité Moscou']);
    expect(parsed.versions.map((v) => v.quote)).toEqual(['jusqu’à 12 000 soldats', 'Kim a visité Moscou']);
  });

  it('reports a status nobody could read, by row and column, and writes nothing of that row', () => {
    const text = `claim_id,statement,status,url,quote\r\nc1,s,Zorglub,https://a.example/1,q\r\nc2,t,TRUE,https://a.example/2,q\r\n`;
    const parsed = parse(text);
    expect(parsed.invalid).toEqual([{ position: 'row 2, column status', reason: 'Unknown status "Zorglub".' }]);
    expect(parsed.claims.map((c) => [c.id, c.status])).toEqual([['c2', 'confirmed']]);
  });
});

describe('dates and links a spreadsheet wrote back', () => {
  const header = 'claim_id;statement;statement_lang;status;url;date;quote';
  const file = (...lines: string[]) => `${header}\r\n${lines.join('\r\n')}\r\n`;

  it('keeps every row when a date is in the locale’s form: as ISO where the form says which is the day, else without it and says so', () => {
    const parsed = parse(file(
      'c1;Le chômage a baissé;fr;Faux;https://ex.example/a;30/04/2024;le chômage a baissé',
      'c1;Le chômage a baissé;fr;Faux;https://ex.example/b;30.04.2024;selon l’Insee',
      'c2;Unemployment fell;en;False;https://ex.example/c;4/30/2024;unemployment fell',
      'c3;Unemployment rose;en;False;https://ex.example/d;3/1/2024;unemployment rose',
      'c4;Prices rose;en;False;https://ex.example/e;March 5 2024;prices rose',
      'c5;物価が上がった;ja;False;https://ex.example/f;2024/04/30;物価が上がった',
    ));
    expect(parsed.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(parsed.versions.map((v) => [v.url, v.publishedAt])).toEqual([
      ['https://ex.example/a', '2024-04-30'],
      ['https://ex.example/b', '2024-04-30'],
      ['https://ex.example/c', '2024-04-30'],
      ['https://ex.example/d', ''],
      ['https://ex.example/e', ''],
      // Year first, as Japanese spreadsheets write it: never ambiguous.
      ['https://ex.example/f', '2024-04-30'],
    ]);
    expect(parsed.invalid).toEqual([
      { position: 'row 5, column date', reason: expect.stringContaining('imported without its date') },
      { position: 'row 6, column date', reason: expect.stringContaining('"March 5 2024"') },
    ]);
  });

  it('takes a claim’s statement from a later row when its first row leaves it blank, and leaves out a claim no row states', () => {
    const parsed = parse(file(
      'c1;;en;False;https://ex.example/a;2024-04-30;prices rose',
      'c1;Prices rose by 12%;en;False;https://ex.example/b;2024-04-30;prices went up',
      'c2;;en;False;https://ex.example/c;2024-04-30;wages fell',
    ));
    expect(parsed.claims.map((c) => [c.id, c.statement])).toEqual([['c1', { en: 'Prices rose by 12%' }]]);
    expect(parsed.versions.map((v) => v.claimId)).toEqual(['c1', 'c1']);
    expect(parsed.invalid).toEqual([{ position: 'row 4, column statement', reason: expect.stringContaining('"c2"') }]);
  });

  it('stores a link without the spaces typed around it', () => {
    const parsed = parse(file('c1;Prices rose;en;False;"  https://ex.example/p  ";2024-04-30;prices rose'));
    expect(parsed.versions[0]!.url).toBe('https://ex.example/p');
  });
});
