/**
 * Prints anchoring pass rates on the readability quote cases, per kind.
 * Run: npx tsx scripts/anchoring-report.ts [--linkedom] [--failures]
 */
import { loadQuoteCases, passRates, runAll } from '../tests/unit/anchoring/readability-corpus';

const started = performance.now();
const parser = process.argv.includes('--linkedom') ? 'linkedom' : 'happy-dom';
console.log(`readability quote cases, pages parsed with ${parser}`);
const results = runAll(loadQuoteCases(), parser);
for (const [kind, r] of Object.entries(passRates(results))) {
  console.log(`${kind.padEnd(16)} ${r.pass}/${r.total}  ${(100 * r.rate).toFixed(1)}%`);
}
const verified = results.filter((r) => r.verified).length;
const methods = results.reduce<Record<string, number>>((acc, r) => ((acc[r.method ?? 'none'] = (acc[r.method ?? 'none'] ?? 0) + 1), acc), {});
console.log(`occurrence checked against the corpus text model: ${verified}/${results.length}`);
console.log(`methods: ${JSON.stringify(methods)}`);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (process.argv.includes('--failures')) {
  for (const r of results.filter((x) => !x.pass)) console.log(`${r.id}: ${r.why}`);
}
