/**
 * Import at browser speed: builds a Recoupe JSON file of N versions (default 100,000; synthetic, see
 * scripts/lib/bench-library.ts), imports it through the library page of the built extension in
 * Chromium (real IndexedDB), and prints the time from choosing the file to the preview and from
 * Import to done, then the time to the first highlight on a demo page. Prints; asserts nothing.
 * Beside each wall time: the CPU seconds of Chromium's processes (browser = the IndexedDB backend,
 * renderer = the library page), which a machine shared with other work inflates less, and the
 * import's phases as the page timed them (utils/core/phase-timing.ts), and whether the worker loaded
 * the matching index the import stored or built one.
 *
 *   npx wxt build && npx tsx scripts/bench-import-browser.ts [versions] [--extension DIR] [--profile DIR]
 *
 * --extension DIR: another build (e.g. a copy of main's .output/chrome-mv3, to alternate with it).
 * --profile DIR: CPU profiles of the library page and of its index worker from choosing the file to
 * done (scripts/lib/cpu-profile.ts), saved in DIR, and their self time by function. An unminified
 * build names the functions: `npx wxt build -c <config with build.minify false> --mode profile`.
 * ALLOC=1 with --profile: the library page's allocations sampled too (page.heapprofile), by function.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { benchLibrary } from './lib/bench-library';
import { launchWithExtension } from './lib/launch-browser';
import { startDemoServer } from './lib/demo-server';
import { cpuSince, treeCpu } from './lib/process-cpu';
import { loadavg } from 'node:os';
import type { CDPSession } from 'puppeteer-core';
import { startAllocations, startProfile, stopAllocations, stopProfile } from './lib/cpu-profile';

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const EXTENSION = flag('--extension');
const PROFILE = flag('--profile');
/** With --profile: the library page's allocations too (ALLOC=1), sampled, in page.heapprofile. */
const ALLOC = !!process.env.ALLOC;
const VERSIONS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const LONG = 30 * 60_000;

async function main(): Promise<void> {
  const data = benchLibrary(VERSIONS);
  const text = exportRecoupeJson({ ...data, annotations: [] }, { pretty: false });
  console.log(`file: ${(text.length / 1024 / 1024).toFixed(1)} MiB, ${data.claims.length} claims, ${data.versions.length} versions`);
  // The file is handed to the browser by path (it can pass 50 MB).
  const dir = await mkdtemp(join(tmpdir(), 'recoupe-bench-'));
  const file = join(dir, 'bench.json');
  await writeFile(file, text);
  const demo = await startDemoServer({ port: 0 });
  const browser = await launchWithExtension({ headless: true, extensionPath: EXTENSION });
  try {
    const library = await browser.browser.newPage();
    await library.goto(`${browser.extensionOrigin}/options.html`);
    const input = await library.waitForSelector('#import-export input[type="file"]');
    const profiled: [string, CDPSession][] = [];
    if (PROFILE) {
      const session = await library.createCDPSession();
      await startProfile(session);
      if (ALLOC) await startAllocations(session);
      profiled.push(['page', session]);
      // The page ends its worker once answered, and the worker's profile with it: not while profiled.
      await library.evaluate(() => void (Worker.prototype.terminate = () => undefined));
      library.on('workercreated', (worker) => {
        profiled.push(['index-worker', worker.client]);
        void startProfile(worker.client);
      });
    }
    const pid = browser.browser.process()?.pid;
    const cpu = () => (pid ? treeCpu(pid) : undefined);
    const cpuLine = (before: ReturnType<typeof cpu>) => {
      const used = cpuSince(before, cpu());
      if (!used) return '';
      const busy = Object.entries(used).filter(([, s]) => s >= 0.1).map(([kind, s]) => `${kind} ${s.toFixed(1)}`);
      return `  (cpu s: ${busy.join(', ')})`;
    };
    console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    let before = cpu();
    let start = performance.now();
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await library.waitForSelector('#import-export table.ie-counts', { timeout: LONG });
    console.log(`preview (read, parse, compare): ${((performance.now() - start) / 1000).toFixed(1)} s${cpuLine(before)}`);
    before = cpu();
    start = performance.now();
    const clicked = await library.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('#import-export button')].find((b) => /^(Import|Importer)$/.test(b.textContent?.trim() ?? ''));
      button?.click();
      return !!button;
    });
    if (!clicked) throw new Error('no Import button in the import preview');
    await library.waitForSelector('#import-export .ie-ok[role="status"]', { timeout: LONG });
    console.log(`import (write): ${((performance.now() - start) / 1000).toFixed(1)} s${cpuLine(before)}`);
    const phases = await library.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('recoupe:import:')).map((m) => [m.name.slice('recoupe:'.length), m.duration] as const));
    for (const [name, ms] of phases) console.log(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(1)} s`);
    if (ALLOC) console.log(`page allocations: ${await stopAllocations(profiled[0]![1], join(PROFILE!, 'page.heapprofile')).catch((e: Error) => e.message)}`);
    for (const [name, session] of profiled) console.log(`${name}: ${await stopProfile(session, join(PROFILE!, `${name}.cpuprofile`)).catch((e: Error) => e.message)}`);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    // The background's thread from the navigation to the first highlight (with --profile).
    const background = PROFILE ? await (await browser.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(browser.extensionOrigin))).createCDPSession() : undefined;
    if (background) await startProfile(background);
    const page = await browser.browser.newPage();
    start = performance.now();
    await page.goto(demo.pages[0].url);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-')), { timeout: LONG, polling: 20 });
    console.log(`first highlight on ${demo.pages[0].slug} after the import: ${Math.round(performance.now() - start)} ms (from navigation start)`);
    if (background) console.log(`background: ${await stopProfile(background, join(PROFILE!, 'background.cpuprofile'))}`);
    // Whether the background loaded the index the import stored, or built one from every text.
    const worker = await browser.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(browser.extensionOrigin));
    const session = await worker.createCDPSession();
    const expression = 'JSON.stringify(((e) => e && { built: e.built, loaded: e.loaded, followed: e.followed, stale: e.stale })(self.recoupeIndexEvents))';
    const events = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    console.log(`matching index in the worker: ${String(events.result.value)}`);
    await session.detach().catch(() => undefined);
  } finally {
    await browser.close();
    await demo.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
