/**
 * npm run bench: index build time and memory, and scan time per real page,
 * for claim databases of 1,000, 10,000 and 100,000 outlet versions; and the
 * naive way (every version quote fuzzily searched in the page, as annotation
 * tools re-anchor a quote) on the 1,000 and 10,000 databases. Prints figures,
 * asserts nothing. `--per-page` also prints the ten slowest pages per character
 * (a page far above the others points at a cost of its own, such as its language).
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseVerifiedClaims } from '@/scripts/lib/checkthat-format';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { extractPageText } from './lib/extract-page-text';
import { persistedFigures } from './lib/bench-persisted';
import { prng } from './lib/prng';

const SHARED = '../shared';
/** `--only 100000` runs one size. */
const ONLY = process.argv.includes('--only') ? Number(process.argv[process.argv.indexOf('--only') + 1]) : undefined;
/** The library sizes a run measures without `--only`, and that loadDatabases builds. */
export const BENCH_SIZES: readonly number[] = [1_000, 10_000, 100_000];
const SIZES = ONLY ? [ONLY] : BENCH_SIZES;
const NAIVE_SIZES = [1_000, 10_000];
/** Pages the naive search runs on: it takes seconds per page at 10,000 quotes. */
const NAIVE_PAGES = 8;
const SCAN_RUNS = 3;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

// ---- claim databases -------------------------------------------------------


/** Another outlet's wording, simulated: a few words dropped, swapped or borrowed. */
function variant(quote: string, donor: string, rand: () => number): string {
  const words = quote.split(/\s+/);
  const donorWords = donor.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const r = rand();
    if (r < 0.12) continue;
    if (r < 0.2) out.push(donorWords[Math.floor(rand() * donorWords.length)]!);
    out.push(w);
  }
  const i = Math.floor(rand() * Math.max(1, out.length - 1));
  if (out.length > 2) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out.join(' ');
}

export function loadDatabases(): Map<number, IndexClaim[]> {
  const seed = claimsFromCaseFile(JSON.parse(readFileSync(join(SHARED, 'eval/seed-cases.json'), 'utf8')) as CaseFile);
  const checkthat = parseVerifiedClaims(readFileSync(join(SHARED, 'benchmarks/checkthat-2020/verified_claims.docs.tsv'), 'utf8')).map(
    (c): IndexClaim => ({
      ...c,
      versions: [{ id: `${c.id}:claim`, outletId: 'snopes', lang: 'en', quote: c.statement.en! }, ...c.versions],
    }),
  );
  const count = (claims: IndexClaim[]) => claims.reduce((n, c) => n + c.versions.length, 0);
  const dbs = new Map<number, IndexClaim[]>();
  for (const size of SIZES) {
    const claims = [...seed];
    let n = count(claims);
    for (const c of checkthat) {
      if (n >= size) break;
      const take = c.versions.slice(0, size - n);
      claims.push({ ...c, versions: take });
      n += take.length;
    }
    const rand = prng(size);
    for (let k = 0; n < size; k++, n++) {
      const base = claims[k % claims.length]!;
      const donor = claims[Math.floor(rand() * claims.length)]!;
      const source = base.versions[0]?.quote ?? Object.values(base.statement)[0] ?? '';
      base.versions = [...base.versions, { id: `${base.id}:v${k}`, outletId: `outlet-${k % 500}`, lang: base.versions[0]?.lang ?? 'en', quote: variant(source, donor.versions[0]?.quote ?? '', rand) }];
    }
    dbs.set(size, claims);
  }
  return dbs;
}

// ---- naive fuzzy search (Myers' bit-parallel edit distance, 32-char blocks) --

interface Pattern {
  blocks: number;
  lastRow: number[];
  lastBit: number[];
  peq: Map<number, Int32Array>;
  maxErrors: number;
}

export function compile(quote: string): Pattern {
  const blocks = Math.ceil(quote.length / 32);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < quote.length; i++) {
    const c = quote.charCodeAt(i);
    let masks = peq.get(c);
    if (!masks) peq.set(c, (masks = new Int32Array(blocks)));
    masks[i >> 5]! |= 1 << (i & 31);
  }
  const lastBit = Array.from({ length: blocks }, (_, b) => 1 << ((Math.min(quote.length, (b + 1) * 32) - 1) & 31));
  const lastRow = Array.from({ length: blocks }, (_, b) => Math.min(quote.length, (b + 1) * 32) - 1);
  return { blocks, lastRow, lastBit, peq, maxErrors: Math.floor(quote.length * 0.15) };
}

/** Smallest edit distance of the quote to any substring of the text (Myers 1999, blocked). */
export function bestDistance(p: Pattern, text: string, zero: Int32Array): number {
  const P = new Int32Array(p.blocks).fill(-1);
  const M = new Int32Array(p.blocks);
  // Row index of each block's last row: the distance before any text is read.
  const score = p.lastRow.map((row) => row + 1);
  let best = Infinity;
  for (let j = 0; j < text.length; j++) {
    const eqs = p.peq.get(text.charCodeAt(j)) ?? zero;
    let carry = 0; // horizontal delta entering the block; 0 at the top row (search anywhere)
    for (let b = 0; b < p.blocks; b++) {
      let eq = eqs[b]!;
      const pv = P[b]!;
      const mv = M[b]!;
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const out = ph & p.lastBit[b]! ? 1 : mh & p.lastBit[b]! ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      score[b]! += out;
      carry = out;
    }
    const s = score[p.blocks - 1]!;
    if (s < best) best = s;
  }
  return best;
}

// ---- measurements ------------------------------------------------------------

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** With --json, the figures go to stdout as one JSON object and the report to stderr. */
const JSON_OUT = process.argv.includes('--json');
const PER_PAGE = process.argv.includes('--per-page');
const log = (...a: unknown[]) => (JSON_OUT ? console.error(...a) : console.log(...a));

function main() {
  const figures: Record<string, unknown>[] = [];
  const t0 = performance.now();
  const pageDir = join(SHARED, 'corpora/readability/pages');
  const pages = readdirSync(pageDir)
    .sort()
    .map((name) => ({ name, text: extractPageText(readFileSync(join(pageDir, name, 'source.html'), 'utf8')) }))
    .filter((p) => p.text.length > 0);
  const extractMs = performance.now() - t0;
  const sizes = pages.map((p) => p.text.length);
  log(`${pages.length} real pages (readability corpus), text extracted with linkedom in ${ms(extractMs)}`);
  log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (timings are wall clock on one core)`);
  log(`page text: median ${quantile(sizes, 0.5)} chars, p95 ${quantile(sizes, 0.95)} chars, max ${Math.max(...sizes)} chars\n`);
  const bySize = [...pages].sort((a, b) => a.text.length - b.text.length);
  const naivePages = Array.from({ length: NAIVE_PAGES }, (_, i) => bySize[Math.floor(((i + 0.5) * bySize.length) / NAIVE_PAGES)]!);

  const dbs = loadDatabases();
  for (const size of SIZES) {
    const claims = dbs.get(size)!;
    const before = heapUsed();
    const tb = performance.now();
    const cb = process.cpuUsage();
    const matcher = ClaimMatcher.build(claims);
    const buildMs = performance.now() - tb;
    const buildCpu = process.cpuUsage(cb);
    const heapMb = (heapUsed() - before) / 1e6;
    log(`== ${size.toLocaleString('en')} versions (${claims.length.toLocaleString('en')} claims, ${matcher.size.toLocaleString('en')} indexed texts with statements)`);
    log(`index build ${ms(buildMs)} (CPU ${ms((buildCpu.user + buildCpu.system) / 1000)}), heap +${heapMb.toFixed(1)} MB`);
    matcher.scan(pages[0]!.text); // warm-up
    // Best of SCAN_RUNS per page: this machine is shared, and a single run
    // mostly measures the neighbours. CPU time is printed alongside.
    const row: Record<string, unknown> = { versions: size, claims: claims.length, buildMs: Math.round(buildMs), heapMb: Math.round(heapMb * 10) / 10 };
    figures.push(row);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const perPage = new Map<string, number>();
    let matches = 0;
    for (const p of pages) {
      let best = Infinity;
      let bestCpu = Infinity;
      for (let run = 0; run < SCAN_RUNS; run++) {
        const c0 = process.cpuUsage();
        const ts = performance.now();
        const found = matcher.scan(p.text).length;
        best = Math.min(best, performance.now() - ts);
        const c = process.cpuUsage(c0);
        bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
        if (run === 0) matches += found;
      }
      times.push(best);
      cpuTimes.push(bestCpu);
      perPage.set(p.name, best);
    }
    if (PER_PAGE) {
      const perChar = pages.map((p) => ({ name: p.name, chars: p.text.length, ms: perPage.get(p.name)! })).filter((p) => p.chars >= 1000);
      perChar.sort((a, b) => b.ms / b.chars - a.ms / a.chars);
      for (const p of perChar.slice(0, 10)) log(`  ${p.name}: ${ms(p.ms)} for ${p.chars} chars, ${((1000 * p.ms) / p.chars).toFixed(2)} µs per char`);
    }
    log(
      `scan per page (best of ${SCAN_RUNS}): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}` +
        ` (CPU time: median ${ms(quantile(cpuTimes, 0.5))}, p95 ${ms(quantile(cpuTimes, 0.95))}); ${matches} matches on ${pages.length} pages`,
    );
    const r2 = (x: number) => Math.round(x * 100) / 100;
    Object.assign(row, { scanMedianMs: r2(quantile(times, 0.5)), scanP95Ms: r2(quantile(times, 0.95)), scanMaxMs: r2(Math.max(...times)), matches });
    const persisted = persistedFigures(claims, matcher);
    row.persisted = persisted;
    log(
      `persisted index (CPU time, best of 3): ${persisted.storedMb} MB stored (texts ${persisted.textsMb} MB, not read before a restart's first scan); serialise ${ms(persisted.serialiseMs)}, structured clone ${ms(persisted.cloneMs)}, ` +
        `load ${ms(persisted.loadMs)} vs build ${ms((buildCpu.user + buildCpu.system) / 1000)}; one change then a scan of the changed wording: edit ${ms(persisted.editMs)} (${ms(persisted.editJustLoadedMs)} on an index just loaded), add ${ms(persisted.addMs)}, delete ${ms(persisted.deleteMs)}` +
        ` (wall clock: ${Object.entries(persisted.editWallMs).map(([k, v]) => `${k} ${ms(v)}`).join(', ')})`,
    );
    if (NAIVE_SIZES.includes(size)) {
      const quotes = claims.flatMap((c) => c.versions.map((v) => v.quote.toLowerCase())).filter((q) => q.length >= 8);
      const patterns = quotes.map(compile);
      const zero = new Int32Array(Math.ceil(Math.max(...quotes.map((q) => q.length)) / 32));
      const naive: number[] = [];
      const indexed: number[] = [];
      let found = 0;
      for (const p of naivePages) {
        const text = p.text.toLowerCase();
        const tn = performance.now();
        for (const pat of patterns) if (bestDistance(pat, text, zero) <= pat.maxErrors) found++;
        naive.push(performance.now() - tn);
        indexed.push(perPage.get(p.name)!);
      }
      const nMed = quantile(naive, 0.5);
      row.naiveMedianMs = Math.round(nMed);
      const iMed = quantile(indexed, 0.5);
      log(
        `naive fuzzy search (${patterns.length} quotes, up to 15% edits, on ${naivePages.length} pages spread over the size range): ` +
          `median ${ms(nMed)} per page vs ${ms(iMed)} indexed on the same pages: ${(nMed / iMed).toFixed(0)}x (${found} quotes found)`,
      );
    }
    log('');
  }
  log(`total bench time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (JSON_OUT) process.stdout.write(JSON.stringify({ pages: pages.length, sizes: figures }) + '\n');
}

if (process.argv[1]?.endsWith('bench.ts')) main();
