// Prints the closing line CI reads: "N passed, N failed", from Vitest's JSON reports and the check steps.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const [name, file] of [
  ['unit tests', '.ci/out/unit.json'],
  ['end-to-end tests, Chromium', '.ci/out/e2e.json'],
  ['end-to-end tests, Firefox ESR', '.ci/out/e2e-firefox.json'],
]) {
  if (!existsSync(file)) {
    console.log(`${name}: no report (the runner crashed)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const p = r.numPassedTests ?? 0;
  const f = (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && !r.numFailedTests ? 1 : 0);
  console.log(`${name}: ${p} passed, ${r.numFailedTests ?? 0} failed, ${r.numPendingTests ?? 0} skipped`);
  passed += p;
  failed += f;
}
const steps = existsSync('.ci/out/steps.txt') ? readFileSync('.ci/out/steps.txt', 'utf8').trim().split('\n').filter(Boolean) : [];
for (const s of steps) {
  if (s.startsWith('pass ')) passed++;
  else failed++;
}
console.log(steps.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
