/**
 * A memo of a pure string function with bounded memory that keeps what is in
 * use: two generations of `generation` entries each; when the young one is
 * full it becomes the old one and the oldest is dropped. A single map that
 * stops growing when full would, in a long-running background, stay full of
 * the library's words (an index build reads them all first) and compute every
 * new page word again on every scan.
 */
export function boundedMemo<V = string>(compute: (key: string) => V, generation: number): (key: string) => V {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const remember = (key: string, value: V) => {
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return (key) => {
    let value = young.get(key);
    if (value !== undefined) return value;
    value = old.get(key);
    if (value === undefined) value = compute(key);
    remember(key, value);
    return value;
  };
}
