/**
 * What Recoupe costs a page's main thread: loads each real news page of ../shared/corpora/readability
 * (scripts removed, through the demo server), the five demo pages and the hostile pages in Chromium
 * with the built extension, and prints per page the longest main-thread task, the number of long
 * tasks (over 50 ms), the time to the first highlight, and the longest stall after the load event
 * (the longest wait of a 10 ms timer heartbeat, minus its 10 ms, and the longest Long Animation
 * Frame with its style and layout part: the Long Tasks API does not see rendering work such as a
 * whole-page restyle), then a summary. Prints figures, asserts nothing.
 *
 *   npx wxt build && npx tsx scripts/bench-pages.ts [--seconds 3] [--limit N] [--only text] [--baseline] [--extension DIR]
 *
 * --baseline loads every page a second time in Chromium without the extension, once the run with it is
 * over and its browser closed: the difference is Recoupe's share (long tasks are the page's main thread,
 * whoever ran them). --extension loads another build (default .output/chrome-mv3), to compare two
 * versions of Recoupe.
 */
import type { Browser } from 'puppeteer-core';
import { launchChromiumBaseline, launchWithExtension } from './lib/launch-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
import { startDemoServer } from './lib/demo-server';
import { listCorpusPages } from './lib/demo-corpus';
import { HOSTILE_PAGES, PROBE_SCRIPT, startHostileServer, type ProbeData } from './lib/hostile-pages';

interface Target {
  name: string;
  url: string;
  /** Pages with known claims: wait for the first highlight, not just the window. */
  expectsHighlight: boolean;
}

interface Figures {
  longest: number;
  attribution: string;
  over50: number;
  firstHighlight: number | null;
  maxGap: number;
  /** Longest heartbeat wait after the load event beyond its 10 ms interval. */
  stall: number;
  /** Longest Long Animation Frame after the load event, and its style and layout part. */
  frame: number;
  frameStyle: number;
  frameScript: string;
  /** When the load event fired (what Recoupe's stylesheet, injected before the first style, may add to). */
  load: number | null;
  /** How long after the load event the page was watched (ms). */
  watched: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const WINDOW_MS = Number(arg('seconds') ?? 3) * 1000;
/** Pages expected to show highlights are watched up to this long for the first one. */
const HIGHLIGHT_WAIT_MS = 30_000;
/** PROBE_SCRIPT's heartbeat interval. */
const HEARTBEAT_MS = 10;

/**
 * `atLeastMs`: how long after the load event to watch at least. The baseline watches as long as the
 * run with the extension did (until its first highlight and one second more): the same window.
 */
async function measure(browser: Browser, target: Target, withExtension: boolean, atLeastMs = 0): Promise<Figures | string> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PROBE_SCRIPT);
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    const started = Date.now();
    const until = started + Math.max(atLeastMs, withExtension && target.expectsHighlight ? HIGHLIGHT_WAIT_MS : WINDOW_MS);
    for (;;) {
      const p = await page.evaluate(() => (window as unknown as { __probe: ProbeData }).__probe);
      const waited = Date.now() - started;
      const done = waited >= Math.max(WINDOW_MS, atLeastMs) && (!withExtension || !target.expectsHighlight || p.firstHighlight !== null);
      if (done || Date.now() > until) break;
      await sleep(100);
    }
    // One more second after the first highlight: the paint and any rescan it triggers.
    if (withExtension && target.expectsHighlight) await sleep(1000);
    const p = await page.evaluate(() => (window as unknown as { __probe: ProbeData }).__probe);
    const longest = p.longTasks.reduce((m, t) => (t.duration > m.duration ? t : m), { start: 0, duration: 0, attribution: '' });
    const longestFrame = p.framesAfterLoad.reduce((m, f) => (f.duration > m.duration ? f : m), { start: 0, duration: 0, styleAndLayout: 0, blocking: 0, script: '' });
    return {
      longest: longest.duration,
      attribution: longest.attribution,
      over50: p.longTasks.filter((t) => t.duration > 50).length,
      firstHighlight: p.firstHighlight,
      maxGap: p.maxGap,
      stall: Math.max(0, p.maxGapAfterLoad - HEARTBEAT_MS),
      frame: longestFrame.duration,
      frameStyle: longestFrame.styleAndLayout,
      frameScript: longestFrame.script,
      load: p.load === null ? null : Math.round(p.load),
      watched: Date.now() - started,
    };
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await page.close().catch(() => undefined);
  }
}

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function summary(label: string, values: number[]): string {
  return `${label.padEnd(34)} n=${String(values.length).padStart(3)}  median ${String(quantile(values, 0.5)).padStart(6)}  p95 ${String(quantile(values, 0.95)).padStart(6)}  max ${String(values.length ? Math.max(...values) : NaN).padStart(6)}`;
}

function row(name: string, f: Figures | string, base?: Figures | string): string {
  if (typeof f === 'string') return `${name.padEnd(40)} error: ${f}`;
  const baseText =
    base === undefined ? '' : typeof base === 'string' ? '  (baseline: error)' : `  (baseline: load ${base.load ?? '-'} ms, longest ${base.longest} ms, ${base.over50} long, stall after load ${base.stall} ms, frame ${base.frame} ms)`;
  const frame = f.frame ? `${f.frame} ms (style+layout ${f.frameStyle}${f.frameScript ? `; ${f.frameScript}` : ''})` : '-';
  return `${name.padEnd(40)} load ${String(f.load ?? '-').padStart(5)} ms  longest ${String(f.longest).padStart(5)} ms  long tasks ${String(f.over50).padStart(3)}  first highlight ${f.firstHighlight === null ? '     -' : `${String(f.firstHighlight).padStart(5)} ms`}  max heartbeat gap ${String(f.maxGap).padStart(5)} ms  stall after load ${String(f.stall).padStart(4)} ms  longest frame after load ${frame}${baseText}${f.longest ? `  [${f.attribution}]` : ''}`;
}

async function main(): Promise<void> {
  const demo = await startDemoServer({ port: 0 });
  const hostile = await startHostileServer();
  const only = arg('only');
  const limit = Number(arg('limit') ?? Infinity);
  const targets: Target[] = [
    ...listCorpusPages()
      .slice(0, limit)
      .map((name) => ({ name: `corpus/${name}`, url: `${demo.url}/corpus/${encodeURIComponent(name)}/`, expectsHighlight: false })),
    ...demo.pages.map((p) => ({ name: `demo/${p.slug}`, url: p.url, expectsHighlight: true })),
    ...HOSTILE_PAGES.map((p) => ({ name: `hostile/${p.name}`, url: `${hostile.url}${p.path}`, expectsHighlight: true })),
  ].filter((t) => !only || t.name.includes(only));

  const withBaseline = process.argv.includes('--baseline');
  console.log(`Recoupe page benchmark: ${targets.length} pages, window ${WINDOW_MS / 1000} s (pages with known claims: until the first highlight + 1 s)`);
  const results: { target: Target; f: Figures | string; base?: Figures | string }[] = [];
  // A fresh browser's first page pays Chromium's own one-time work after its load event (a capture of
  // the page's text took 700 ms of the main thread on the page of 500,000 text nodes, without any
  // extension): one load of the first page in each browser, not counted, before the measured ones.
  const first = targets[0];
  try {
    const withExt = await launchWithExtension({ headless: true, extensionPath: arg('extension') });
    try {
      if (first) await measure(withExt.browser, first, true);
      for (const target of targets) {
        const f = await measure(withExt.browser, target, true);
        results.push({ target, f });
        if (!withBaseline) console.log(row(target.name, f, undefined));
      }
    } finally {
      await withExt.close();
    }
    // The baseline's browser starts once the extension's is closed: side by side on two cores, each
    // browser's work after a load fell in the other's measured window (the 30,000 paragraphs' stall after
    // load 20 to 33 ms in five loads alone, 32 to 64 ms in three beside the baseline's browser).
    if (withBaseline) {
      const baseline = await launchChromiumBaseline();
      try {
        if (first) await measure(baseline, first, false);
        for (const r of results) {
          r.base = await measure(baseline, r.target, false, typeof r.f === 'string' ? 0 : r.f.watched);
          console.log(row(r.target.name, r.f, r.base));
        }
      } finally {
        await baseline.close();
      }
    }
  } finally {
    await demo.close();
    await hostile.close();
  }

  const ok = results.filter((r): r is { target: Target; f: Figures; base?: Figures | string } => typeof r.f !== 'string');
  const corpus = ok.filter((r) => r.target.name.startsWith('corpus/'));
  console.log('\nSummary (ms; long tasks = tasks over 50 ms on the page main thread)');
  for (const [label, set] of [
    ['corpus pages', corpus],
    ['all pages', ok],
  ] as const) {
    console.log(summary(`${label}: longest task`, set.map((r) => r.f.longest)));
    console.log(summary(`${label}: long tasks per page`, set.map((r) => r.f.over50)));
    console.log(summary(`${label}: stall after load`, set.map((r) => r.f.stall)));
    const bases = set.flatMap((r) => (r.base === undefined || typeof r.base === 'string' ? [] : [r.base.stall]));
    if (bases.length) console.log(summary(`${label}: stall after load, baseline`, bases));
  }
  console.log(summary('time to first highlight', ok.flatMap((r) => (r.f.firstHighlight === null ? [] : [r.f.firstHighlight]))));
  const failed = results.length - ok.length;
  if (failed) console.log(`${failed} page(s) could not be measured`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
