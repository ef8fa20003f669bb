import { CSV_LIST_SEPARATOR } from '@/utils/core/formats/csv-columns';

/**
 * Several attributions, figures or links in one cell, joined by " | ". A pipe inside an item is
 * written "\|" (and a backslash before a pipe or a backslash "\\"), so that "Ministry | Office of
 * the Spokesperson" stays one name: the escape a reader of the cell recognises, and splitCsvList
 * takes it away again. Other backslashes are left as typed.
 */
export function joinCsvList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\(?=[\\|])|\|/g, (c) => `\\${c}`)).join(CSV_LIST_SEPARATOR);
}

/**
 * The items of a list cell: split at each " | " whose pipe is not escaped, each item trimmed, blanks
 * dropped. Files written by hand or before the escape existed read as they did ("a\b" stays "a\b").
 */
export function splitCsvList(cell: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const next = cell[i + 1];
    if (cell[i] === '\\' && (next === '\\' || next === '|')) {
      item += next;
      i++;
    } else if (cell.startsWith(CSV_LIST_SEPARATOR, i)) {
      items.push(item);
      item = '';
      i += CSV_LIST_SEPARATOR.length - 1;
    } else item += cell[i];
  }
  items.push(item);
  return items.map((s) => s.trim()).filter(Boolean);
}
