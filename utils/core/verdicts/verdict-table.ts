import { STATUSES, type Status } from '@/utils/core/statuses';
import { verdictKey } from '@/utils/core/verdicts/verdict-key';
import { LATIN_VERDICTS } from '@/utils/core/verdicts/vocabulary-latin';
import { SCRIPT_VERDICTS } from '@/utils/core/verdicts/vocabulary-scripts';
import type { VerdictTable } from '@/utils/core/verdicts/vocabulary-types';

const TABLE = new Map<string, Status>();
/** Word stems of Latin-script labels ("fals" for Falso, Falsa, Falsos, Falsche…); a stem two statuses share is dropped. */
const STEMS = new Map<string, Status | null>();
/** Han-script labels, longest first: Chinese writes them inside longer phrases without spaces ("含有錯誤訊息"). */
export const HAN_TERMS: [string, Status][] = [];
/** Labels the tables give two different statuses: a unit test keeps this empty. */
export const CONFLICTING_LABELS: string[] = [];

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

function load(table: VerdictTable): void {
  for (const status of STATUSES) {
    for (const label of table[status] ?? []) {
      const key = verdictKey(label);
      const known = TABLE.get(key);
      if (known && known !== status) CONFLICTING_LABELS.push(label);
      else TABLE.set(key, status);
      // Scripts written without spaces between words in labels ("نیمه‌درست", "نیمه درست").
      TABLE.set(key.replace(/ /g, ''), TABLE.get(key)!);
      const stem = stemKey(key);
      // Only labels of long words: "santo" must not meet the Swedish "sant".
      if (stem !== undefined && key.split(' ').every((w) => w.length >= 5)) STEMS.set(stem, STEMS.has(stem) && STEMS.get(stem) !== status ? null : status);
      if (HAN.test(key)) HAN_TERMS.push([key.replace(/ /g, ''), status]);
    }
  }
}
load(LATIN_VERDICTS);
load(SCRIPT_VERDICTS);
HAN_TERMS.sort((a, b) => b[0].length - a[0].length);

/** The status of a label key as a whole: as written, without its spaces, or by its word stems. */
export function lookupKey(key: string): Status | undefined {
  if (!key) return undefined;
  const exact = TABLE.get(key) ?? TABLE.get(key.replace(/ /g, ''));
  if (exact) return exact;
  const stem = stemKey(key);
  return (stem !== undefined && STEMS.get(stem)) || undefined;
}
