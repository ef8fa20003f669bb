/**
 * What Chromium's IndexedDB costs per request: the bench library's 100,000 versions written in one
 * read-write transaction of a bare database (no Dexie, no middleware, nothing else of the import) in
 * the library page of the built extension, one way or another. Prints wall time and Chromium's CPU by
 * process; asserts nothing. Measured for issue 12 (scripts/bench-import-browser.ts writes 120,000
 * records): the browser process's time goes with the number of puts, not with their bytes.
 *
 *   npx wxt build && npx tsx scripts/bench-idb-puts.ts [rows|noindex|add|grouped|grouped:N]
 *
 * rows: one put per version, with the two indexes of versions (url, [claimId+outletId]), in chunks
 * of 5,000 as the import does; noindex: the same without the indexes; add: add() in place of put();
 * grouped: the same versions, 100 to a record (1,000 puts); grouped:N, N to a record (grouped:5 is one
 * pack per claim of the bench library, as the versions' packs store it).
 */
import { loadavg } from 'node:os';
import { launchWithExtension } from './lib/launch-browser';
import { cpuSince, treeCpu } from './lib/process-cpu';
import { benchLibrary } from './lib/bench-library';

const variant = process.argv[2] ?? 'rows';

async function main(): Promise<void> {
  const { versions } = benchLibrary(100_000);
  const launched = await launchWithExtension({ headless: true });
  try {
    const page = await launched.browser.newPage();
    await page.goto(`${launched.extensionOrigin}/options.html`);
    await page.evaluate((list) => void ((globalThis as unknown as { benchVersions: unknown }).benchVersions = list), versions as unknown as never);
    const pid = launched.browser.process()!.pid!;
    const before = treeCpu(pid);
    const ms = await page.evaluate(async (variant) => {
      const list = (globalThis as unknown as { benchVersions: { id: string }[] }).benchVersions;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(`bench-puts-${variant.replace(':', '-')}`, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('versions', { keyPath: 'id' });
          if (variant !== 'noindex') {
            store.createIndex('url', 'url');
            store.createIndex('claimOutlet', ['claimId', 'outletId']);
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const t0 = performance.now();
      const tx = db.transaction('versions', 'readwrite');
      const store = tx.objectStore('versions');
      const done = new Promise((resolve) => (tx.oncomplete = resolve));
      if (variant.startsWith('grouped')) {
        const size = Number(variant.split(':')[1] ?? 100);
        for (let i = 0; i < list.length; i += size) store.put({ id: `group-${i}`, url: `u${i}`, claimId: 'c', outletId: 'o', versions: list.slice(i, i + size) });
      } else {
        for (let i = 0; i < list.length; i += 5000) {
          let last!: IDBRequest;
          for (const v of list.slice(i, i + 5000)) last = variant === 'add' ? store.add(v) : store.put(v);
          await new Promise((resolve) => (last.onsuccess = resolve));
        }
      }
      await done;
      return performance.now() - t0;
    }, variant);
    const cpu = Object.entries(cpuSince(before, treeCpu(pid)) ?? {}).filter(([, s]) => s >= 0.1).map(([k, s]) => `${k} ${s.toFixed(1)}`);
    console.log(`${variant}: ${(ms / 1000).toFixed(1)} s (cpu s: ${cpu.join(', ')}); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await launched.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
