import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { approxEnds, approxSearch } from '@/utils/core/anchoring/approx-search';
import { editDistance } from './readability-corpus';

/** Textbook O(n·m) table: best distance of the pattern to a substring ending at each j. */
function bruteEnds(text: string, pattern: string, k: number) {
  let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const hits: { end: number; errors: number }[] = [];
  let inRun = false;
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next.push(Math.min(row[i] + 1, next[i - 1] + 1, row[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1)));
    }
    row = next;
    const score = row[pattern.length];
    if (score <= k) {
      const last = hits[hits.length - 1];
      if (inRun && score < last.errors) hits[hits.length - 1] = { end: j, errors: score };
      else if (!inRun) hits.push({ end: j, errors: score });
    }
    inRun = score <= k;
  }
  return hits;
}

const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: max });

suite('approximate search (bit-parallel)', () => {
  it('agrees with the textbook table, including patterns longer than one 32-bit word', () => {
    fc.assert(
      fc.property(word(200), word(90).filter((p) => p.length > 0), fc.nat(12), (text, pattern, k) => {
        expect(approxEnds(text, pattern, k)).toEqual(bruteEnds(text, pattern, k));
      }),
      { numRuns: 300 },
    );
  });

  it('reports starts whose substring really is that many edits away', () => {
    fc.assert(
      fc.property(word(150), word(70).filter((p) => p.length > 0), fc.nat(8), (text, pattern, k) => {
        for (const hit of approxSearch(text, pattern, k)) {
          expect(editDistance(text.slice(hit.start, hit.end), pattern)).toBe(hit.errors);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds a sentence with a changed letter in a long text', () => {
    const sentence = 'The committee published its findings on Tuesday after a two-year inquiry.';
    const text = `${'Filler words go here. '.repeat(2000)}${sentence}${' More filler.'.repeat(500)}`;
    const hits = approxSearch(text, sentence.replace('Tuesday', 'Tuesdya'), 4);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0].start, hits[0].end)).toBe(sentence);
    expect(hits[0].errors).toBe(2);
  });
});
