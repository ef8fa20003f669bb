/**
 * Approximate string search (Levenshtein distance, k errors) by Myers' bit-parallel
 * algorithm, in the multi-word form so that patterns longer than 32 units work: each
 * column of the dynamic-programming table is held as 32-row blocks of vertical deltas.
 * Cost O(n * ceil(m / 32)) for a text of n and a pattern of m units.
 */

export interface ApproxHit {
  start: number;
  end: number;
  errors: number;
}

const W = 32;
const HIGH = 1 << 31;

function patternMasks(pattern: string, blocks: number): Map<number, Int32Array> {
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = new Int32Array(blocks)));
    mask[(i / W) | 0] |= 1 << i % W;
  }
  return masks;
}

/**
 * End offsets (exclusive) where some substring of `text` is within `k` edits of
 * `pattern`; consecutive ends are merged and the best of each run kept.
 */
export function approxEnds(text: string, pattern: string, k: number): { end: number; errors: number }[] {
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / W);
  const masks = patternMasks(pattern, blocks);
  const none = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBit = 1 << (m - 1) % W;
  let score = m;
  const hits: { end: number; errors: number }[] = [];
  let inRun = false;
  for (let j = 0; j < text.length; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? none;
    // Row 0 of a search table is all zeros, so the first block gets no horizontal carry.
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b];
      const p = pv[b];
      const n = mv[b];
      const xv = eq | n;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) >>> 0) + (p >>> 0)) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      if (b === blocks - 1) score += (ph & lastBit ? 1 : 0) - (mh & lastBit ? 1 : 0);
      const hout = ph & HIGH ? 1 : mh & HIGH ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    if (score <= k) {
      const last = hits[hits.length - 1];
      if (inRun && last && score < last.errors) hits[hits.length - 1] = { end: j + 1, errors: score };
      else if (!inRun) hits.push({ end: j + 1, errors: score });
      inRun = true;
    } else {
      inRun = false;
    }
  }
  return hits;
}

/**
 * Edit distance between `pattern` and the best substring of `text` that touches `at`:
 * ending there (direction -1) or starting there (direction 1), at most `k` units longer
 * or shorter than the pattern. Returns the other end of that substring.
 */
export function alignAt(text: string, pattern: string, at: number, direction: -1 | 1, k: number): { other: number; errors: number } {
  const m = pattern.length;
  const width = 2 * k + 1;
  // row[d + k] = distance after i pattern units and i + d text units, walking away from `at`.
  let row = new Float64Array(width).fill(Infinity);
  let next = new Float64Array(width);
  for (let d = 0; d <= k; d++) row[d + k] = d;
  const textAt = (t: number) => (direction < 0 ? text.charCodeAt(at - 1 - t) : text.charCodeAt(at + t));
  const available = direction < 0 ? at : text.length - at;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(direction < 0 ? m - i : i - 1);
    for (let d = -k; d <= k; d++) {
      const t = i + d;
      let best = Infinity;
      if (t >= 0 && t <= available) {
        best = row[d + k] + (t > 0 && textAt(t - 1) === pc ? 0 : 1); // diagonal (i-1, t-1)
        if (t === 0) best = i;
        if (d + 1 <= k) best = Math.min(best, row[d + 1 + k] + 1); // pattern unit unmatched
        if (d - 1 >= -k) best = Math.min(best, next[d - 1 + k] + 1); // text unit unmatched
      }
      next[d + k] = best;
    }
    [row, next] = [next, row];
  }
  let errors = Infinity;
  let length = m;
  for (let d = -k; d <= k; d++) {
    const t = m + d;
    if (t >= 0 && t <= available && row[d + k] < errors) {
      errors = row[d + k];
      length = t;
    }
  }
  return { other: at + direction * length, errors };
}

/** All approximate occurrences of `pattern` in `text` within `k` edits, with their starts. */
export function approxSearch(text: string, pattern: string, k: number): ApproxHit[] {
  return approxEnds(text, pattern, k).map(({ end }) => {
    const { other, errors } = alignAt(text, pattern, end, -1, k);
    return { start: other, end, errors };
  });
}
