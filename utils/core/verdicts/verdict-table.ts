import { STATUSES, type Status } from '@/utils/core/statuses';
import { verdictKey } from '@/utils/core/verdicts/verdict-key';
import type { VerdictData, VerdictQualifiers, VerdictTable } from '@/utils/core/verdicts/vocabulary-types';
import { lazyData } from '@/utils/core/lazy-data';

/**
 * The published labels (vocabulary-latin.ts, vocabulary-scripts.ts) are data, not code: the
 * extension reads them from its own file when a verdict is first read (extension-files.ts), so that
 * the background does not parse them at every worker start; Node sets them from the modules.
 */
const source = lazyData<VerdictData>('published verdict labels');
export const setVerdictSource = source.set;

interface Tables {
  table: Map<string, Status>;
  /** Word stems of Latin-script labels ("fals" for Falso, Falsa, Falsos, Falsche…); a stem two statuses share is dropped. */
  stems: Map<string, Status | null>;
  /** Han-script labels, longest first: Chinese writes them inside longer phrases without spaces ("含有錯誤訊息"). */
  han: [string, Status][];
  /** Labels the tables give two different statuses: a unit test keeps this empty. */
  conflicting: string[];
}
let tables: Tables | undefined;

const LATIN_ONLY = /^[\p{Script=Latin}\p{N} ]+$/u;
const HAN = /\p{Script=Han}/u;

/**
 * The stem of a Latin-script word: gender, number and case endings off ("engañosa" and "engañoso",
 * "falsche" and "falsch", "manipulées" and "manipulé" meet). Short words stay whole.
 */
function stemWord(word: string): string {
  if (word.length < 5) return word;
  let stem = word;
  for (let i = 0; i < 2 && stem.length >= 4; i += 1) {
    const cut = stem.replace(/(?:os|as|es|en|er|ee|a|e|i|o|s)$/, '');
    if (cut === stem || cut.length < 3) break;
    stem = cut;
  }
  return stem;
}

export function stemKey(key: string): string | undefined {
  return LATIN_ONLY.test(key) ? key.split(' ').map(stemWord).join(' ') : undefined;
}

function load(into: Tables, table: VerdictTable): void {
  const { table: known, stems, han, conflicting } = into;
  for (const status of STATUSES) {
    for (const label of table[status] ?? []) {
      const key = verdictKey(label);
      const before = known.get(key);
      if (before && before !== status) conflicting.push(label);
      else known.set(key, status);
      // Scripts written without spaces between words in labels ("نیمه‌درست", "نیمه درست").
      known.set(key.replace(/ /g, ''), known.get(key)!);
      const stem = stemKey(key);
      // Only labels of long words: "santo" must not meet the Swedish "sant".
      if (stem !== undefined && key.split(' ').every((w) => w.length >= 5)) stems.set(stem, stems.has(stem) && stems.get(stem) !== status ? null : status);
      if (HAN.test(key)) han.push([key.replace(/ /g, ''), status]);
    }
  }
}

function verdictTables(): Tables {
  if (tables) return tables;
  const made: Tables = { table: new Map(), stems: new Map(), han: [], conflicting: [] };
  for (const table of source.get().tables) load(made, table);
  made.han.sort((a, b) => b[0].length - a[0].length);
  tables = made;
  return made;
}

/** The words that qualify a verdict (verdict-qualifiers.ts), read with the labels. */
export const verdictQualifiers = (): VerdictQualifiers => source.get().qualifiers;

/** Han-script labels, longest first. */
export const hanTerms = (): readonly [string, Status][] => verdictTables().han;

/** Labels the tables give two different statuses: a unit test keeps this empty. */
export const conflictingLabels = (): readonly string[] => verdictTables().conflicting;

/** The status of a label key as a whole: as written, without its spaces, or by its word stems. */
export function lookupKey(key: string): Status | undefined {
  if (!key) return undefined;
  const { table, stems } = verdictTables();
  const exact = table.get(key) ?? table.get(key.replace(/ /g, ''));
  if (exact) return exact;
  const stem = stemKey(key);
  return (stem !== undefined && stems.get(stem)) || undefined;
}
