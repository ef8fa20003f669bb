import { describe, expect, it } from 'vitest';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { checkFileSize, parseImport } from '@/utils/core/import/parse-import';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import type { ParseResult } from '@/utils/core/import/import-types';

const claim = {
  id: 'c1', statement: { fr: '<script>alert("x")</script> 12 000 soldats' }, status: 'false', statusReason: '<b>gras</b>', statusDate: '2024-10-20',
  statusHistory: [{ status: 'false', reason: 'r', date: '2024-10-20', by: 'me', evidence: ['https://ok.example', 'Le Monde, 20 octobre'] }],
  tags: [], origin: 'user', createdAt: '2024-10-20', updatedAt: '2024-10-20',
};
const outlet = { id: 'o', name: 'O', domains: ['o.example'], origin: 'user' };
const version = (id: string, url: string) => ({
  id, claimId: 'c1', outletId: 'o', url, title: '', publishedAt: '', quote: 'q', lang: 'fr', figures: [], places: [], attributions: [], dates: [],
  origin: 'user', createdAt: '2024-10-20', updatedAt: '2024-10-20',
});
const doc = (extra: Record<string, unknown> = {}) => ({ format: 'recoupe/1', exportedAt: '2024-10-20', outlets: [outlet], claims: [claim], versions: [], annotations: [], ...extra });

function refused(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error;
}

describe('import safety', () => {
  it('refuses a file over the size limit before reading it', () => {
    expect(checkFileSize(IMPORT_LIMITS.maxFileBytes)).toBeUndefined();
    expect(refused(checkFileSize(IMPORT_LIMITS.maxFileBytes + 1)!)).toMatchObject({ code: 'too-large', message: expect.stringContaining('100 MiB') });
  });

  it('refuses deep nesting before JSON.parse, with the place', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(refused(parseImport(deep))).toEqual({ code: 'too-deep', message: expect.stringContaining('64 levels'), position: 'line 1, column 65' });
  });

  it('says a truncated file is cut off, and where it ends', () => {
    const text = exportRecoupeJson(doc() as never);
    const error = refused(parseImport(text.slice(0, Math.floor(text.length / 2)), { fileName: 'x.json' }));
    expect(error.code).toBe('truncated');
    expect(error.position).toMatch(/^line \d+, column \d+$/);
  });

  it('says a CSV cut inside a quoted cell is cut off', () => {
    const csv = 'claim_id,statement,status,url,quote\r\nc1,s,false,https://a.example/1,"ok"\r\nc2,s,false,https://a.example/2,"cut he';
    expect(refused(parseImport(csv, { fileName: 'x.csv' }))).toMatchObject({ code: 'truncated', position: 'row 3' });
  });

  it('reports malformed JSON with its line and column', () => {
    expect(refused(parseImport('{\n  "format": "recoupe/1",\n  oops\n}'))).toMatchObject({ code: 'malformed', position: 'line 3, column 3' });
  });

  it('strips __proto__, constructor and prototype keys without polluting prototypes', () => {
    const text = JSON.stringify(doc()).replace('{"format"', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"')
      .replace('"id":"c1"', '"__proto__":{"isAdmin":true},"id":"c1"');
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(result.value.claims[0])).toBe(Object.prototype);
    expect(result.value.invalid.map((e) => e.position)).toEqual(['__proto__', 'constructor', 'claims[0].__proto__']);
    expect(result.value.claims).toHaveLength(1);
  });

  it('never keeps a javascript:, data: or other non-http link', () => {
    const versions = [version('v1', 'javascript:alert(1)'), version('v2', 'data:text/html,<script>alert(1)</script>'), version('v3', 'file:///etc/passwd'), version('v4', 'https://o.example/ok')];
    const risky = { ...claim, statusHistory: [{ ...claim.statusHistory[0], evidence: ['https://ok.example', 'javascript:alert(1)', 'Le Monde, 20 octobre'] }] };
    const result = parseImport(JSON.stringify(doc({ claims: [risky], versions })));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.versions.map((v) => v.id)).toEqual(['v4']);
    expect(result.value.invalid.map((e) => e.position)).toEqual(['claims[0].statusHistory[0].evidence[1]', 'versions[0].url', 'versions[1].url', 'versions[2].url']);
    expect(result.value.claims[0].statusHistory[0].evidence).toEqual(['https://ok.example', 'Le Monde, 20 octobre']);
  });

  it('keeps markup in text fields as plain text', () => {
    const result = parseImport(JSON.stringify(doc()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.claims[0].statement.fr).toBe('<script>alert("x")</script> 12 000 soldats');
  });

  it('names the problem when a file is not what its name says', () => {
    expect(refused(parseImport('claim_id,quote\nc1,q', { fileName: 'export.json' }))).toMatchObject({ code: 'wrong-extension' });
    expect(refused(parseImport('{"format":"recoupe/1"}', { fileName: 'export.csv' }))).toMatchObject({ code: 'wrong-extension' });
    expect(refused(parseImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), { fileName: 'export.json' }))).toMatchObject({ code: 'binary' });
    expect(refused(parseImport('%PDF-1.7\n...', { fileName: 'export.json' }))).toMatchObject({ code: 'binary', message: expect.stringContaining('PDF') });
    expect(refused(parseImport('<!doctype html><p>hi</p>'))).toMatchObject({ code: 'unknown-format', message: expect.stringContaining('HTML') });
    expect(refused(parseImport(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toMatchObject({ code: 'binary' });
    expect(refused(parseImport(''))).toMatchObject({ code: 'empty' });
    // What File.text() makes of a Latin-1 or binary file.
    const lenient = new TextDecoder().decode(new Uint8Array([0x7b, 0xe9, 0xe8, 0xff, 0xfe, 0x80, 0x81, 0x90]));
    expect(refused(parseImport(lenient))).toMatchObject({ code: 'binary' });
    expect(refused(parseImport('{"hello":"world"}'))).toMatchObject({ code: 'unknown-format' });
    expect(refused(parseImport('name,age\nBob,3'))).toMatchObject({ code: 'unknown-format', message: expect.stringContaining('claim_id') });
  });

  it('asks for an update on a newer Recoupe format', () => {
    expect(refused(parseImport('{"format":"recoupe/2"}'))).toMatchObject({ code: 'unsupported-version', position: 'format' });
  });

  it('lists invalid records with their place and keeps the valid ones', () => {
    const bad = { ...claim, id: 'c2', status: 'maybe', statement: 'not an object' };
    const result = parseImport(JSON.stringify(doc({ claims: [claim, bad, claim] })));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.claims.map((c) => c.id)).toEqual(['c1']);
    expect(result.value.invalid).toEqual([
      { position: 'claims[1].statement', reason: 'Expected texts by language, found a string.' },
      { position: 'claims[1].status', reason: expect.stringContaining('Unknown status "maybe"') },
      { position: 'claims[2].id', reason: expect.stringContaining('appears twice') },
    ]);
  });
});
