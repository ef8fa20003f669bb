/**
 * Fractions in English words. A share of a scale: "a quarter of a million", "three quarters of a
 * billion", "a third of a million". Read word by word, "a quarter of a million" gave "a million", a
 * figure four times too large, in conflict with the "250,000" of another wording of the same claim. The denominator is a
 * spelled ordinal from "third" on (the language's own ordinals, figures.ts) or "quarter", which names a
 * fourth only as a share; the numerator an article that stands for one ("a", "an": the language's
 * `ones`, as before a scale word) or a number word below ten.
 */
import type { RawToken } from './lex';
import type { NumberLexicon } from './number-words';

/**
 * Words before an ordinal that make it a fraction's denominator, as a number word does: "a fifth",
 * "an eighth", "every third". English only: Portuguese "a quinta edição" is the fifth, and other
 * languages name their fractions apart ("un tiers", "ein Drittel") or after a number word ("un terzo").
 */
export const FRACTION_ARTICLES: Record<string, ReadonlySet<string>> = { en: new Set(['a', 'an', 'every']) };

const QUARTER = new Set(['quarter', 'quarters']);

/**
 * The value and last token of such a share starting at token i, in an English text; undefined for
 * anything else. `ordinal` reads a spelled ordinal's rank ("third", "fifths" through the stemmer).
 */
export function fractionOfScaleAt(tokens: RawToken[], i: number, numbers: NumberLexicon, ordinal: (t: RawToken | undefined) => number | undefined): { value: number; last: number } | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  const numerator = numbers.ones.has(t.lower) ? 1 : numbers.words.get(t.lower);
  const top = typeof numerator === 'number' ? numerator : numerator?.kind === 'unit' && numerator.value >= 1 && numerator.value < 10 ? numerator.value : undefined;
  if (top === undefined) return undefined;
  const share = tokens[i + 1];
  const denominator = share && QUARTER.has(share.lower) ? 4 : ordinal(share);
  if (denominator === undefined || denominator < 3 || top >= denominator) return undefined;
  if (tokens[i + 2]?.lower !== 'of' || !numbers.ones.has(tokens[i + 3]?.lower ?? '')) return undefined;
  const scale = numbers.words.get(tokens[i + 4]?.lower ?? '');
  if (scale?.kind !== 'scale' || scale.value < 1000) return undefined;
  return { value: Math.round((top * scale.value) / denominator), last: i + 4 };
}
