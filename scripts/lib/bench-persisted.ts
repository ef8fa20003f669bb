/**
 * Figures of the persisted matching index (npm run bench): its stored size, loading it against
 * building it from the texts, and applying one edit. The stored form goes through structuredClone,
 * which is what IndexedDB does to a record; reading it from disk is not included (the browser
 * benchmark, scripts/bench-index-browser.ts, measures the whole path). Prints; asserts nothing.
 */
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { deserialiseIndex, serialiseIndex, type SerialisedIndex } from '@/utils/core/matching/serialise-index';
import { updateIndex } from '@/utils/core/matching/update-index';

/** Bytes the record holds: typed arrays as they are, strings as UTF-16 (what IndexedDB keeps in memory). */
export function storedBytes(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + storedBytes(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + storedBytes(v), 0);
  return 8;
}

/** CPU milliseconds of this process (the machine is shared: wall clock mostly measures the neighbours). */
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const best = <T>(runs: number, f: () => T): { ms: number; value: T } => {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = cpuNow();
    value = f();
    ms = Math.min(ms, cpuNow() - t);
  }
  return { ms, value };
};

export interface PersistedFigures {
  storedMb: number;
  /** Of which the documents' texts: a restart's first scan does not wait for them (utils/store/blob-texts.ts). */
  textsMb: number;
  serialiseMs: number;
  cloneMs: number;
  loadMs: number;
  editMs: number;
  /** The same edit on an index just loaded, no document decoded yet (an edit within a second of a restart). */
  editJustLoadedMs: number;
  addMs: number;
  deleteMs: number;
  /** The same four, wall clock (best of 3): what the reader waits, neighbours included. */
  editWallMs: Record<string, number>;
}

/** `matcher` was built from `claims`; it is not modified. Times are CPU time, best of 3 (editWallMs: wall clock). */
export function persistedFigures(claims: IndexClaim[], matcher: ClaimMatcher): PersistedFigures {
  const serialised = best(3, () => serialiseIndex(matcher.claimIndex));
  const cloned = best(3, () => structuredClone(serialised.value) as SerialisedIndex);
  const loaded = best(3, () => ClaimMatcher.fromIndex(deserialiseIndex(cloned.value)));
  // Each edit on its own copy of the index: updateIndex takes over the index it is given.
  const fresh = () => deserialiseIndex(cloned.value);
  const target = claims[Math.floor(claims.length / 2)]!;
  const edited: IndexClaim = { ...target, versions: target.versions.map((v, i) => (i === 0 ? { ...v, quote: `${v.quote} Edited by a fact-checker.` } : v)) };
  // The next scan: the edited wording itself, which must now be found.
  const probe = edited.versions[0]?.quote ?? Object.values(edited.statement)[0] ?? '';
  // A loaded index decodes a document when a scan reads it: after a while in use, most are (an edit reads none).
  const decoded = () => {
    const index = fresh();
    for (let d = 0; d < index.docs.length; d++) index.docs.at(d);
    return index;
  };
  const wallMs: Record<string, number> = {};
  const timeEdit = (name: string, apply: (index: ReturnType<typeof fresh>) => ReturnType<typeof fresh>, load = decoded) => {
    let ms = Infinity;
    let wall = Infinity;
    for (let i = 0; i < 3; i++) {
      const index = load();
      const t = cpuNow();
      const w = performance.now();
      ClaimMatcher.fromIndex(apply(index)).scan(probe);
      ms = Math.min(ms, cpuNow() - t);
      wall = Math.min(wall, performance.now() - w);
    }
    wallMs[name] = Math.round(wall);
    return ms;
  };
  return {
    storedMb: Math.round(storedBytes(serialised.value) / 1e5) / 10,
    textsMb: Math.round(storedBytes(serialised.value.docText) / 1e5) / 10,
    serialiseMs: Math.round(serialised.ms),
    cloneMs: Math.round(cloned.ms),
    loadMs: Math.round(loaded.ms),
    editMs: Math.round(timeEdit('edit', (index) => updateIndex(index, [edited]))),
    editJustLoadedMs: Math.round(timeEdit('editJustLoaded', (index) => updateIndex(index, [edited]), fresh)),
    addMs: Math.round(timeEdit('add', (index) => updateIndex(index, [{ ...edited, id: 'bench-new-claim', versions: edited.versions.map((v) => ({ ...v, id: `new-${v.id}` })) }]))),
    deleteMs: Math.round(timeEdit('delete', (index) => updateIndex(index, [], [target.id]))),
    editWallMs: wallMs,
  };
}
