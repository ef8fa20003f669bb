import { describe, expect, it } from 'vitest';
import { boundedMemo } from '@/utils/core/bounded-memo';

describe('boundedMemo', () => {
  it('computes a key once while it stays in use, even after the memo has filled with other keys', () => {
    const calls = new Map<string, number>();
    const upper = boundedMemo((k) => {
      calls.set(k, (calls.get(k) ?? 0) + 1);
      return k.toUpperCase();
    }, 10);
    // Fill it with a library's worth of words first, as an index build does.
    for (let i = 0; i < 100; i++) upper(`library${i}`);
    // Then a page's words, read again on every scan.
    for (let scan = 0; scan < 5; scan++) for (const w of ['kim', 'pyongyang', 'soldiers']) expect(upper(w)).toBe(w.toUpperCase());
    expect(calls.get('kim')).toBe(1);
    expect(calls.get('soldiers')).toBe(1);
  });

  it('forgets the oldest keys: memory stays bounded by two generations', () => {
    let computed = 0;
    const id = boundedMemo((k) => {
      computed++;
      return k;
    }, 10);
    for (let i = 0; i < 1000; i++) id(`w${i}`);
    computed = 0;
    id('w0'); // long gone
    id('w999'); // recent
    expect(computed).toBe(1);
  });

  it('in front of a larger one (the stem memo\'s recent words), gives the function\'s value for every key, however both have turned over', () => {
    const stem = (k: string) => k.slice(0, 4) + k.length;
    const front = boundedMemo(boundedMemo(stem, 50), 7);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 400; i++) {
        const k = `word${(i * 37 + round * 11) % 173}${i % 3 === 0 ? 'x' : ''}`;
        expect(front(k)).toBe(stem(k));
      }
    }
  });
});
