/**
 * Out-of-fold probabilities of the training cases, for choosing the
 * thresholds: a probability read off a model fitted on the very case it
 * scores is too sure of it, so each fold of stories is scored by a model
 * fitted without them (every other example kept). A story's cases in every
 * language, derived ones included, stay in one fold.
 */
import type { Example } from './logistic';
import type { CaseExample } from './fit-data';

export const THRESHOLD_FOLDS = 5;

export interface CaseHit {
  p: number;
  ok: boolean;
}

/** Stories dealt to folds in name order, one counter: deterministic, and each fold gets a spread of them. */
export function foldOfStory(stories: Iterable<string>, folds: number): Map<string, number> {
  return new Map([...new Set(stories)].sort().map((s, i) => [s, i % folds]));
}

export function outOfFoldHits(cases: CaseExample[], others: Example[], fit: (examples: Example[]) => Float64Array, folds = THRESHOLD_FOLDS): CaseHit[] {
  const fold = foldOfStory(cases.map((c) => c.story), folds);
  const hits: CaseHit[] = [];
  for (let f = 0; f < folds; f++) {
    const held = cases.filter((c) => fold.get(c.story) === f);
    if (held.length === 0) continue;
    const w = fit([...others, ...cases.filter((c) => fold.get(c.story) !== f)]);
    for (const c of held) {
      let z = 0;
      for (let i = 0; i < w.length; i++) z += w[i]! * c.x[i]!;
      hits.push({ p: 1 / (1 + Math.exp(-z)), ok: c.y === 1 });
    }
  }
  return hits;
}
