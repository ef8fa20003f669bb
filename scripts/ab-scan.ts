/**
 * Scan CPU of this tree against another, both in one process, page by page alternately (the order
 * swapped each round), best of ROUNDS per page: on a shared machine, two runs of the bench minutes
 * apart differ by more than most speed-ups. The other tree is a copy of a commit whose '@/' imports
 * are made absolute, so that its modules are its own:
 *
 *   mkdir /work/ab-base && git archive MAIN_COMMIT | tar -x -C /work/ab-base
 *   cp -al node_modules /work/ab-base/ && cp -a .wxt /work/ab-base/
 *   grep -rl "'@/" --include=*.ts /work/ab-base/utils /work/ab-base/scripts | xargs sed -i "s#'@/#'/work/ab-base/#g"
 *   BASE=/work/ab-base npx tsx scripts/ab-scan.ts [--rounds 5] [--branch-first]
 *
 * Prints each tree's median, 95th percentile and sum of the per-page best CPU times at 100,000
 * versions, and this tree's share of the other's (of those sums, and of all the scans' CPU).
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { loadDatabases } from './bench';
import { extractPageText } from './lib/extract-page-text';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const ROUNDS = Number(arg('--rounds') ?? 5);
const BASE = process.env.BASE;
if (!BASE) throw new Error('BASE: the other tree (see the header)');
process.argv.push('--only', '100000');

type Scanner = { scan(text: string): unknown };
await import(`${BASE}/scripts/lib/node-language-data.ts`);
const base = (await import(`${BASE}/utils/core/matching/index.ts`)) as { ClaimMatcher: { build(claims: IndexClaim[]): Scanner } };

const pageDir = '../shared/corpora/readability/pages';
const pages = readdirSync(pageDir)
  .sort()
  .map((n) => extractPageText(readFileSync(join(pageDir, n, 'source.html'), 'utf8')))
  .filter((t) => t.length > 0);
const claims = loadDatabases().get(100_000)!;
const branchFirst = process.argv.includes('--branch-first');
const build = (tree: 'base' | 'branch'): Scanner => (tree === 'base' ? base.ClaimMatcher.build(claims) : ClaimMatcher.build(claims));
const order: ('base' | 'branch')[] = branchFirst ? ['branch', 'base'] : ['base', 'branch'];
const matchers = { base: undefined as Scanner | undefined, branch: undefined as Scanner | undefined };
for (const tree of order) matchers[tree] = build(tree);
for (const tree of order) for (const p of pages) matchers[tree]!.scan(p);

const best = { base: pages.map(() => Infinity), branch: pages.map(() => Infinity) };
const total = { base: 0, branch: 0 };
for (let r = 0; r < ROUNDS; r++) {
  pages.forEach((p, i) => {
    for (const tree of r % 2 ? [...order].reverse() : order) {
      const start = process.cpuUsage();
      matchers[tree]!.scan(p);
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      total[tree] += ms;
      best[tree][i] = Math.min(best[tree][i]!, ms);
    }
  });
}
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(1), sum: +times.reduce((a, b) => a + b, 0).toFixed(0) };
};
const [b, t] = [stats(best.base), stats(best.branch)];
console.log(JSON.stringify({ first: order[0], rounds: ROUNDS, base: b, branch: t, shareOfBestSums: +(t.sum / b.sum).toFixed(3), shareOfAllCpu: +(total.branch / total.base).toFixed(3) }));
