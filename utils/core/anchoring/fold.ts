/**
 * Folding for tolerant comparison. Every replacement maps one UTF-16 unit to one unit,
 * so offsets in folded text are offsets in the original.
 */
const FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2014\u2212]/g;

/** Same length as `text`: typographic quotes and dashes become ASCII, all whitespace a space. */
export function foldChars(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDS[c]).replace(/\s/g, ' ');
}

/** For a pattern (quote or context): fold, and collapse whitespace runs as the page text does. */
export function foldPattern(text: string): string {
  return foldChars(text).replace(/ {2,}/g, ' ');
}

let lastText = '';
let lastFolded = '';
/** foldChars with a one-entry cache: anchoring many annotations reuses one page text. */
export function foldCached(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldChars(text);
  }
  return lastFolded;
}
