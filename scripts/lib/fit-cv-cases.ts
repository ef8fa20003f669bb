/**
 * Out-of-fold probabilities of the training cases and pages, for choosing the
 * thresholds: a probability read off a model fitted on the very case or page
 * sentence it scores is too sure of it, so each fold of stories and of train
 * pages is scored by a model fitted without them (every other example kept).
 * A story's cases in every language, derived ones included, stay in one fold.
 */
import type { Example } from './logistic';
import type { CaseExample } from './fit-data';

export const THRESHOLD_FOLDS = 5;

export interface CaseHit {
  p: number;
  ok: boolean;
  story: string;
}

/** Stories dealt to folds in name order, one counter: deterministic, and each fold gets a spread of them. */
export function foldOfStory(stories: Iterable<string>, folds: number): Map<string, number> {
  return new Map([...new Set(stories)].sort().map((s, i) => [s, i % folds]));
}

/** A page sentence's example knows its page (by number in the train half): pages are dealt to folds too. */
export type PageExample = Example & { page: number };

export const foldOfPage = (page: number, folds = THRESHOLD_FOLDS) => page % folds;

/** Per fold, the weights fitted without its stories and pages, and the out-of-fold case hits. */
export function outOfFold(cases: CaseExample[], pages: PageExample[], others: Example[], fit: (examples: Example[]) => Float64Array, folds = THRESHOLD_FOLDS): { hits: CaseHit[]; foldWeights: Float64Array[] } {
  const fold = foldOfStory(cases.map((c) => c.story), folds);
  const hits: CaseHit[] = [];
  const foldWeights: Float64Array[] = [];
  for (let f = 0; f < folds; f++) {
    const held = cases.filter((c) => fold.get(c.story) === f);
    const w = fit([...others, ...pages.filter((e) => foldOfPage(e.page, folds) !== f), ...cases.filter((c) => fold.get(c.story) !== f)]);
    foldWeights.push(w);
    for (const c of held) {
      let z = 0;
      for (let i = 0; i < w.length; i++) z += w[i]! * c.x[i]!;
      hits.push({ p: 1 / (1 + Math.exp(-z)), ok: c.y === 1, story: c.story });
    }
  }
  return { hits, foldWeights };
}

/** Out-of-fold precision and recall at a threshold, per story (misses: stated claims never scored). */
export function storyReport(hits: CaseHit[], missed: string[], threshold: number): string {
  const stories = [...new Set([...hits.map((h) => h.story), ...missed])].sort();
  return stories
    .map((s) => {
      const own = hits.filter((h) => h.story === s);
      const kept = own.filter((h) => h.p >= threshold);
      const tp = kept.filter((h) => h.ok).length;
      const stated = own.filter((h) => h.ok).length + missed.filter((m) => m === s).length;
      return `${s} TP ${tp}/${stated} FP ${kept.length - tp}`;
    })
    .join('; ');
}
