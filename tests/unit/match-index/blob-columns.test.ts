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
    // small has -1 and values past 127: 16 bits (signed, so that reading widens it in one copy).
    expect(columns.size).toBeLessThan(5000 * (2 + 2 + 4) + 16);
    const back = await fromColumns<{ small: Int32Array; medium: Int32Array; wide: Int32Array }>({ shape, columns });
    expect(back.small).toEqual(small);
    expect(back.medium).toEqual(medium);
    expect(back.wide).toEqual(wide);
    expect(back.small).toBeInstanceOf(Int32Array);
  });

  it('gives back every narrowed column exactly, at each width’s limits, -1 first and last', async () => {
    const column = (values: number[]) => Int32Array.from({ length: 2000 }, (_, i) => values[i % values.length]!);
    const edges = {
      int8: column([-1, 0, 127, 5]),
      past8: column([-1, 128, 0]),
      uint8: column([0, 254, 1]),
      just8: column([255, 0]),
      int16: column([-1, 32767, 0]),
      past16: column([-1, 32768, 65534]),
      uint16: column([0, 65534, 300]),
      beyond: column([65535, 0]),
      negative: column([-2, 3]),
      none: column([-1]),
      ends: Int32Array.from({ length: 2000 }, (_, i) => (i === 0 || i === 1999 ? -1 : i)),
    };
    const { shape, columns } = toColumns(edges);
    const back = await fromColumns<typeof edges>(structuredClone({ shape, columns }));
    for (const [name, original] of Object.entries(edges)) {
      const got = back[name as keyof typeof edges];
      expect(got, name).toBeInstanceOf(Int32Array);
      expect([...got], name).toEqual([...original]);
    }
  });

  it('reads a column stored before the signed widths: -1 as the unsigned type’s largest value', async () => {
    const bytes = Uint8Array.from({ length: 1200 }, (_, i) => (i % 5 === 0 ? 0xff : i % 200));
    const shorts = Uint16Array.from({ length: 1200 }, (_, i) => (i % 3 === 0 ? 0xffff : i * 40));
    const columns = new Blob([bytes, new Uint8Array(shorts.buffer)] as BlobPart[]);
    const back = await fromColumns<{ b: Int32Array; s: Int32Array }>({ shape: { b: { $narrow: ['Uint8Array', 0, 1200] }, s: { $narrow: ['Uint16Array', 1200, 1200] } }, columns });
    expect([...back.b]).toEqual([...bytes].map((x) => (x === 0xff ? -1 : x)));
    expect([...back.s]).toEqual([...shorts].map((x) => (x === 0xffff ? -1 : x)));
  });

  it('gives back the columns it is asked to keep as stored, the same values without a wider copy', async () => {
    const stems = Int32Array.from({ length: 3000 }, (_, i) => (i * 7) % 40_000);
    const entities = Int32Array.from({ length: 3000 }, (_, i) => (i % 4 === 0 ? i : -1));
    const sentinel = Int32Array.from({ length: 3000 }, (_, i) => (i % 5 === 0 ? -1 : 40_000 + i));
    const other = Int32Array.from({ length: 3000 }, (_, i) => i % 100);
    const value = { index: { stems, entities, sentinel }, other };
    const back = await fromColumns<typeof value>(structuredClone(toColumns(value)), new Set(['stems', 'entities', 'sentinel']));
    expect(back.index.stems).toBeInstanceOf(Uint16Array);
    expect(back.index.entities).toBeInstanceOf(Int16Array);
    // -1 stored as the unsigned type's largest value reads back only widened.
    expect(back.index.sentinel).toBeInstanceOf(Int32Array);
    expect(back.other).toBeInstanceOf(Int32Array);
    for (const [got, original] of [[back.index.stems, stems], [back.index.entities, entities], [back.index.sentinel, sentinel], [back.other, other]] as const) {
      expect([...got]).toEqual([...original]);
    }
  });

  it('keeps a string with a lone surrogate exactly (UTF-8 could not hold it)', async () => {
    const odd = `${'x'.repeat(2000)}\uD800${'y'.repeat(10)}`;
    const back = await fromColumns<{ odd: string }>(toColumns({ odd }));
    expect(back.odd).toBe(odd);
  });
});
