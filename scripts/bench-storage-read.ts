/**
 * How long the extension's service worker takes to get the bytes of a big binary (the stored matching
 * index is 26-29 MB at 100,000 versions) into an ArrayBuffer, by where they are kept: an IndexedDB
 * record holding a Blob (what match-index-store.ts does), holding the ArrayBuffer itself, holding 4
 * smaller Blobs read in parallel, a file of the Origin Private File System, and the Cache API.
 * In Chromium with the built extension: the bytes (xorshift, so that nothing compresses them) are
 * written once from inside the worker, then for each way in turn the worker is stopped through the
 * DevTools protocol, woken by a message from an extension page, and the read is timed inside it
 * (cold: its first read since the restart), then again (warm). `busyMs` blocks the worker's thread
 * that long right after each read is started, as loading a stemmer (importScripts) does in the
 * product's own read; `delayMs` waits that long after the worker answers before the cold read, so
 * that the product's own start (which shares the thread) is over; `sliceMs` blocks it in slices that
 * long with a setTimeout(0) between them (clamped to 4 ms: idle gaps), or when negative a
 * MessageChannel message (a new task, no idle gap), as work split into tasks would.
 * With --firefox: which ways work in Firefox ESR's extension origin (an extension page, not the
 * background page, which BiDi does not reach), each read timed once.
 * Uses its own database, file and cache ('bench-storage'); the product's storage is left alone.
 * Prints; asserts nothing.
 *
 *   npx wxt build && npx tsx scripts/bench-storage-read.ts [MB] [restarts] [busyMs] [delayMs] [sliceMs]   (default 28 5 0 0 0)
 *   npx wxt build -b firefox && npx tsx scripts/bench-storage-read.ts --firefox [MB]
 */
import { readFileSync } from 'node:fs';
import type { Page, Target, WebWorker } from 'puppeteer-core';
import { launchWithExtension, type LaunchedBrowser } from './lib/launch-browser';

const args = process.argv.slice(2);
const FIREFOX = args.includes('--firefox');
const [MB = 28, RESTARTS = 5, BUSY_MS = 0, DELAY_MS = 0, SLICE_MS = 0] = args.filter((a) => !/^--[a-z]/.test(a)).map(Number);
const SIZE = Math.round(MB * 1024 * 1024) & ~3;
const WAYS = ['idb-blob', 'idb-buffer', 'idb-4-blobs', 'opfs', 'cache'] as const;
type Way = (typeof WAYS)[number];

/** Milliseconds (and byte checks) of one read, measured inside the worker. */
interface Read {
  way: Way;
  /** When the read started, from the worker's start (its performance.timeOrigin). */
  startedAt: number;
  /** Opening the database and getting the record, or the file or cache entry: before any byte is read. */
  openMs: number;
  /** From there to the bytes in one ArrayBuffer (4 blobs: copied into one). */
  bytesMs: number;
  totalMs: number;
  /** The 4 blobs' copy into one buffer, inside bytesMs. */
  joinMs?: number;
  /** With busyMs: from the thread's release to the bytes, inside bytesMs. */
  afterBlockMs?: number;
  bytes: number;
  sum: number;
  error?: string;
}

/**
 * Runs inside the worker (or a Firefox extension page): writes the bytes every way, or reads them one
 * way. Self-contained, since puppeteer sends its source; tsx's keepNames wraps its inner functions
 * in a __name() that the worker lacks, which SHIM defines.
 */
async function storageOp(op: string, way: string, size: number, busyMs: number, sliceMs: number): Promise<Record<string, unknown>> {
  const DB = 'bench-storage';
  const FILE = 'bench-storage.bin';
  const URL_KEY = 'https://bench-storage.invalid/bytes';
  const settle = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
  const openDb = () => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('bytes');
    return settle(req);
  };
  // A sample of the bytes, to check a read against the write.
  const sampleSum = (b: ArrayBuffer) => {
    const v = new Uint8Array(b);
    let s = 0;
    for (let i = 0; i < v.length; i += 4093) s += v[i]!;
    return s;
  };
  if (op === 'write') {
    const words = new Uint32Array(size / 4);
    let x = 2463534242;
    for (let i = 0; i < words.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = x >>> 0;
    }
    const bytes = new Uint8Array(words.buffer);
    const quarter = Math.ceil(size / 4);
    const parts = [0, 1, 2, 3].map((i) => new Blob([bytes.slice(i * quarter, (i + 1) * quarter)]));
    const out: Record<string, unknown> = { bytes: size, sum: sampleSum(words.buffer) };
    const db = await openDb();
    const rows: [string, unknown][] = [['idb-blob', { blob: new Blob([bytes]) }], ['idb-buffer', { buffer: words.buffer.slice(0) }], ['idb-4-blobs', { blobs: parts }]];
    for (const [key, value] of rows) {
      const t = performance.now();
      const tx = db.transaction('bytes', 'readwrite');
      tx.objectStore('bytes').put(value, key);
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      out[key] = `written in ${Math.round(performance.now() - t)} ms`;
    }
    db.close();
    try {
      const t = performance.now();
      const file = await (await navigator.storage.getDirectory()).getFileHandle(FILE, { create: true });
      out['opfs sync access handle'] = typeof (file as { createSyncAccessHandle?: unknown }).createSyncAccessHandle === 'function' ? 'present' : 'absent';
      const writable = await file.createWritable();
      await writable.write(bytes);
      await writable.close();
      out.opfs = `written with createWritable in ${Math.round(performance.now() - t)} ms`;
    } catch (e) {
      out.opfs = `not written: ${(e as Error).name}: ${(e as Error).message}`;
    }
    try {
      const t = performance.now();
      await (await caches.open(DB)).put(new Request(URL_KEY), new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
      out.cache = `written in ${Math.round(performance.now() - t)} ms`;
    } catch (e) {
      out.cache = `not written: ${(e as Error).name}: ${(e as Error).message}`;
    }
    return out;
  }
  const t0 = performance.now();
  let opened = t0;
  let joinMs: number | undefined;
  // Started, then the thread is blocked busyMs (as importScripts does), then awaited.
  let reading: Promise<ArrayBuffer | ArrayBuffer[]>;
  try {
    if (way === 'opfs') {
      const file = await (await (await navigator.storage.getDirectory()).getFileHandle(FILE)).getFile();
      opened = performance.now();
      reading = file.arrayBuffer();
    } else if (way === 'cache') {
      const response = await (await caches.open(DB)).match(URL_KEY);
      if (!response) throw new Error('nothing cached');
      opened = performance.now();
      reading = response.arrayBuffer();
    } else {
      const db = await openDb();
      const get = db.transaction('bytes').objectStore('bytes').get(way);
      if (way === 'idb-buffer') {
        opened = performance.now();
        reading = settle(get).then((r: { buffer: ArrayBuffer }) => r.buffer);
      } else {
        const record = await settle(get);
        opened = performance.now();
        reading = way === 'idb-blob' ? record.blob.arrayBuffer() : Promise.all(record.blobs.map((b: Blob) => b.arrayBuffer()));
      }
      db.close();
    }
    const slice = Math.abs(sliceMs) || busyMs;
    const channel = new MessageChannel();
    for (let left = busyMs; left > 0; left -= slice) {
      for (const end = performance.now() + Math.min(left, slice); performance.now() < end; );
      if (sliceMs > 0) await new Promise((r) => setTimeout(r, 0));
      if (sliceMs < 0) await new Promise((r) => ((channel.port1.onmessage = r), channel.port2.postMessage(0)));
    }
    channel.port1.close();
    const unblocked = performance.now();
    let buffer = await reading;
    if (Array.isArray(buffer)) {
      const t = performance.now();
      const whole = new Uint8Array(buffer.reduce((n, b) => n + b.byteLength, 0));
      let at = 0;
      for (const b of buffer) whole.set(new Uint8Array(b), (at += b.byteLength) - b.byteLength);
      buffer = whole.buffer;
      joinMs = performance.now() - t;
    }
    const done = performance.now();
    return { way, startedAt: t0, openMs: opened - t0, bytesMs: done - opened, totalMs: done - t0, joinMs, afterBlockMs: busyMs ? done - unblocked : undefined, bytes: buffer.byteLength, sum: sampleSum(buffer) };
  } catch (e) {
    return { way, startedAt: t0, openMs: 0, bytesMs: 0, totalMs: 0, bytes: 0, sum: 0, error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const range = (xs: number[]) => (xs.length ? `median ${Math.round(median(xs))} (${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))})` : 'none');
const SHIM = 'globalThis.__name ??= (f) => f';

/**
 * Stops the extension's service worker through the DevTools protocol (Target.closeTarget, through
 * puppeteer's WebWorker.close), as Chrome does after 30 s idle. With ServiceWorker.stopAllWorkers,
 * which bench-index-browser.ts uses, while a session was attached to the worker, the next evaluate
 * in a page failed ("Target closed") and then puppeteer's connection to Chromium 156 closed.
 */
async function stopWorker(launched: LaunchedBrowser, worker: WebWorker): Promise<void> {
  await worker.close();
  const ours = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(launched.extensionOrigin);
  for (let i = 0; i < 200 && launched.browser.targets().some(ours); i++) await new Promise((r) => setTimeout(r, 25));
}

/** The running worker (not `previous`, a target of a worker since stopped), with the shim installed. */
async function runningWorker(launched: LaunchedBrowser, previous?: Target): Promise<{ target: Target; worker: WebWorker }> {
  const target = await launched.browser.waitForTarget((t) => t !== previous && t.type() === 'service_worker' && t.url().startsWith(launched.extensionOrigin));
  const worker = await target.worker();
  if (!worker) throw new Error('no worker behind the service worker target');
  await worker.evaluate(SHIM);
  return { target, worker };
}

/**
 * Milliseconds for the page's message to be answered by a stopped worker (the product's handler
 * refuses it). With ServiceWorker.stopAllWorkers a message sent just after the stop found no receiver
 * ("Receiving end does not exist") and woke nothing: the caller waits a moment first, and a refused
 * message is sent again (counted in `tries`; not seen with WebWorker.close).
 */
function wake(page: Page): Promise<{ ms: number; tries: number }> {
  return page.evaluate(async () => {
    const t = performance.now();
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    for (let tries = 1; ; tries++) {
      const answered = await runtime.sendMessage({ type: 'benchStorageWake' }).then(
        () => true,
        () => false,
      );
      if (answered || tries === 50) return { ms: performance.now() - t, tries };
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

async function chromium(): Promise<void> {
  const launched = await launchWithExtension({ headless: true });
  try {
    const page = await launched.browser.newPage();
    await page.goto(`${launched.extensionOrigin}/options.html`);
    let { target, worker } = await runningWorker(launched);
    console.log(`written from the worker (${(SIZE / 1048576).toFixed(1)} MB, load ${loadavg()}):`, await worker.evaluate(storageOp, 'write', '', SIZE, 0, 0));
    const expected = (await worker.evaluate(storageOp, 'read', 'idb-blob', SIZE, 0, 0)) as unknown as Read;
    const cold = new Map<Way, Read[]>(WAYS.map((w) => [w, []]));
    const warm = new Map<Way, Read[]>(WAYS.map((w) => [w, []]));
    const wakes: number[] = [];
    const loads = new Map<Way, string[]>(WAYS.map((w) => [w, []]));
    for (let round = 0; round < RESTARTS; round++) {
      // Each round in another order, so that a neighbour's burst of load falls on no one way.
      for (const way of WAYS.map((_, i) => WAYS[(i + round) % WAYS.length]!)) {
        await stopWorker(launched, worker);
        await new Promise((r) => setTimeout(r, 300));
        const woken = wake(page);
        ({ target, worker } = await runningWorker(launched, target));
        if (DELAY_MS) await woken.then(() => new Promise((r) => setTimeout(r, DELAY_MS)));
        const first = (await worker.evaluate(storageOp, 'read', way, SIZE, BUSY_MS, SLICE_MS)) as unknown as Read;
        const { ms, tries } = await woken;
        if (tries > 1) console.log(`  ${way}: the waking message was sent ${tries} times`);
        else wakes.push(ms);
        const second = (await worker.evaluate(storageOp, 'read', way, SIZE, BUSY_MS, SLICE_MS)) as unknown as Read;
        for (const r of [first, second]) {
          if (r.error || r.bytes !== SIZE || r.sum !== expected.sum) console.log(`  ${way}: wrong read`, r);
        }
        cold.get(way)!.push(first);
        warm.get(way)!.push(second);
        loads.get(way)!.push(loadavg().split(' ')[0]!);
        console.log(`  round ${round + 1} ${way}: cold ${Math.round(first.openMs)} + ${Math.round(first.bytesMs)} ms (started ${Math.round(first.startedAt)} ms after the worker), warm ${Math.round(second.openMs)} + ${Math.round(second.bytesMs)} ms`);
      }
    }
    console.log(`\n${RESTARTS} restarts per way, ${(SIZE / 1048576).toFixed(1)} MB${BUSY_MS ? `, thread blocked ${BUSY_MS} ms after each read starts${SLICE_MS ? ` in ${Math.abs(SLICE_MS)} ms slices between ${SLICE_MS > 0 ? 'setTimeout(0)s' : 'MessageChannel tasks'}` : ''}` : ''}${DELAY_MS ? `, cold read ${DELAY_MS} ms after the worker answered` : ''}; ms as median (min-max)`);
    console.log(`worker stopped -> a page's message answered: ${range(wakes)} ms`);
    for (const way of WAYS) {
      const c = cold.get(way)!.filter((r) => !r.error);
      const w = warm.get(way)!.filter((r) => !r.error);
      const join = c.some((r) => r.joinMs !== undefined) ? `; of which joining ${range(c.map((r) => r.joinMs!))}` : '';
      const after = BUSY_MS ? `; bytes after the thread was released ${range(c.map((r) => r.afterBlockMs!))}` : '';
      console.log(`${way.padEnd(12)} cold: open ${range(c.map((r) => r.openMs))}, bytes ${range(c.map((r) => r.bytesMs))}, total ${range(c.map((r) => r.totalMs))}${join}${after}`);
      console.log(`${''.padEnd(12)} warm: open ${range(w.map((r) => r.openMs))}, bytes ${range(w.map((r) => r.bytesMs))}, total ${range(w.map((r) => r.totalMs))}   (cold read started ${range(c.map((r) => r.startedAt))} after the worker; 1-min load ${loads.get(way)!.join(' ')})`);
    }
    console.log(`load average at the end: ${loadavg()}`);
  } finally {
    await launched.close();
  }
}

/** Firefox ESR: each way written and read once in an extension page (same origin as the background). */
async function firefox(): Promise<void> {
  const launched = await launchWithExtension({ browser: 'firefox', headless: true });
  try {
    const page = await launched.browser.newPage();
    const url = `${launched.extensionOrigin}/options.html`;
    // Firefox's BiDi does not report this navigation: start it and poll (../shared/docs/firefox.md).
    void page.goto(url).catch(() => undefined);
    for (let i = 0; i < 100; i++) {
      const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
      if (ready[0] === url && ready[1] === 'complete') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.evaluate(SHIM);
    console.log(`Firefox ESR ${await launched.browser.version()}, extension page, ${(SIZE / 1048576).toFixed(1)} MB (load ${loadavg()})`);
    console.log('written:', await page.evaluate(storageOp, 'write', '', SIZE, 0, 0));
    for (const way of WAYS) {
      const r = (await page.evaluate(storageOp, 'read', way, SIZE, 0, 0)) as unknown as Read;
      console.log(`${way.padEnd(12)} ${r.error ?? `open ${Math.round(r.openMs)} ms, bytes ${Math.round(r.bytesMs)} ms, ${r.bytes} bytes`}`);
    }
  } finally {
    await launched.close();
  }
}

(FIREFOX ? firefox() : chromium()).catch((e) => {
  console.error(e);
  process.exit(1);
});
