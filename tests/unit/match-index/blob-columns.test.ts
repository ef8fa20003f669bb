import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '@/utils/store/blob-columns';

describe('a value stored as a small object and one Blob', () => {
  it('comes back equal: arrays of every width at any offset, long and short strings, nested objects', async () => {
    const long = 'Les phoques gris sont revenus. '.repeat(100);
    const value = {
      bytes: Uint8Array.from([1, 2, 3]),
      ints: Int32Array.from([-1, 7, 2 ** 30]),
      sub: new Uint32Array([9, 8, 7, 6, 5]).subarray(1, 4),
      floats: Float64Array.from([0.1, Math.PI]),
      nested: { list: [long, 'short', 3, null, { text: `${long}é€😀`, ends: Uint32Array.from([4]) }], flag: true },
    };
    const { shape, columns } = toColumns(value);
    expect(columns).toBeInstanceOf(Blob);
    // Long strings go into the Blob, short ones stay.
    expect(JSON.stringify(shape)).not.toContain('phoques');
    expect(JSON.stringify(shape)).toContain('short');
    const back = await fromColumns<typeof value>(structuredClone({ shape, columns }));
    expect(back).toEqual(value);
    expect(back.sub).toBeInstanceOf(Uint32Array);
    expect([...back.sub]).toEqual([8, 7, 6]);
  });

  it('gives back Int32Arrays of small values stored narrower, -1 included, and wide ones as they are', async () => {
    const small = Int32Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? -1 : i % 200));
    const medium = Int32Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? -1 : i * 13));
    const wide = Int32Array.from({ length: 5000 }, (_, i) => i * 100_000 - 7);
    const { shape, columns } = toColumns({ small, medium, wide });
    expect(columns.size).toBeLessThan(5000 * (1 + 2 + 4) + 16);
    const back = await fromColumns<{ small: Int32Array; medium: Int32Array; wide: Int32Array }>({ shape, columns });
    expect(back.small).toEqual(small);
    expect(back.medium).toEqual(medium);
    expect(back.wide).toEqual(wide);
    expect(back.small).toBeInstanceOf(Int32Array);
  });

  it('keeps a string with a lone surrogate exactly (UTF-8 could not hold it)', async () => {
    const odd = `${'x'.repeat(2000)}\uD800${'y'.repeat(10)}`;
    const back = await fromColumns<{ odd: string }>(toColumns({ odd }));
    expect(back.odd).toBe(odd);
  });
});
