/**
 * Data that is not bundled: the platform sets a synchronous reader once (the service worker's
 * install cache, a page's request, Node's file system), and the data is read on first use.
 */
export interface LazyData<T> {
  set(reader: () => T): void;
  get(): T;
}

export function lazyData<T>(what: string): LazyData<T> {
  let read: (() => T) | undefined;
  let data: T | undefined;
  return {
    set(reader) {
      read = reader;
    },
    get() {
      if (data !== undefined) return data;
      if (!read) throw new Error(`Recoupe: no source was set for the ${what}`);
      data = read();
      return data;
    },
  };
}
