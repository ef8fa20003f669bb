// Prints the closing line CI reads: "N passed, N failed", from Vitest's JSON reports and the check steps.
// Before it, every failed test is named with the first lines of its error, and every end-to-end test that
// passed only on its retry (vitest.config.ts) is named with the error of its first run.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
const notes = [];
const firstLines = (message) => message.split('\n').slice(0, 4).map((l) => `      ${l}`).join('\n');
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
  for (const suite of r.testResults ?? []) {
    const where = relative(process.cwd(), suite.name);
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
      notes.push(`FAILED ${name}: ${where} (the file itself)\n${firstLines(suite.message ?? '')}`);
    }
    for (const t of suite.assertionResults ?? []) {
      const messages = t.failureMessages ?? [];
      if (t.status === 'failed') notes.push(`FAILED ${name}: ${where} > ${t.fullName}\n${firstLines(messages[0] ?? '')}`);
      else if (t.status === 'passed' && messages.length > 0) {
        notes.push(`passed on its retry, ${name}: ${where} > ${t.fullName}\n${firstLines(messages[0])}`);
      }
    }
  }
}
const steps = existsSync('.ci/out/steps.txt') ? readFileSync('.ci/out/steps.txt', 'utf8').trim().split('\n').filter(Boolean) : [];
for (const s of steps) {
  if (s.startsWith('pass ')) passed++;
  else failed++;
}
if (notes.length > 0) console.log(notes.join('\n'));
console.log(steps.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
