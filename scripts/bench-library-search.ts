/**
 * Seeds 100,000 versions (10,000 claims, 200 outlets, 2,000 annotations) in fake-indexeddb and prints how
 * long a search plus its first page take. Prints figures only: `npx tsx scripts/bench-library-search.ts`.
 * (Not a *.test.ts file, so the unit suite does not run it.)
 */
import '@/scripts/lib/node-language-data';
import 'fake-indexeddb/auto';
import { openDb } from '@/utils/store/db';
import { queryClaims, type LibraryQuery } from '@/utils/store/library-query';
import { annotation, claim, outlet, version } from '../tests/unit/library/library-fixtures';

const CLAIMS = 10_000;
const VERSIONS = 100_000;
const WORDS = ['soldats', 'missiles', 'frontière', 'ministère', 'élections', 'inflation', 'récolte', 'sanctions', 'drones', 'réfugiés'];
const FILLER = 'selon le communiqué publié mardi par les autorités qui ont précisé que la situation restait tendue dans la région';
/** Spreads the words so that each pair of them occurs together in some texts. */
const pick = (i: number, n: number) => WORDS[Math.floor(i / 10 ** n) % WORDS.length];

async function main() {
  const db = openDb('bench-library');
  let t = performance.now();
  await db.outlets.bulkPut(Array.from({ length: 200 }, (_, i) => outlet(`o${i}`, `Outlet ${i}`)));
  await db.claims.bulkPut(
    Array.from({ length: CLAIMS }, (_, i) =>
      claim(`c${i}`, {
        statement: { fr: `Affirmation ${i} sur les ${pick(i, 0)} et les ${pick(i, 1)}` },
        status: (['confirmed', 'unverified', 'false'] as const)[i % 3],
        tags: [`tag${i % 50}`],
        updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      }),
    ),
  );
  for (let start = 0; start < VERSIONS; start += 10_000) {
    await db.versions.bulkPut(
      Array.from({ length: 10_000 }, (_, k) => {
        const i = start + k;
        return version(`v${i}`, `c${i % CLAIMS}`, {
          outletId: `o${i % 200}`,
          lang: Math.floor(i / 200) % 4 ? 'fr' : 'en',
          publishedAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          quote: `${FILLER} ${pick(i, 0)} ${pick(i, 2)} numéro${i}`,
        });
      }),
    );
  }
  await db.annotations.bulkPut(Array.from({ length: 2000 }, (_, i) => annotation(`a${i}`, `c${i * 5}`, { note: `Vérifié ${pick(i, 1)}` })));
  console.log(`seeded ${VERSIONS} versions, ${CLAIMS} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const cases: [string, LibraryQuery][] = [
    ['search "numéro42424" (one version)', { text: 'numéro42424' }],
    ['search "frontiere sanctions" (two words, accents folded)', { text: 'frontiere sanctions' }],
    ['search prefix "missi"', { text: 'missi' }],
    ['search "selon" (in every version)', { text: 'selon' }],
    ['filter outlet o7 + lang en', { outletId: 'o7', lang: 'en' }],
    ['filter dates 2024-03 + has annotations', { from: '2024-03-01', to: '2024-03-31', hasAnnotations: true }],
    ['no filter, page 50', { offset: 2450 }],
  ];
  for (const [label, q] of cases) {
    await queryClaims(db, { ...q, limit: 50 }); // warm-up
    const runs: number[] = [];
    let total = 0;
    for (let r = 0; r < 5; r++) {
      t = performance.now();
      total = (await queryClaims(db, { ...q, limit: 50 })).total;
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    console.log(`${label}: ${total} claims, median ${runs[2].toFixed(0)} ms (first page of 50, fake-indexeddb, node ${process.version})`);
  }
}

void main();
