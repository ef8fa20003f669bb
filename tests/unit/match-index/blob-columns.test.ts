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

  it('keeps a string with a lone surrogate exactly (UTF-8 could not hold it)', async () => {
    const odd = `${'x'.repeat(2000)}\uD800${'y'.repeat(10)}`;
    const back = await fromColumns<{ odd: string }>(toColumns({ odd }));
    expect(back.odd).toBe(odd);
  });
});
