/**
 * A stored index gives the same highlights as the index it was made from. A field added to the
 * index's documents and not stored by serialise-index.ts fails here, not in a user's browser.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching';
import { buildClaimIndex } from '@/utils/core/matching/claim-index';
import { deserialiseIndex, serialiseIndex, STORED_DOC_FIELDS, STORED_FIGURE_FIELDS } from '@/utils/core/matching/serialise-index';
import { trainingLibrary } from './index-fixtures';

const { claims, cases } = trainingLibrary();
const scanAll = (m: ClaimMatcher) => cases.map((k) => m.scan(k.text, { excludeOutletIds: [k.source], lang: k.lang }));

describe('serialised matching index', () => {
  const built = buildClaimIndex(claims);
  // structuredClone is what IndexedDB does to a stored record.
  const loaded = deserialiseIndex(structuredClone(serialiseIndex(built)));

  it('comes back equal to the built index, every field of it', () => {
    expect(loaded).toEqual(built);
  });

  it('finds the same matches, with the same probabilities and explanations, on the training cases', () => {
    const before = scanAll(ClaimMatcher.fromIndex(built));
    expect(before.flat().filter((m) => m.level === 'highlight').length).toBeGreaterThan(100);
    expect(scanAll(ClaimMatcher.fromIndex(loaded))).toEqual(before);
  });

  it('stores every field of a document and of a figure (add a field there: store it too)', () => {
    const doc = built.docs.find((d) => d.figures.length && d.directions.size)!;
    expect(Object.keys(doc).sort()).toEqual([...STORED_DOC_FIELDS].sort());
    expect(Object.keys(doc.figures[0]!).sort()).toEqual([...STORED_FIGURE_FIELDS].sort());
  });

  it('is a few typed arrays and strings, not an object per term or document', () => {
    const stored = serialiseIndex(built);
    const objects = Object.values(stored).filter((v) => typeof v === 'object' && !ArrayBuffer.isView(v));
    for (const o of objects) for (const part of Object.values(o as object)) expect(typeof part === 'string' || ArrayBuffer.isView(part) || (Array.isArray(part) && part.length < 100)).toBe(true);
  });

  it('refuses a stored index of another format', () => {
    expect(() => deserialiseIndex({ ...serialiseIndex(built), format: -1 })).toThrow(/format/);
  });
});
