import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import { alignAt, approxEnds } from '@/utils/core/anchoring/approx-search';
import { codePointOffset, utf16Offset } from '@/utils/core/anchoring/code-points';
import { contextFit } from '@/utils/core/anchoring/context';
import { foldCached, foldPattern } from '@/utils/core/anchoring/fold';

export interface AnchorSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnchorMatch {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 1 for an exact fit; lower as the quote or its context differ. */
  score: number;
}

/** Beyond this many exact occurrences (e.g. a one-letter quote) only the first are weighed. */
const MAX_CANDIDATES = 2000;
const MAX_FUZZY_CANDIDATES = 100;
/**
 * From this length a quote is its own evidence: its context only ranks candidates.
 * A shorter quote must also agree with its context, as a W3C selector requires.
 */
const SELF_EVIDENT_LENGTH = 32;
/** Fuzzy matching needs enough letters to be meaningful. */
const MIN_FUZZY_LENGTH = 8;

/** Edits tolerated in a quote: about one in eight characters, as for context. */
export function maxEdits(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : Math.min(64, Math.floor(length / 8));
}

interface Candidate {
  start: number;
  end: number;
  quality: number;
}

function allIndexes(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && found.length < MAX_CANDIDATES; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The best candidate whose context is accepted: context first, then closeness to the stored position. */
function choose(folded: string, candidates: Candidate[], quote: TextQuoteSelector, near: number | null) {
  const selfEvident = quote.exact.length >= SELF_EVIDENT_LENGTH;
  let best: { c: Candidate; score: number; rank: number } | null = null;
  for (const c of candidates) {
    const fit = contextFit(folded, c.start, c.end, quote.prefix, quote.suffix);
    if (!fit.accepted && !selfEvident) continue;
    const score = c.quality * (0.5 + 0.5 * fit.similarity);
    const closeness = near === null ? 0 : 1 / (1 + Math.abs(c.start - near));
    const rank = score + (fit.accepted ? 1 : 0) + closeness * 1e-3;
    if (!best || rank > best.rank) best = { c, score, rank };
  }
  return best;
}

function anchorEmptyQuote(text: string, quote: TextQuoteSelector, near: number | null): AnchorMatch | null {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  if (!prefix && !suffix) return near === null ? { start: 0, end: 0, method: 'quote', score: 1 } : null;
  const hits = allIndexes(text, prefix + suffix).map((i) => i + prefix.length);
  if (hits.length === 0) return null;
  const at = near === null ? hits[0] : hits.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
  return { start: at, end: at, method: 'quote', score: 1 };
}

/**
 * Finds the text a stored annotation points at: the position if the quote is still
 * there, else the quote chosen by its context, else an approximate quote.
 */
export function anchor(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const { quote, position } = selectors;
  let near: number | null = null;
  if (position) {
    const start = utf16Offset(text, position.start);
    const end = utf16Offset(text, position.end);
    near = start;
    // utf16Offset clamps, so a position past the end of a shorter page must be caught here.
    const inRange = position.start >= 0 && position.end >= position.start && (end < text.length || codePointOffset(text, text.length) >= position.end);
    if (inRange && (!quote || text.slice(start, end) === quote.exact)) return { start, end, method: 'position', score: 1 };
  }
  if (!quote) return null;
  if (quote.exact === '') return anchorEmptyQuote(text, quote, near);

  const folded = foldCached(text);
  const exact = allIndexes(text, quote.exact).map((start) => ({ start, end: start + quote.exact.length, quality: 1 }));
  const found = choose(folded, exact, quote, near);
  if (found) return { start: found.c.start, end: found.c.end, method: 'quote', score: found.score };

  const pattern = foldPattern(quote.exact);
  const k = maxEdits(pattern.length);
  // Only the closest few are aligned and weighed: a page repeating a paragraph
  // thousands of times would otherwise cost seconds.
  const distance = (end: number) => (near === null ? end : Math.abs(end - pattern.length - near));
  const approx = approxEnds(folded, pattern, k)
    .sort((a, b) => a.errors - b.errors || distance(a.end) - distance(b.end))
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map(({ end }) => {
      const { other, errors } = alignAt(folded, pattern, end, -1, k);
      return { start: other, end, quality: 1 - errors / pattern.length };
    })
    .filter((c) => c.quality >= 1 - k / pattern.length);
  const fuzzy = choose(folded, approx, quote, near);
  return fuzzy ? { start: fuzzy.c.start, end: fuzzy.c.end, method: 'fuzzy', score: fuzzy.score } : null;
}
