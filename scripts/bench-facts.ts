/**
 * npx tsx scripts/bench-facts.ts [N]
 *
 * Extracts the facts of N quotes (default 100,000) in Node on one core and prints the time. The
 * quotes are the version quotes of ../shared/eval/seed-cases.json and public/starter-data.json,
 * repeated with their figures changed so that no two are the same string. Then N quotes again, each
 * with the text before it in its article (the starter versions' `context`, at most 2,000 characters),
 * as an import of versions that carry their context extracts them.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { extractFacts } from '@/utils/core/facts/extract';

const n = Number(process.argv[2] ?? 100_000);
const seeds: string[] = [];
const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8'));
for (const v of starter.versions) seeds.push(v.quote);
try {
  const cases = JSON.parse(readFileSync('../shared/eval/seed-cases.json', 'utf8'));
  for (const c of cases.claims) for (const v of c.versions ?? []) seeds.push(v.quote);
} catch {
  console.log('(../shared/eval/seed-cases.json not found: starter quotes only)');
}
const quotes = Array.from({ length: n }, (_, i) => seeds[i % seeds.length]!.replace(/\d+/, (d) => String(Number(d) + Math.floor(i / seeds.length))));
const chars = quotes.reduce((s, q) => s + q.length, 0);

extractFacts(quotes[0]!); // loads the gazetteer once, as the background does at its first extraction

function run(label: string, contexts: (string | undefined)[]): void {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let facts = 0;
  quotes.forEach((q, i) => {
    const context = contexts[i % contexts.length];
    const f = extractFacts(q, { publishedAt: '2024-10-22', ...(context ? { context } : {}) });
    facts += f.figures.length + f.places.length + f.attributions.length + f.dates.length;
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well: on a shared machine the wall-clock time mostly measures the other processes.
  console.log(`${n.toLocaleString('en')} quotes ${label}: ${(ms / 1000).toFixed(2)} s, ${Math.round(n / (ms / 1000)).toLocaleString('en')} quotes/s, ${facts.toLocaleString('en')} facts; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
}

run(`(${seeds.length} distinct seeds, mean ${Math.round(chars / n)} characters), quote only`, [undefined]);
// The starter quotes come first among the seeds: quote i has the context of starter version i.
const contexts: (string | undefined)[] = seeds.map((_, i) => starter.versions[i]?.context);
const given = contexts.filter(Boolean) as string[];
run(`with the text before them (${given.length} of ${seeds.length} seeds have one, mean ${Math.round(given.reduce((s, c) => s + c.length, 0) / given.length)} characters)`, contexts);
