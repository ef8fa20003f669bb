/**
 * Sizes of what the browser loads at each start, from a build (`npx wxt build` and/or
 * `npx wxt build -b firefox` first): background.js at every worker start, the content script on
 * every page, and the per-language, gazetteer and facts reader's files read only when needed. Gzip at its default
 * level, as `gzip -c FILE | wc -c`. Prints; asserts nothing.
 *
 *   npm run bench:size [-- --json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const START_FILES = ['background.js', 'content-scripts/content.js'];
/** Scripts the background loads when first needed (utils/store/facts-reader-files.ts). */
const WHEN_NEEDED_FILES = ['facts-reader.js'];

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
