/**
 * Import at browser speed: builds a Recoupe JSON file of N versions (default 100,000; synthetic, see
 * scripts/lib/bench-library.ts), imports it through the library page of the built extension in
 * Chromium (real IndexedDB), and prints the time from choosing the file to the preview and from
 * Import to done, then the time to the first highlight on a demo page. Prints; asserts nothing.
 *
 *   npx wxt build && npx tsx scripts/bench-import-browser.ts [versions]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { benchLibrary } from './lib/bench-library';
import { launchWithExtension } from './lib/launch-browser';
import { startDemoServer } from './lib/demo-server';

const VERSIONS = Number(process.argv[2] ?? 100_000);
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
  const browser = await launchWithExtension({ headless: true });
  try {
    const library = await browser.browser.newPage();
    await library.goto(`${browser.extensionOrigin}/options.html`);
    const input = await library.waitForSelector('#import-export input[type="file"]');
    let start = performance.now();
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await library.waitForSelector('#import-export table.ie-counts', { timeout: LONG });
    console.log(`preview (read, parse, compare): ${((performance.now() - start) / 1000).toFixed(1)} s`);
    start = performance.now();
    const clicked = await library.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('#import-export button')].find((b) => /^(Import|Importer)$/.test(b.textContent?.trim() ?? ''));
      button?.click();
      return !!button;
    });
    if (!clicked) throw new Error('no Import button in the import preview');
    await library.waitForSelector('#import-export .ie-ok[role="status"]', { timeout: LONG });
    console.log(`import (write): ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const page = await browser.browser.newPage();
    start = performance.now();
    await page.goto(demo.pages[0].url);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-')), { timeout: LONG, polling: 20 });
    console.log(`first highlight on ${demo.pages[0].slug} after the import: ${Math.round(performance.now() - start)} ms (from navigation start)`);
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
