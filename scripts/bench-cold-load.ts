/**
 * CPU of a cold start on the stored index, in Node: a fresh process decodes the stored columns of the
 * 100,000-version bench index (blob-columns.ts, as a restarted worker does), makes the index and scans
 * the first demo seed, each step timed in CPU milliseconds. Cold means a new process per run, so run
 * it several times, alternately with another checkout (the browser bench, bench-index-browser.ts,
 * measures the whole path; this isolates the worker's own CPU from IndexedDB and the machine's load).
 * Prints one JSON line; asserts nothing.
 *
 *   npx tsx scripts/bench-cold-load.ts write FILE   (once: builds the index and stores its serialised form)
 *   npx tsx scripts/bench-cold-load.ts FILE         (each run)
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { deserialiseIndex, serialiseIndex, type SerialisedIndex } from '@/utils/core/matching/serialise-index';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { fromColumns, toColumns } from '@/utils/store/blob-columns';
import { loadDatabases } from './bench';

const SEED = '../shared/seeds/000_c76f77202779f529.txt';
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === 'write') {
    writeFileSync(second!, v8.serialize(serialiseIndex(ClaimMatcher.build(loadDatabases().get(100_000)!).claimIndex)));
    return;
  }
  const serialised = v8.deserialize(readFileSync(first!)) as SerialisedIndex;
  const blocks = readFileSync(SEED, 'utf8').split(/\n\s*\n/).filter((b) => b.trim());
  // The languages' data loaded first, as the worker's load check does before the scan.
  analyseText('Les phoques gris sont revenus sur la côte, selon le ministère.', 'fr');
  analyseText('Grey seals came back to the coast, the ministry said.', 'en');
  const stored = toColumns({ index: serialised });
  let c = cpu();
  const parts = await fromColumns<{ index: SerialisedIndex }>(stored, new Set(['unitStems', 'unitEntities']));
  const columns = cpu() - c;
  c = cpu();
  const matcher = ClaimMatcher.fromIndex(deserialiseIndex(parts.index));
  const index = cpu() - c;
  c = cpu();
  const spans = blocks.flatMap((b) => matcher.matchSpans(b, { lang: 'fr' }));
  const scan = cpu() - c;
  console.log(JSON.stringify({ columnsMs: Math.round(columns), indexMs: Math.round(index), firstScanMs: Math.round(scan), spans: spans.length }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
