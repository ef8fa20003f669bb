/**
 * Where a warm scan's CPU goes: the 129 readability pages scanned once to warm up, then profiled while
 * scanned ROUNDS times (default 3) at 100,000 versions (the bench's library; `--size` 1000 or 10000 for its
 * smaller ones). Prints the self and inclusive times per function and writes the profile to
 * /tmp/scan.cpuprofile (for DevTools).
 *
 *   npx tsx scripts/profile-scan.ts [--rounds 3] [--page NAME] [--size 100000]
 *
 * `--page NAME` profiles one page of the corpus (its folder name) instead of all of them.
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { ClaimMatcher } from '@/utils/core/matching';
import { BENCH_SIZES, loadDatabases } from './bench';
import { extractPageText } from './lib/extract-page-text';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const ROUNDS = Number(arg('--rounds') ?? 3);
const SIZE = Number(arg('--size') ?? 100_000);
if (!BENCH_SIZES.includes(SIZE)) throw new Error(`--size must be one of the bench's library sizes, ${BENCH_SIZES.join(', ')} (got ${arg('--size')})`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const pageDir = '../shared/corpora/readability/pages';
const only = arg('--page');
const pages = readdirSync(pageDir)
  .sort()
  .filter((n) => !only || n === only)
  .map((n) => extractPageText(readFileSync(join(pageDir, n, 'source.html'), 'utf8')))
  .filter((t) => t.length > 0);
const matcher = ClaimMatcher.build(loadDatabases().get(SIZE)!);
for (const p of pages) matcher.scan(p);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const p of pages) matcher.scan(p);
const total = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
writeFileSync('/tmp/scan.cpuprofile', JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const node = byId.get(profile.samples[i]!)!;
  self.set(key(node), (self.get(key(node)) ?? 0) + ms);
  // A function counted once per sample however deep it recurses.
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(7)} ${k}`);
console.log(`${pages.length} pages x ${ROUNDS}: ${total.toFixed(0)} ms (wall clock)`);
console.log('--- self (ms)', ...top(self, 30).map((l) => `\n${l}`));
console.log('--- inclusive (ms)', ...top(inclusive, 40).map((l) => `\n${l}`));
