/**
 * First highlight after a service-worker restart with a big library, in Chromium with the built
 * extension (real IndexedDB). The library is npm run bench's (real CheckThat! 2020 claims and the
 * seed cases, padded with reworded variants to N versions, default 100,000), written straight into
 * IndexedDB beside the starter data. Then, timed from navigation start to the first painted
 * highlight on a demo page: after a restart with no usable stored index (the index is built from
 * every text and stored), after restarts with the stored index, and with the worker warm.
 * Prints; asserts nothing.
 *
 *   npx wxt build && npx tsx scripts/bench-index-browser.ts [versions] [restarts] [--trace FILE] [--extension DIR] [--profile DIR]   (default 100000 3)
 *
 * --extension DIR: another build (a copy of main's .output/chrome-mv3, to compare on the same machine load).
 * --profile DIR: Chromium's profile kept between runs (one per build): the library is written once,
 * then later runs start at the restarts (about 60 s saved a run). Each restart prints the worker's
 * phases (phaseBreakdown) and the page's DOMContentLoaded.
 *
 * --trace FILE: one more restart, traced browser-wide (Chrome's tracing) into FILE, and what the
 * service worker's thread spent that start on (trace-summary.ts); FILE opens in DevTools' Performance panel.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import { loadDatabases } from './bench';
import { packsOf } from '@/utils/store/version-packs/packs-middleware';
import { launchWithExtension, type LaunchedBrowser } from './lib/launch-browser';
import { startDemoServer } from './lib/demo-server';
import { summariseThread } from './lib/trace-summary';

/** Flags with a value: --trace FILE, --extension DIR (another build, e.g. main's), --profile DIR (kept between runs). */
const FLAGS = ['--trace', '--extension', '--profile'];
const flagValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const TRACE = flagValue('--trace');
const EXTENSION = flagValue('--extension');
const PROFILE = flagValue('--profile');
const positional = process.argv.slice(2).filter((a, i, all) => !FLAGS.includes(a) && !FLAGS.includes(all[i - 1] ?? ''));
const VERSIONS = Number(positional[0] ?? 100_000);
/** More restarts give a median that the neighbours' load moves less (the machine is shared). */
const RESTARTS = Number(positional[1] ?? 3);
const LONG = 10 * 60_000;
const DATE = '2024-10-22T08:00:00.000Z';

/** The bench library as database records; ids prefixed so that none replaces a starter record. */
function records(): { claims: Claim[]; versions: Version[]; outlets: Outlet[] } {
  const claims = loadDatabases().get(VERSIONS) ?? [];
  const outletIds = new Set<string>();
  const versions: Version[] = [];
  for (const c of claims) {
    for (const v of c.versions) {
      outletIds.add(v.outletId);
      versions.push({
        id: `bench:${v.id}`, claimId: `bench:${c.id}`, outletId: `bench:${v.outletId}`, url: `https://bench.example/${encodeURIComponent(v.id)}`, title: '',
        publishedAt: '2024-10-22', quote: v.quote, lang: v.lang, figures: [], places: [], attributions: [], dates: [], origin: 'import', createdAt: DATE, updatedAt: DATE,
      });
    }
  }
  return {
    claims: claims.map((c) => ({ id: `bench:${c.id}`, statement: c.statement, status: 'unverified', statusReason: '', statusDate: DATE, statusHistory: [], tags: [], origin: 'import', createdAt: DATE, updatedAt: DATE })),
    versions,
    outlets: [...outletIds].map((id) => ({ id: `bench:${id}`, name: id, domains: [], origin: 'import' })),
  };
}

/** Raw IndexedDB puts from an extension page, in chunks (the message to the page stays small). */
async function writeRecords(page: Page, store: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await page.evaluate(
      async (name: string, chunk: object[]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('recoupe');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction(name, 'readwrite');
        const store = tx.objectStore(name);
        for (const row of chunk as { key?: string; claimId?: string; versions?: { id: string }[]; ids?: [string, string][]; urls?: [string, string[]][] }[]) {
          if (name === 'versionPacks') {
            // A group of claims' versions may already hold the starter data's: merged, not replaced.
            const get = store.get(row.claimId!);
            get.onsuccess = () => {
              const mine = new Set(row.versions!.map((v) => v.id));
              const kept = ((get.result as { versions?: { id: string }[] } | undefined)?.versions ?? []).filter((v) => !mine.has(v.id));
              store.put({ claimId: row.claimId, versions: [...kept, ...row.versions!] });
            };
            continue;
          }
          if (name !== 'versionHomes') {
            store.put(row);
            continue;
          }
          // A home bucket may already file the starter data's versions: merged, not replaced.
          const get = store.get(row.key!);
          get.onsuccess = () => {
            const old = get.result as { ids?: Map<string, string>; urls?: Map<string, string[]> } | undefined;
            const ids = new Map([...(old?.ids ?? []), ...(row.ids ?? [])]);
            const urls = new Map([...(old?.urls ?? []), ...(row.urls ?? [])]);
            store.put({ key: row.key, ...(ids.size ? { ids } : {}), ...(urls.size ? { urls } : {}) });
          };
        }
        await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
        db.close();
      },
      store,
      rows.slice(i, i + 10_000),
    );
  }
}

/** Claims in the stored matching index (0 when none is stored yet). */
function storedClaims(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('recoupe');
        open.onsuccess = () => {
          const req = open.result.transaction('matchIndex').objectStore('matchIndex').get('current');
          req.onsuccess = () => resolve(req.result?.claims ?? 0);
          req.onerror = () => resolve(0);
        };
        open.onerror = () => resolve(0);
      }),
  );
}

/** Stops the extension's service worker through the DevTools protocol, as Chrome does after 30 s idle. */
async function stopWorker(launched: LaunchedBrowser, page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const ours = e.versions.find((v) => v.scriptURL.startsWith(launched.extensionOrigin));
    if (ours) status = ours.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 200 && status !== 'stopped'; i++) await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
}

/** The background's own account of its last start (MatcherService.events), read through the DevTools protocol. */
async function indexEvents(launched: LaunchedBrowser, pageOrigin?: number): Promise<string> {
  const target = await launched.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(launched.extensionOrigin));
  const session = await target.createCDPSession();
  try {
    const expression = 'JSON.stringify({ start: self.recoupeIndexEvents?.start, origin: performance.timeOrigin, marks: self.recoupeStartMarks })';
    const r = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    const { start, origin, marks } = JSON.parse(String(r.result.value)) as { start: unknown; origin: number; marks: Record<string, number> };
    // The worker's clock starts when it does: its marks are put on the page's, from navigation start.
    const since = pageOrigin ? Math.round(origin - pageOrigin) : 0;
    const steps = Object.entries(marks ?? {}).sort((a, b) => a[1] - b[1]).map(([name, ms]) => `${name} ${Math.round(ms + since)}`);
    // The library page's feed request can start the worker before the page: such a restart is not cold.
    lastNotCold = !!pageOrigin && since < -50;
    const warm = lastNotCold ? ' (not cold: the worker started before the page; left out of the median)' : '';
    return `${JSON.stringify(start)}\n    from navigation start (ms): worker started ${since}${warm}, ${steps.join(', ')}\n    phases (ms): ${phaseBreakdown(marks ?? {})}`;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Where a restart's time went, from the worker's marks (ms between them; the reading of the stored
 * index and the warm-up share the worker's one thread, so "columns" includes the warm-up's work).
 */
export function phaseBreakdown(marks: Record<string, number>): string {
  const spans: [string, string, string][] = [
    ['script', '', 'main'],
    ['to read', 'main', 'readStart'],
    ['record', 'readStart', 'readRecord'],
    ['columns', 'readRecord', 'readDone'],
    ['decode', 'readDone', 'deserialised'],
    ['check', 'deserialised', 'checked'],
    ['to index', 'checked', 'indexReady'],
    ['match', 'indexReady', 'spansFound'],
    ['texts', 'spansFound', 'textsRead'],
    ['reply', 'textsRead', 'scanReplied'],
  ];
  return spans
    .filter(([, from, to]) => (from === '' || marks[from] !== undefined) && marks[to] !== undefined)
    .map(([name, from, to]) => `${name} ${Math.round(marks[to]! - (from === '' ? 0 : marks[from]!))}`)
    .join(', ');
}

/** Whether the worker of the last indexEvents had started before the page (not a cold restart). */
let lastNotCold = false;

/** The page's time origin (epoch ms) of the last firstHighlight, to place the worker's marks. */
let lastPageOrigin: number | undefined;
/** The page's own steps of the last firstHighlight (ms from navigation start): parsed, content-script marks, highlight. */
let lastPageSteps = '';

async function firstHighlight(launched: LaunchedBrowser, url: string, timeout = LONG): Promise<number> {
  const page = await launched.browser.newPage();
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-')), { timeout, polling: 10 });
  const ms = Math.round(performance.now() - start);
  const seen = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0,
    highlight: performance.now(),
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('recoupe')).map((m) => `${m.name} ${Math.round(m.startTime)}`),
  }));
  lastPageOrigin = seen.origin;
  lastPageSteps = [`parsed ${Math.round(seen.parsed)}`, ...seen.marks, `highlight seen ${Math.round(seen.highlight)}`].join(', ');
  await page.close();
  return ms;
}

/** Counts the bench's versions already in the database (a kept --profile): 0 on a fresh profile. */
function benchVersions(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('recoupe');
        open.onsuccess = () => {
          // The packs hold groups of claims (utils/store/version-packs/pack-store.ts): the bench's claims' ids start with "bench:".
          const req = open.result.transaction('versionPacks').objectStore('versionPacks').getAll();
          req.onsuccess = () => resolve((req.result as { versions: { claimId: string }[] }[]).reduce((n, p) => n + p.versions.filter((v) => v.claimId.startsWith('bench:')).length, 0));
          req.onerror = () => resolve(0);
        };
        open.onerror = () => resolve(0);
      }),
  );
}

/** One restart traced from before the worker starts to the first highlight (see --trace). */
async function tracedRestart(launched: LaunchedBrowser, library: Page, url: string, path: string): Promise<void> {
  await stopWorker(launched, library);
  const categories = ['__metadata', 'devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'];
  await library.tracing.start({ path, categories });
  const ms = await firstHighlight(launched, url);
  const trace = await library.tracing.stop();
  const events = (JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: Parameters<typeof summariseThread>[0] }).traceEvents;
  console.log(`traced restart: ${ms} ms, trace in ${path}; the service worker's thread (from its first task):\n    ${summariseThread(events, /ServiceWorker/i)}`);
  console.log(`  in the worker ${await indexEvents(launched, lastPageOrigin)}`);
}

async function main(): Promise<void> {
  const data = records();
  console.log(`library: ${data.claims.length} claims, ${data.versions.length} versions (npm run bench's ${VERSIONS.toLocaleString('en')}), plus the starter data`);
  // A kept profile keeps the service worker's script registered: without this, the last build's would run.
  if (PROFILE) rmSync(join(PROFILE, 'Default', 'Service Worker'), { recursive: true, force: true });
  const demo = await startDemoServer({ port: 0 });
  const launched = await launchWithExtension({ headless: true, extensionPath: EXTENSION, userDataDir: PROFILE });
  try {
    const url = demo.pages[0]!.url;
    // With a kept profile, the first start of a new build has been seen to stall (the extension updated in place): tried again.
    const starter = await firstHighlight(launched, url, PROFILE ? 20_000 : LONG).catch(() => firstHighlight(launched, url));
    console.log(`first highlight on a demo page, starter data only (built): ${starter} ms`);
    const library = await launched.browser.newPage();
    await library.goto(`${launched.extensionOrigin}/options.html`);
    let t = performance.now();
    if ((await benchVersions(library)) === data.versions.length) console.log('library already written in the kept profile');
    else {
      await writeRecords(library, 'outlets', data.outlets);
      await writeRecords(library, 'claims', data.claims);
      // Versions as the extension stores them: in packs of a group of claims, and the buckets that file them.
      const { packs, homes } = packsOf(data.versions);
      await writeRecords(library, 'versionPacks', packs);
      await writeRecords(library, 'versionHomes', homes.map((h) => ({ key: h.key, ids: h.ids && [...h.ids], urls: h.urls && [...h.urls] })));
      console.log(`written straight into IndexedDB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await stopWorker(launched, library);
    console.log(`after a restart, no usable stored index (built from every text): ${await firstHighlight(launched, url)} ms; in the worker ${await indexEvents(launched)}`);
    t = performance.now();
    while ((await storedClaims(library)) < data.claims.length) await new Promise((r) => setTimeout(r, 200));
    console.log(`index stored ${((performance.now() - t) / 1000).toFixed(1)} s after that highlight`);
    const cold: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      await stopWorker(launched, library);
      cold.push(await firstHighlight(launched, demo.pages[i % demo.pages.length]!.url));
      console.log(`  restart ${i + 1}: ${cold[i]} ms; in the worker ${await indexEvents(launched, lastPageOrigin)}\n    in the page: ${lastPageSteps}`);
      // Kept as a negative number: printed apart, out of the median.
      if (lastNotCold) cold[i] = -cold[i]!;
    }
    const sorted = cold.filter((ms) => ms >= 0).sort((a, b) => a - b);
    console.log(`after a restart, stored index loaded: ${cold.map((ms) => (ms < 0 ? `(${-ms}, not cold)` : ms)).join(', ')} ms (median of the cold ones ${sorted[Math.floor((sorted.length - 1) / 2)]} ms)`);
    console.log(`worker warm: ${await firstHighlight(launched, demo.pages[1 % demo.pages.length]!.url)} ms; in the page: ${lastPageSteps}`);
    if (TRACE) await tracedRestart(launched, library, demo.pages[0]!.url, TRACE);
  } finally {
    await launched.close();
    await demo.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
