/**
 * Cognates across languages: a Spanish "independiente" (stem "independient") and an English
 * "independent" ("independ"), "palestino" and "Palestinian", "ministro" and "minister" share a long
 * start that no word list needs to know. The word lists (cross-language.ts) miss many such words,
 * most of all the names of peoples and offices news is full of. Like the lists' translations, a
 * cognate counts only against a document in another language than the text's. Stems are compared as
 * spelt alike (spellingKey): the languages write one sound differently ("toxic", French "toxique";
 * "allergy", Spanish "alergia"; "server", French "serveur"), and a stem of five letters ("initi",
 * English for "initial") is long enough once all of it is shared.
 */
import type { ClaimIndex } from './claim-index';
import { isFigureTerm } from './figures';

/** Letters a cognate must share from the start (of the spelling keys), at least... */
const MIN_SHARED = 5;
/** ...and as a share of the shorter stem... */
const MIN_SHARE = 0.85;
/** ...with at most this many letters of the longer one left over: stemmers of two languages cut
 *  endings differently ("palestin", "palestinian"), but "nation" is not "nationalist". */
const MAX_TAIL = 4;
/** Stems sharing one start: past this many, the start says nothing ("intern..."). */
const MAX_PER_START = 12;

/** A stem's term id and its spelling key, made once per index. */
type Keyed = [term: number, key: string];

interface Starts {
  size: number;
  /** By the spelling key's first letter, the ids of the stems that may have a key (one pass over the terms). */
  ids?: Map<string, number[]>;
  /** By the spelling key's first letter, the stems by their keys' first MIN_SHARED letters. */
  byFirst: Map<string, Map<string, Keyed[]>>;
}

const cache = new WeakMap<ClaimIndex, Starts>();

/**
 * A stem as spelt across the Latin-script languages: "qu", "c" and "k" one letter, "ph" as "f", "y" as
 * "i", "x" as "ks", a doubled letter once. Keys meet where the spellings of a sound differ
 * ("toxiqu" and "toxic", "alergi" and "allergi"); stems stay apart where the letters do.
 */
export function spellingKey(stem: string): string {
  let out = '';
  for (let i = 0; i < stem.length; i++) {
    let c = stem[i]!;
    if (c === 'q' || c === 'c') {
      c = 'k';
      if (stem[i + 1] === 'u' && stem[i] === 'q') i++;
    } else if (c === 'y') c = 'i';
    else if (c === 'p' && stem[i + 1] === 'h') {
      c = 'f';
      i++;
    } else if (c === 'x') c = 'ks';
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** The first letter of spellingKey(stem), read from the stem's first two letters. */
function firstKeyLetter(stem: string): string {
  const c = stem[0]!;
  if (c === 'q' || c === 'c' || c === 'x') return 'k';
  if (c === 'y') return 'i';
  return c === 'p' && stem[1] === 'h' ? 'f' : c;
}

/** The ids of the index's word stems long enough for a key, by their keys' first letter: one pass over the terms. */
function idsByFirst(list: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let t = 0; t < list.length; t++) {
    const term = list[t]!;
    // Names ('~') and figures ('#') have their own keys in every language.
    if (term.length < MIN_SHARED || term[0] === '~' || isFigureTerm(term)) continue;
    const first = firstKeyLetter(term);
    const ids = out.get(first);
    if (ids) ids.push(t);
    else out.set(first, [t]);
  }
  return out;
}

/**
 * The index's word stems whose spelling keys start with `first`, by the first MIN_SHARED letters of
 * those keys; made again when the terms change. Only that letter's stems get a key: a restarted
 * worker's first scan makes the keys of the letters its page asks about, not of all 20,000 stems,
 * and reads the terms once for all letters (idsByFirst), not once per letter.
 */
function starts(index: ClaimIndex, first: string): Map<string, Keyed[]> {
  let known = cache.get(index);
  if (!known || known.size !== index.termIds.size) cache.set(index, (known = { size: index.termIds.size, byFirst: new Map() }));
  const made = known.byFirst.get(first);
  if (made) return made;
  const byStart = new Map<string, Keyed[]>();
  const list = index.termList;
  for (const t of (known.ids ??= idsByFirst(list)).get(first) ?? []) {
    const key = spellingKey(list[t]!);
    if (key.length < MIN_SHARED) continue;
    const start = key.slice(0, MIN_SHARED);
    const keyed = byStart.get(start);
    if (keyed) keyed.push([t, key]);
    else byStart.set(start, [[t, key]]);
  }
  known.byFirst.set(first, byStart);
  return byStart;
}

function sharedStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Term ids of the index's stems that are cognates of `stem` (never the stem's own id). */
export function cognateTerms(stem: string, index: ClaimIndex): number[] {
  if (stem.length < MIN_SHARED) return [];
  const key = spellingKey(stem);
  const keyed = starts(index, key[0]!).get(key.slice(0, MIN_SHARED));
  if (!keyed || keyed.length > MAX_PER_START) return [];
  const out: number[] = [];
  for (const [t, other] of keyed) {
    const term = index.termList[t]!;
    if (term === stem || index.termIds.get(term) !== t) continue;
    const shared = sharedStart(key, other);
    if (shared >= MIN_SHARE * Math.min(key.length, other.length) && Math.max(key.length, other.length) - shared <= MAX_TAIL) out.push(t);
  }
  return out;
}
