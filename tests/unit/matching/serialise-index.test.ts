/**
 * A stored index gives the same highlights as the index it was made from. A field added to the
 * index's documents and not stored by serialise-index.ts fails here, not in a user's browser.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching';
import { buildClaimIndex, type ClaimIndex } from '@/utils/core/matching/claim-index';
import { deserialiseIndex, serialiseIndex, StoredDocs, STORED_DOC_FIELDS, STORED_FIGURE_FIELDS } from '@/utils/core/matching/serialise-index';
import { indexesOf, packText } from '@/utils/core/matching/packed-text';
import { trainingLibrary } from './index-fixtures';

const { claims, cases } = trainingLibrary();
const scanAll = (m: ClaimMatcher) => cases.map((k) => m.scan(k.text, { excludeOutletIds: [k.source], lang: k.lang }));
/** Every document decoded, as a plain array: what the index holds, however it holds it. */
const everyDoc = (index: ClaimIndex) => ({ ...index, docs: Array.from({ length: index.docs.length }, (_, d) => index.docs.at(d)) });
/** An index as a restarted worker gets it: stored, cloned as IndexedDB does, loaded. */
const reloaded = (index: ClaimIndex) => deserialiseIndex(structuredClone(serialiseIndex(index)));

// Two tests scan the training cases twice: seconds on a shared machine.
describe('serialised matching index', { timeout: 60_000 }, () => {
  const built = buildClaimIndex(claims);
  // structuredClone is what IndexedDB does to a stored record.

  it('comes back equal to the built index, every field of it', () => {
    expect(everyDoc(reloaded(built))).toEqual(everyDoc(built));
  });

  it('finds the same matches, with the same probabilities and explanations, on the training cases, decoding only the documents it reads', () => {
    const before = scanAll(ClaimMatcher.fromIndex(built));
    expect(before.flat().filter((m) => m.level === 'highlight').length).toBeGreaterThan(100);
    const loaded = reloaded(built);
    const docs = loaded.docs as StoredDocs;
    expect(docs).toBeInstanceOf(StoredDocs);
    // Loading makes no object per document: that is what keeps a restarted worker quick.
    expect(docs.decodedCount).toBe(0);
    const first = ClaimMatcher.fromIndex(loaded).scan(cases[0]!.text, { excludeOutletIds: [cases[0]!.source], lang: cases[0]!.lang });
    expect(first).toEqual(before[0]);
    expect(docs.decodedCount).toBeGreaterThan(0);
    expect(docs.decodedCount).toBeLessThan(docs.length / 4);
    expect(scanAll(ClaimMatcher.fromIndex(loaded))).toEqual(before);
  });

  it('stores every field of a document and of a figure (add a field there: store it too)', () => {
    const doc = everyDoc(built).docs.find((d) => d!.figures.length && d!.directions.size)!;
    expect(Object.keys(doc).sort()).toEqual([...STORED_DOC_FIELDS].sort());
    expect(Object.keys(doc.figures[0]!).sort()).toEqual([...STORED_FIGURE_FIELDS].sort());
  });

  it('is a few typed arrays and strings, not an object per term or document', () => {
    const stored = serialiseIndex(built);
    const objects = Object.values(stored).filter((v) => typeof v === 'object' && !ArrayBuffer.isView(v));
    for (const o of objects) for (const part of Object.values(o as object)) expect(typeof part === 'string' || ArrayBuffer.isView(part) || (Array.isArray(part) && part.length < 100)).toBe(true);
  });

  it('keeps where each document starts in its units, figures and cues as a byte per document (what a restarted worker reads), and a document of more than 255 units as it was', () => {
    const stored = serialiseIndex(built);
    for (const column of [stored.docUnitCount, stored.figureCount, stored.directionCount]) {
      expect(column.length).toBe(built.docs.length);
      expect(column.BYTES_PER_ELEMENT).toBe(1);
    }
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x${'abcdefghij'[i % 10]}cited`).join(' ');
    const long = [...claims.slice(0, 2), { ...claims[2]!, versions: [{ ...claims[2]!.versions[0]!, quote: `The minister said ${words}.` }] }];
    const index = buildClaimIndex(long);
    expect(serialiseIndex(index).docUnitCount.BYTES_PER_ELEMENT).toBe(2);
    expect(everyDoc(reloaded(index))).toEqual(everyDoc(index));
  });

  it('stores texts as UTF-8, and gives back a text with a lone surrogate as it was', () => {
    expect(serialiseIndex(built).docText).toHaveProperty('bytes');
    const odd = claims.slice(0, 3).map((c, i) => (i === 1 ? { ...c, versions: c.versions.map((v) => ({ ...v, quote: `${v.quote} \ud83d` })) } : c));
    const index = buildClaimIndex(odd);
    expect(serialiseIndex(index).docText).toHaveProperty('text');
    expect(everyDoc(reloaded(index))).toEqual(everyDoc(index));
  });

  it('finds stored strings without decoding them, in UTF-8 and in the UTF-16 form alike', () => {
    const list = ['v-1', 'v-10', 'statement', 'v-1', 'vé-2', 'v-10x'];
    for (const packed of [packText(list), packText([...list, '\ud83d'])]) {
      expect(indexesOf(packed, new Set(['v-1', 'vé-2', 'absent']))).toEqual([0, 3, 4]);
      expect(indexesOf(packed, new Set())).toEqual([]);
    }
    expect(packText([...list, '\ud83d'])).toHaveProperty('text');
  });

  it('refuses a stored index of another format', () => {
    expect(() => deserialiseIndex({ ...serialiseIndex(built), format: -1 })).toThrow(/format/);
  });
});
