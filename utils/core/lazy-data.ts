/**
 * Data that is not bundled: the platform sets a synchronous reader once (the service worker's
 * install cache, a page's request, Node's file system), and the data is read on first use. It may
 * also set an asynchronous reader, which `preload` uses to have the data ready before that use
 * without blocking the thread while the file is read.
 */
export interface LazyData<T> {
  set(reader: () => T, fetcher?: () => Promise<T>): void;
  get(): T;
  /** Reads the data ahead with the asynchronous reader, when there is one and nothing read it yet. */
  preload(): Promise<void>;
}

export function lazyData<T>(what: string): LazyData<T> {
  let read: (() => T) | undefined;
  let fetchData: (() => Promise<T>) | undefined;
  let data: T | undefined;
  return {
    set(reader, fetcher) {
      read = reader;
      fetchData = fetcher;
    },
    get() {
      if (data !== undefined) return data;
      if (!read) throw new Error(`Recoupe: no source was set for the ${what}`);
      data = read();
      return data;
    },
    async preload() {
      if (data !== undefined || !fetchData) return;
      const fetched = await fetchData();
      // A synchronous read may have come first, while this one was on its way: keep that one.
      data ??= fetched;
    },
  };
}
