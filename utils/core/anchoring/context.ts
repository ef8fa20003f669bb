import { alignAt } from '@/utils/core/anchoring/approx-search';
import { foldPattern } from '@/utils/core/anchoring/fold';

/**
 * How well a candidate's surroundings agree with the stored prefix and suffix.
 * `folded` is the page text after foldChars.
 */
export interface ContextFit {
  /** Every given side agrees (or, with two long sides, at least one does). */
  accepted: boolean;
  /** 0..1: share of the stored context found again around the candidate. */
  similarity: number;
}

/**
 * Edits allowed in one side of the context. Short contexts are deliberate
 * disambiguators (a describer adds just enough), so they must match exactly; a
 * 32-character snapshot may differ at block joins ("title\nLorem" vs "titleLorem").
 */
function allowance(length: number): number {
  return Math.floor(length / 8);
}

/** Length from which one agreeing side is enough: the page around a quote may change on one side. */
const LONG_CONTEXT = 16;

function sideDistance(folded: string, context: string, at: number, direction: -1 | 1): number {
  return alignAt(folded, context, at, direction, Math.max(2, Math.ceil(context.length / 4))).errors;
}

export function contextFit(folded: string, start: number, end: number, prefix = '', suffix = ''): ContextFit {
  const sides = [
    { context: foldPattern(prefix).trimStart(), at: start, direction: -1 as const },
    { context: foldPattern(suffix).trimEnd(), at: end, direction: 1 as const },
  ].filter((side) => side.context.length > 0);
  if (sides.length === 0) return { accepted: true, similarity: 1 };
  let agreeing = 0;
  let matched = 0;
  let total = 0;
  for (const side of sides) {
    const errors = sideDistance(folded, side.context, side.at, side.direction);
    if (errors <= allowance(side.context.length)) agreeing++;
    matched += Math.max(0, side.context.length - errors);
    total += side.context.length;
  }
  const bothLong = sides.length === 2 && sides.every((s) => s.context.length >= LONG_CONTEXT);
  return {
    accepted: agreeing === sides.length || (bothLong && agreeing > 0),
    similarity: matched / total,
  };
}
