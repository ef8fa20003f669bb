/**
 * The stored tables a restarted background reads in place (utils/store/snapshot-tables.ts) answer
 * as the Maps they replace: every stored URL gives its outlet, an unknown one none, whatever its
 * script; edits made after the load win.
 */
import { describe, expect, it } from 'vitest';
import { packClaims, packUrls, StoredClaims, StoredUrls, type ClaimInfo } from '@/utils/store/snapshot-tables';
import { codedColumn } from '@/utils/core/matching/claim-index';
import { BlobTexts } from '@/utils/store/blob-texts';

/** Article URLs as a library holds them: ASCII, accented, non-Latin, with an emoji; some outlets share a site. */
const urls = new Map<string, string>();
for (let i = 0; i < 700; i++) {
  const host = ['lemonde.fr', 'bbc.co.uk', 'müller-zeitung.de', 'новости.рф', 'example.org'][i % 5];
  urls.set(`https://${host}/${i % 7 === 0 ? 'actualité' : 'news'}/${i}${i % 11 === 0 ? '-🚀' : ''}`, `outlet-${i % 13}`);
}

const stored = () => {
  const packed = packUrls(structuredClone(urls));
  return new StoredUrls(structuredClone(packed.urls), codedColumn(packed.outlets));
};

describe('stored snapshot tables', () => {
  it('give every stored article URL its outlet, and none to an unknown URL', () => {
    const table = stored();
    for (const [url, outlet] of urls) expect(table.get(url)).toBe(outlet);
    for (const unknown of ['', 'https://lemonde.fr/news/7000', 'https://aaa.example/', 'https://zzz.example/', 'https://новости.рф/news/3x']) expect(table.get(unknown)).toBeUndefined();
    expect(new Map(table.entries())).toEqual(urls);
  });

  it('left in storage, give every URL its outlet and an unknown one none, reading one block of URLs a lookup', async () => {
    const packed = packUrls(structuredClone(urls));
    const { bytes, ends } = packed.urls as { bytes: Uint8Array; ends: Uint32Array };
    const texts = new BlobTexts(ends, new Blob([bytes as BlobPart]));
    const table = new StoredUrls(texts, codedColumn(packed.outlets), packed.firsts);
    const [some] = [...urls.keys()];
    await table.prepare([some!]);
    expect(table.get(some!)).toBe(urls.get(some!));
    // Only that URL's block was read.
    expect(() => [...table.entries()]).toThrow(/not read/);
    for (const [url, outlet] of urls) {
      await table.prepare([url]);
      expect(table.get(url)).toBe(outlet);
    }
    for (const unknown of ['', 'https://lemonde.fr/news/7000', 'https://aaa.example/', 'https://zzz.example/', 'https://новости.рф/news/3x']) {
      await table.prepare([unknown]);
      expect(table.get(unknown)).toBeUndefined();
    }
    await table.prepare();
    expect(new Map(table.entries())).toEqual(urls);
  });

  it('see edits made after the load: a new URL, a moved one, a deleted one', () => {
    const table = stored();
    const [first, second] = [...urls.keys()];
    table.set('https://new.example/a', 'outlet-new');
    table.set(first!, 'outlet-moved');
    table.delete(second!);
    expect(table.get('https://new.example/a')).toBe('outlet-new');
    expect(table.get(first!)).toBe('outlet-moved');
    expect(table.get(second!)).toBeUndefined();
    expect(new Map(table.entries()).size).toBe(urls.size);
  });

  it('give every claim its status and statement, and see a deleted or edited claim', () => {
    const claims = new Map<string, ClaimInfo>([
      ['c1', { status: 'false', statement: { fr: 'Des soldats « nord-coréens »', en: 'North Korean soldiers' } }],
      ['c2', { status: 'unverified', statement: {} }],
      ['c3', { status: 'confirmed', statement: { uk: 'Солдати' } }],
    ]);
    const ids = [...claims.keys()];
    const packed = structuredClone(packClaims(ids, (id) => claims.get(id)));
    const table = new StoredClaims(ids, packed.statuses, packed.statements);
    for (const [id, info] of claims) expect(table.get(id)).toEqual(info);
    expect(table.get('c4')).toBeUndefined();
    table.delete('c2');
    table.set('c3', { status: 'false', statement: { uk: 'Солдати' } });
    expect(table.get('c2')).toBeUndefined();
    expect(table.get('c3')?.status).toBe('false');
  });

  it('left in storage, give a claim its statement once read, and know every claim without reading', async () => {
    const statements = ['Des soldats « nord-coréens »', 'North Korean soldiers 🚀', 'Солдати', ''];
    const claims = new Map<string, ClaimInfo>(statements.map((text, i) => [`c${i}`, { status: 'false', statement: text ? { fr: text } : ({} as Record<string, string>) }]));
    const ids = [...claims.keys()];
    const packed = packClaims(ids, (id) => claims.get(id));
    const { bytes, ends } = packed.statements as { bytes: Uint8Array; ends: Uint32Array };
    const table = new StoredClaims(ids, packed.statuses, new BlobTexts(ends, new Blob([bytes as BlobPart])));
    expect(ids.every((id) => table.has(id))).toBe(true);
    expect(table.has('c9')).toBe(false);
    expect(() => table.get('c2')).toThrow(/not read/);
    await table.prepare(['c2', 'c9']);
    expect(table.get('c2')).toEqual(claims.get('c2'));
    expect(() => table.get('c1')).toThrow(/not read/);
    await table.prepare();
    for (const [id, info] of claims) expect(table.get(id)).toEqual(info);
  });
});
