/**
 * Import benchmark: builds a Recoupe JSON file with 100,000 versions, then parses, plans and applies
 * it into fake-indexeddb, and prints the timings. Prints figures; asserts nothing.
 *   npx tsx scripts/bench-import.ts [versions]
 */
import '@/scripts/lib/node-language-data';
import 'fake-indexeddb/auto';
import { openDb } from '@/utils/store/db';
import { benchLibrary } from './lib/bench-library';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';

const VERSIONS = Number(process.argv[2] ?? 100_000);
const build = () => benchLibrary(VERSIONS);

/** Wall time and CPU time: on a shared, loaded machine the wall time also counts waiting for a CPU. */
async function time<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  const wall = ((performance.now() - start) / 1000).toFixed(2).padStart(7);
  const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(2).padStart(7);
  console.log(`${label.padEnd(30)} wall ${wall} s   cpu ${cpuSeconds} s`);
  return value;
}

async function main(): Promise<void> {
  const started = performance.now();
  const data = await time('generate records', build);
  const text = await time('export Recoupe JSON', () => exportRecoupeJson({ ...data, annotations: [] }, { pretty: false }));
  console.log(`file: ${(text.length / 1024 / 1024).toFixed(1)} MiB, ${data.claims.length} claims, ${data.versions.length} versions, ${data.outlets.length} outlets`);
  const importStart = performance.now();
  const importCpu = process.cpuUsage();
  const parsed = await time('parse (checks, validation)', () => parseImport(text, { fileName: 'bench.json' }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const db = openDb('bench-import');
  const plan = await time('plan (compare with empty db)', () => planImport(db, parsed.value));
  let lastReport = 0;
  const result = await time('apply (one transaction)', () =>
    applyImport(db, plan, {
      onProgress: (done, total) => {
        if (done - lastReport >= 25_000 || done === total) {
          lastReport = done;
          process.stdout.write(`  progress ${done}/${total}\n`);
        }
      },
    }),
  );
  const cpu = process.cpuUsage(importCpu);
  console.log(`import total (parse+plan+apply): wall ${((performance.now() - importStart) / 1000).toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  console.log('written:', JSON.stringify(result));
  const again = await time('plan again (all duplicates)', () => planImport(db, parsed.value));
  console.log('second plan counts:', JSON.stringify(again.counts.versions));
  console.log(`whole run: ${((performance.now() - started) / 1000).toFixed(2)} s; heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  db.close();
}

void main();
