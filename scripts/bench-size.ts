/**
 * Sizes of what the browser loads at each start, from a build (`npx wxt build` and/or
 * `npx wxt build -b firefox` first): background.js at every worker start, the content script on
 * every page, and the per-language, gazetteer and facts reader's files read only when needed. Gzip at its default
 * level, as `gzip -c FILE | wc -c`. Prints; with `--check`, exits 1 when a start file is over issue 12's
 * budget (background.js 120 KB gzip, the content script 25 KB): a size, not a timing, so CI checks it.
 *
 *   npm run bench:size [-- --json] [-- --check]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const START_FILES = ['background.js', 'content-scripts/content.js'];
/** Scripts the background loads when first needed (utils/store/facts-reader-files.ts). */
const WHEN_NEEDED_FILES = ['facts-reader.js'];
/** Gzip budgets of the start files (issue 12): 120 KB and 25 KB. */
const BUDGETS: Record<string, number> = { 'background.js': 120 * 1024, 'content-scripts/content.js': 25 * 1024 };

interface Size {
  file: string;
  bytes: number;
  gzip: number;
}

function size(dir: string, file: string): Size {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
}

function folder(dir: string, sub: string): { files: number; bytes: number; largestGzip: Size | undefined } {
  const path = join(dir, sub);
  if (!existsSync(path)) return { files: 0, bytes: 0, largestGzip: undefined };
  const names = readdirSync(path);
  const sizes = names.map((n) => size(dir, `${sub}/${n}`));
  return { files: names.length, bytes: names.reduce((s, n) => s + statSync(join(path, n)).size, 0), largestGzip: sizes.sort((a, b) => b.gzip - a.gzip)[0] };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const json = process.argv.includes('--json');
const report: Record<string, unknown> = {};
for (const dir of BUILDS) {
  if (!existsSync(join(dir, 'manifest.json'))) continue;
  const start = START_FILES.filter((f) => existsSync(join(dir, f))).map((f) => size(dir, f));
  const loadedWhenNeeded = { language: folder(dir, 'language'), words: folder(dir, 'words') };
  const scriptsWhenNeeded = WHEN_NEEDED_FILES.filter((f) => existsSync(join(dir, f))).map((f) => size(dir, f));
  report[dir] = { start, loadedWhenNeeded, scriptsWhenNeeded };
  if (json) continue;
  console.log(dir);
  for (const s of start) console.log(`  ${s.file.padEnd(28)} ${String(s.bytes).padStart(8)} B raw ${String(s.gzip).padStart(8)} B gzip (${kb(s.gzip)})`);
  for (const s of scriptsWhenNeeded) console.log(`  ${`${s.file} (when needed)`.padEnd(28)} ${String(s.bytes).padStart(8)} B raw ${String(s.gzip).padStart(8)} B gzip (${kb(s.gzip)})`);
  for (const [sub, f] of Object.entries(loadedWhenNeeded)) {
    if (f.files) console.log(`  ${`${sub}/ (when needed)`.padEnd(28)} ${String(f.files).padStart(4)} files ${kb(f.bytes).padStart(10)} raw, largest ${f.largestGzip!.file} ${kb(f.largestGzip!.gzip)} gzip`);
  }
}
if (Object.keys(report).length === 0) {
  console.error('bench:size: no build in .output: run `npx wxt build` (and `npx wxt build -b firefox`) first.');
  process.exit(1);
}
if (json) console.log(JSON.stringify(report, null, 2));
if (process.argv.includes('--check')) {
  const over = Object.entries(report).flatMap(([dir, r]) => (r as { start: Size[] }).start.filter((f) => f.gzip > BUDGETS[f.file]!).map((f) => `${dir}/${f.file}: ${f.gzip} B gzip, over its budget of ${BUDGETS[f.file]} B`));
  for (const o of over) console.error(o);
  if (over.length) process.exit(1);
  console.log('start files within their budgets');
}
