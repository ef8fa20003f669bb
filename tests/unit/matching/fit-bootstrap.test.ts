/**
 * The fit's thresholds are the median of their rules over resamples of the training stories and
 * pages (scripts/lib/fit-bootstrap.ts): the curves summed from per-story and per-page counts must
 * be the curves of the data itself, and the resamples the same every run.
 */
import { describe, expect, it } from 'vitest';
import { caseCurves, median, pageRate, pageTables, resamples, storyTables } from '@/scripts/lib/fit-bootstrap';
import type { CaseHit } from '@/scripts/lib/fit-cv-cases';

const grid = [0.5, 0.7, 0.9];
const hits: CaseHit[] = [
  { p: 0.95, ok: true, story: 'a' },
  { p: 0.75, ok: false, story: 'a' },
  { p: 0.8, ok: true, story: 'b' },
  { p: 0.6, ok: false, story: 'b' },
];

describe('threshold resamples', () => {
  it('sums per-story counts into the precision and F1 of the cases as they are', () => {
    const tables = storyTables(hits, ['b'], grid);
    const { precision, f1 } = caseCurves(tables, [1, 1], grid.length);
    // At 0.7: kept 0.95, 0.75, 0.8 (two true); stated: two scored and one missed.
    expect(precision[1]).toBeCloseTo(2 / 3);
    expect(f1[1]).toBeCloseTo((2 * 2) / (3 + 3));
    expect(precision[2]).toBe(1);
    // Story "b" twice, "a" left out: its pairs count twice.
    expect(caseCurves(tables, [0, 2], grid.length).precision[0]).toBeCloseTo(0.5);
  });

  it('counts reports per page over every library drawn', () => {
    const tables = pageTables([[0.95, 0.6], [], [0.72]], grid);
    expect([...pageRate(tables, [1, 1, 1], 2, grid.length)]).toEqual([3 / 6, 2 / 6, 1 / 6]);
    expect([...pageRate(tables, [0, 3, 0], 1, grid.length)]).toEqual([0, 0, 0]);
  });

  it('draws the same resamples every run, each as many stories and pages as there are', () => {
    const a = resamples(18, 65, 5);
    expect(resamples(18, 65, 5)).toEqual(a);
    for (const d of a) {
      expect(d.stories.reduce((x, y) => x + y, 0)).toBe(18);
      expect(d.pages.reduce((x, y) => x + y, 0)).toBe(65);
    }
    expect(new Set(a.map((d) => d.stories.join())).size).toBeGreaterThan(1);
    expect(median([0.9, 0.84, 0.88])).toBe(0.88);
  });
});
