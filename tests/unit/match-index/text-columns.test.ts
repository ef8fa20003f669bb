/**
 * A stored index keeps what a scan reads of a document's text as columns (whether it denies, the
 * countries it names), so that a restarted worker's first scan does not wait for the texts: they
 * stay in a Blob of their own until a match is explained. What a reader notices: the same
 * highlights, with the same "why", after a restart as before it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimIndex } from '@/utils/core/matching/claim-index';
import { deserialiseIndex, serialiseIndex, StoredDocs } from '@/utils/core/matching/serialise-index';
import { textDenies } from '@/utils/core/matching/claim-denial';
import { textCountriesOfDoc } from '@/utils/core/matching/country-conflict';
import { packText } from '@/utils/core/matching/packed-text';
import { BlobTexts } from '@/utils/store/blob-texts';
import { openDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { storedParts } from '@/utils/store/match-index-store';
import { loadStarterData } from '@/utils/store/starter-data';
import { trainingLibrary } from '../matching/index-fixtures';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.org/news/', lang: 'en' };
const blocks = starter.versions.map((v, id) => ({ id, text: v.quote, lang: v.lang }));

describe("a stored index's text columns", { timeout: 60_000 }, () => {
  it('give, for every document of a stored index loaded back, what its text gives', async () => {
    const db = openDb('text-columns-1');
    await loadStarterData(db, starter);
    const service = new MatcherService(db, undefined, 0);
    await service.scan(page, blocks.slice(0, 1), 'en');
    await service.flush();
    const parts = await storedParts((await db.matchIndex.get('current'))!);
    const docs = deserialiseIndex(parts.index).docs as StoredDocs;
    let denying = 0;
    let named = 0;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs.at(d)!;
      expect(docs.denies(d)).toBe(textDenies(doc));
      expect(docs.countries(d)).toEqual(textCountriesOfDoc(doc.text, doc.lang));
      if (docs.denies(d)) denying++;
      if (docs.countries(d).all.length) named++;
    }
    expect(denying).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(docs.length / 4);
  });

  it('are the same in an index made from the training cases, stored and loaded', () => {
    const built = buildClaimIndex(trainingLibrary().claims);
    const docs = deserialiseIndex(structuredClone(serialiseIndex(built))).docs as StoredDocs;
    for (let d = 0; d < docs.length; d++) {
      expect(docs.denies(d)).toBe(textDenies(built.docs.at(d)!));
      expect(docs.countries(d)).toEqual(textCountriesOfDoc(built.docs.at(d)!.text, built.docs.at(d)!.lang));
    }
  });

  it('let a restarted background give the same matches and explanations as the one that built the index', async () => {
    const db = openDb('text-columns-2');
    await loadStarterData(db, starter);
    const first = new MatcherService(db, undefined, 0);
    const before = await first.scan(page, blocks, 'en');
    expect(before.matches.filter((m) => m.why.words.length + m.why.names.length > 0).length).toBeGreaterThan(30);
    await first.flush();
    const textBytes = (await db.matchIndex.get('current'))!.texts!.size;
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const second = new MatcherService(db, undefined, 0);
    expect(await second.scan(page, blocks, 'en')).toEqual(before);
    expect(second.events).toMatchObject({ built: 0, loaded: 1 });
    // The texts were read as slices, the matched documents' and the load check's, never whole.
    const sizes = reads.mock.contexts.map((blob) => (blob as Blob).size);
    reads.mockRestore();
    expect(sizes.some((size) => size < textBytes)).toBe(true);
    expect(sizes).not.toContain(textBytes);
  });

  it('still highlight and explain when the stored texts cannot be read after the load (built again)', async () => {
    const db = openDb('text-columns-3');
    await loadStarterData(db, starter);
    const first = new MatcherService(db, undefined, 0);
    const before = await first.scan(page, blocks, 'en');
    await first.flush();
    const second = new MatcherService(db, undefined, 0);
    await second.outletFor(page);
    const failing = vi.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValue(new Error('gone'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await second.scan(page, blocks, 'en')).toEqual(before);
    } finally {
      failing.mockRestore();
      warn.mockRestore();
    }
    expect(second.events).toMatchObject({ loaded: 1, built: 1 });
  });
});

describe('texts left in a Blob', () => {
  const list = ['North Korea denied it.', 'Corée du Nord', '', 'Российские войска', '日本政府'];
  const packed = packText(list) as { bytes: Uint8Array; ends: Uint32Array };

  it('are read as asked, and only those', async () => {
    const texts = new BlobTexts(packed.ends, new Blob([packed.bytes as BlobPart]));
    expect(() => texts.at(0)).toThrow(/not read/);
    await texts.read([3, 1]);
    expect([texts.at(1), texts.at(3)]).toEqual([list[1], list[3]]);
    expect(() => texts.at(4)).toThrow(/not read/);
    await texts.read();
    expect(list.map((_, i) => texts.at(i))).toEqual(list);
  });
});
