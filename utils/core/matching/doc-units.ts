/**
 * Which units of a text a document has (its stem, its name, or in another
 * language a translation of it). The document's stems and names are stamped
 * once into scratch arrays, then each unit of the text is looked up: linear
 * in both lengths, where comparing every unit with every document unit was
 * their product, paid for every document of every candidate of every sentence.
 */
import type { ClaimIndex, IndexedDoc } from './claim-index';
import type { QueryFeatures } from './query-features';
import { targetBits } from './alt-languages';

interface Scratch {
  stem: Int32Array;
  entity: Int32Array;
  stamp: number;
  hits: Uint8Array;
}

/** Whether the text and the document are compared through the word list (see cross-language.ts). */
export const crossLanguage = (q: QueryFeatures, doc: IndexedDoc) => q.unitAlt.length > 0 && doc.lang !== q.analysis.lang;

/** Whether stem term `t` translates sentence unit `i` for a document whose language bit is `docBit` (alt-languages.ts). */
export function isAlt(q: QueryFeatures, i: number, t: number, docBit: number): boolean {
  for (let k = q.unitAltStart[i]!; k < q.unitAltStart[i + 1]!; k++) if (q.unitAlt[k] === t && (q.unitAltLang[k]! & docBit) !== 0) return true;
  return false;
}

/** Per index (an edited index is a new object with its own term count). */
const scratches = new WeakMap<ClaimIndex, Scratch>();

/**
 * hits[i] === 1 when the document has unit i of the text, for i below
 * q.unitStems.length; `cross` also counts the unit's translated stems (those given for the
 * document's language, alt-languages.ts). The
 * array is shared scratch: read it before the next call.
 */
export function docUnitHits(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex, cross: boolean): Uint8Array {
  let s = scratches.get(index);
  const terms = index.termWeight.length;
  if (!s || s.stem.length < terms) {
    s = { stem: new Int32Array(terms), entity: new Int32Array(terms), stamp: 0, hits: new Uint8Array(64) };
    scratches.set(index, s);
  }
  const stamp = ++s.stamp;
  const { stem, entity } = s;
  for (let u = doc.unitStart; u < doc.unitEnd; u++) {
    const t = index.unitStems[u]!;
    if (t >= 0) stem[t] = stamp;
    const e = index.unitEntities[u]!;
    if (e >= 0) entity[e] = stamp;
  }
  const n = q.unitStems.length;
  const docBit = cross ? targetBits(index, doc.lang) : 0;
  if (s.hits.length < n) s.hits = new Uint8Array(Math.max(n, 2 * s.hits.length));
  const hits = s.hits;
  for (let i = 0; i < n; i++) {
    const t = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    let hit = (t >= 0 && stem[t] === stamp) || (e >= 0 && entity[e] === stamp);
    if (!hit && cross) {
      for (let k = q.unitAltStart[i]!; k < q.unitAltStart[i + 1]! && !hit; k++) hit = stem[q.unitAlt[k]!] === stamp && (q.unitAltLang[k]! & docBit) !== 0;
    }
    hits[i] = hit ? 1 : 0;
  }
  return hits;
}
