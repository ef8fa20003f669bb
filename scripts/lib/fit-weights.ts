/**
 * How much each training case weighs in the decision fit, against the CheckThat! tweet pairs
 * (each weighing 1). The cases are few and closest to a scan, so each weighs many tweets.
 *
 * - `share`: the cases together weigh CASE_SHARE times the tweets, whatever their number, so each
 *   case weighs less as cases are added.
 * - `case`: each case weighs CASE_WEIGHT tweets, however many there are.
 * - `story`: each story (its cases in every language, derived ones included) weighs STORY_WEIGHT
 *   tweets, split evenly among its cases: a story with many cases or many derived ones does not
 *   outweigh another.
 */
import type { CaseExample } from './fit-data';

export const CASE_WEIGHTINGS = ['share', 'case', 'story'] as const;
export type CaseWeighting = (typeof CASE_WEIGHTINGS)[number];

export const CASE_SHARE = Number(process.env.MX_CASES ?? 3);
/** About what `share` gave each case with the 707 case pairs and 20,152 tweet pairs of 2026-12-02. */
export const CASE_WEIGHT = Number(process.env.MX_CASE_WEIGHT ?? 85);
/** About what `share` gave each of the 18 stories then (3 x 20,152 / 18). */
export const STORY_WEIGHT = Number(process.env.MX_STORY_WEIGHT ?? 3400);

export function caseWeights(cases: CaseExample[], tweets: number, weighting: CaseWeighting): void {
  if (weighting === 'share') {
    for (const c of cases) c.weight = (CASE_SHARE * tweets) / Math.max(1, cases.length);
  } else if (weighting === 'case') {
    for (const c of cases) c.weight = CASE_WEIGHT;
  } else {
    const count = new Map<string, number>();
    for (const c of cases) count.set(c.story, (count.get(c.story) ?? 0) + 1);
    for (const c of cases) c.weight = STORY_WEIGHT / count.get(c.story)!;
  }
}
