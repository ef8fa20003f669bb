/**
 * The thresholds' rules (fit-thresholds.ts) read step curves: the out-of-fold precision of a few
 * hundred cases, and the false reports on 65 train pages, where one case or one page sentence moves
 * a threshold by a hundredth or more. So each rule is applied to resamples of the training stories
 * and of the train pages (drawn with replacement, a story with all its cases, a page with all its
 * sentences) and the threshold is the median of its choices: what one case or one sentence does
 * moves it only as far as it moves the trend.
 *
 * The curves are counted once per story and per page at each grid threshold; a resample is then a
 * count of each story and page, and its curves are sums.
 */
import { prng } from './prng';
import type { CaseHit } from './fit-cv-cases';

/** Resamples per choice: odd, so the median is one of them. */
export const RESAMPLES = 201;

export interface StoryTable {
  /** Per grid threshold, the story's pairs kept and those of them true. */
  kept: Float64Array;
  tp: Float64Array;
  /** Stated claims (kept or not, scored or not). */
  stated: number;
}

export function storyTables(hits: CaseHit[], missed: string[], grid: number[]): StoryTable[] {
  const names = [...new Set([...hits.map((h) => h.story), ...missed])].sort();
  const at = new Map(names.map((s, i) => [s, i]));
  const tables = names.map(() => ({ kept: new Float64Array(grid.length), tp: new Float64Array(grid.length), stated: 0 }));
  for (const h of hits) {
    const t = tables[at.get(h.story)!]!;
    if (h.ok) t.stated++;
    grid.forEach((g, k) => {
      if (h.p < g) return;
      t.kept[k]!++;
      if (h.ok) t.tp[k]!++;
    });
  }
  for (const m of missed) tables[at.get(m)!]!.stated++;
  return tables;
}

/** Per page, how many of its reports (over every library drawn) reach each grid threshold. */
export function pageTables(probsByPage: number[][], grid: number[]): Float64Array[] {
  return probsByPage.map((probs) => Float64Array.from(grid, (g) => probs.filter((p) => p >= g).length));
}

/** Case precision and F1 at each grid threshold, each story counted `times[s]` times. */
export function caseCurves(tables: StoryTable[], times: number[], size: number): { precision: Float64Array; f1: Float64Array } {
  const precision = new Float64Array(size);
  const f1 = new Float64Array(size);
  const stated = tables.reduce((a, t, s) => a + times[s]! * t.stated, 0);
  for (let k = 0; k < size; k++) {
    let kept = 0;
    let tp = 0;
    tables.forEach((t, s) => {
      kept += times[s]! * t.kept[k]!;
      tp += times[s]! * t.tp[k]!;
    });
    precision[k] = kept ? tp / kept : 1;
    f1[k] = stated + kept === 0 ? 0 : (2 * tp) / (stated + kept);
  }
  return { precision, f1 };
}

/** Reports per page at each grid threshold, each page counted `times[i]` times, over `libraries` draws. */
export function pageRate(tables: Float64Array[], times: number[], libraries: number, size: number): Float64Array {
  const rate = new Float64Array(size);
  const pages = times.reduce((a, b) => a + b, 0);
  tables.forEach((t, i) => {
    if (times[i]) for (let k = 0; k < size; k++) rate[k]! += times[i]! * t[k]!;
  });
  return rate.map((r) => r / (pages * libraries));
}

/** `count` resamples of `stories` stories and `pages` pages with replacement: how often each is drawn. The same every run. */
export function resamples(stories: number, pages: number, count = RESAMPLES, seed = 9): { stories: number[]; pages: number[] }[] {
  const next = prng(seed);
  const times = (n: number) => {
    const t = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) t[Math.floor(next() * n)]!++;
    return t;
  };
  return Array.from({ length: count }, () => ({ stories: times(stories), pages: times(pages) }));
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
