/**
 * W3C TextPositionSelector offsets count Unicode code points, while JS strings index
 * UTF-16 units: an emoji is one code point but two units.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** UTF-16 index of code point `cp` (clamped to the text length). */
export function utf16Offset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** Code point index of UTF-16 index `i`, counting from `from` at code point `fromCp`. */
export function codePointOffset(text: string, i: number, from = 0, fromCp = 0): number {
  let cp = fromCp;
  for (let u = from; u < i; u++) {
    if (!(isLowSurrogate(text.charCodeAt(u)) && isHighSurrogate(text.charCodeAt(u - 1)))) cp++;
  }
  return cp;
}

/** Moves a UTF-16 index off the middle of a surrogate pair, towards `direction`. */
export function snapToCodePoint(text: string, i: number, direction: -1 | 1): number {
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
    return i + (direction < 0 ? -1 : 1);
  }
  return i;
}
