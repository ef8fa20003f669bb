/**
 * A memo of a pure string function with bounded memory that keeps what is in
 * use: two generations of `generation` entries each; when the young one is
 * full it becomes the old one and the oldest is dropped. A single map that
 * stops growing when full would, in a long-running background, stay full of
 * the library's words (an index build reads them all first) and compute every
 * new page word again on every scan.
 */
export function boundedMemo(compute: (key: string) => string, generation: number): (key: string) => string {
  let young = new Map<string, string>();
  let old = new Map<string, string>();
  const remember = (key: string, value: string) => {
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
