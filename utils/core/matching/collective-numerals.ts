/**
 * Collective numerals, "about so many", read as a figure by figures.ts (scripts/lib/cue-words.ts
 * COLLECTIVES, shipped with each language's number words).
 */
import type { RawToken } from './lex';
import type { NumberLexicon } from './number-words';

/**
 * "une centaine de blessés", "une quarantaine de millions": a collective numeral after an article, as its
 * round number, where the amount is a hundred or more (scripts/lib/cue-words.ts COLLECTIVES): below, an
 * outlet's "une trentaine" is another's 27, which a count must match exactly.
 */
export function collectiveAt(tokens: RawToken[], i: number, numbers: NumberLexicon): { value: number; last: number } | undefined {
  const base = numbers.collectives.get(tokens[i]!.lower);
  if (base === undefined || !numbers.collectiveArticles.has(tokens[i - 1]?.lower ?? '')) return undefined;
  const of = tokens[i + 1];
  // Alone ("près d'un millier)"), a hundred or more; below, only with a scale word: "une quarantaine de millions".
  if (!of || !numbers.collectiveOf.has(of.lower)) return base >= 100 ? { value: base, last: i } : undefined;
  const next = tokens[i + 2]?.kind === 'word' ? tokens[i + 2]!.lower : '';
  const scale = numbers.words.get(next);
  if (scale?.kind === 'scale') return { value: base * scale.value, last: i + 2 };
  // "une dizaine de milliers", "un centenar de millares": a thousand's collective in the plural as its scale.
  const thousands = next.endsWith('s') ? numbers.collectives.get(next.slice(0, -1)) : undefined;
  if (thousands !== undefined && thousands >= 1000) return { value: base * thousands, last: i + 2 };
  return base >= 100 ? { value: base, last: i } : undefined;
}

