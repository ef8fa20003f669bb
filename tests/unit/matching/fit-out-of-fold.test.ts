/**
 * The fit's thresholds are read off out-of-fold probabilities (scripts/lib/fit-cv-cases.ts): a
 * story's cases are scored by a model that never saw that story, so a threshold is chosen as it
 * will behave on a story the extension meets for the first time.
 */
import { describe, expect, it } from 'vitest';
import { foldOfStory, outOfFold, storyReport } from '@/scripts/lib/fit-cv-cases';
import { fitLogistic, type Example } from '@/scripts/lib/logistic';
import type { CaseExample } from '@/scripts/lib/fit-data';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const ex = (x: number[], y: 0 | 1, story: string): CaseExample => ({ x: Float64Array.from(x), y, weight: 1, story });

// Features: bias, a shared signal every story has, and a quirk only story "s0" has.
const stories = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
const cases: CaseExample[] = stories.flatMap((s) => [
  ...[0, 1, 2].map(() => ex([1, 1, s === 's0' ? 1 : 0], 1, s)),
  ...[0, 1, 2].map(() => ex([1, 0, 0], 0, s)),
  ex([1, 1, 0], 0, s),
]);
const fit = (examples: Example[]) => fitLogistic(examples, 3, 1);

describe('out-of-fold case probabilities', () => {
  it('deals every story to one fold, the same way every time', () => {
    const folds = foldOfStory([...stories].reverse(), 5);
    expect([...folds.keys()]).toEqual(stories);
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(foldOfStory(stories, 5)).toEqual(folds);
  });

  it('scores a story with a model fitted without it: its own quirk no longer vouches for it', () => {
    const { hits, foldWeights } = outOfFold(cases, [], [], fit, 5);
    expect(hits).toHaveLength(cases.length);
    expect(foldWeights).toHaveLength(5);
    const inSample = fit(cases);
    const pIn = sigmoid(inSample[0]! + inSample[1]! + inSample[2]!);
    const pOut = hits.find((h) => h.story === 's0' && h.ok)!.p;
    expect(pOut).toBeLessThan(pIn - 0.02);
    // The stories without the quirk are scored alike in and out of fold.
    const plain = hits.find((h) => h.story === 's3' && h.ok)!.p;
    expect(Math.abs(plain - sigmoid(inSample[0]! + inSample[1]!))).toBeLessThan(0.1);
  });

  it('reports each story’s true and false highlights at a threshold', () => {
    const report = storyReport(
      [
        { p: 0.9, ok: true, story: 'a' },
        { p: 0.5, ok: true, story: 'a' },
        { p: 0.95, ok: false, story: 'b' },
      ],
      ['a'],
      0.8,
    );
    expect(report).toBe('a TP 1/3 FP 0; b TP 0/0 FP 1');
  });
});
