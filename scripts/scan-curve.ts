/**
 * npx tsx scripts/scan-curve.ts [WEIGHTS.json]   (VERBOSE=1: per file)
 *
 * The training scan (scripts/eval.ts summed over the case files of tests/fixtures/matching/train/)
 * for any weights file (the shipped one by default), at its own thresholds and at a grid of
 * them, as TP/FP/FN: to compare a refit (MX_OUT=... npm run fit) with the shipped weights at equal
 * false positives without copying it over them. A case finds a claim when the best span of the case
 * for that claim reaches the highlight threshold, which is what a scan reports. Training data only.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { Model, SHIPPED_MODEL, type ModelWeights } from '@/utils/core/matching/model';
import { caseFiles } from './lib/fit-data';
import { claimsFromCaseFile } from './lib/evaluate-cases';

const model = process.argv[2] ? new Model(JSON.parse(readFileSync(process.argv[2], 'utf8')) as ModelWeights) : SHIPPED_MODEL;
const GRID = [0.7, 0.75, 0.78, 0.8, 0.82, 0.84, 0.85, 0.86, 0.88, 0.9, 0.92];
const total = { tp: 0, fp: 0, fn: 0 };
const grid = GRID.map(() => ({ tp: 0, fp: 0, fn: 0 }));
const probability = (z: number | undefined) => (z === undefined ? 0 : 1 / (1 + Math.exp(-z)));
for (const { name, file } of caseFiles()) {
  const matcher = ClaimMatcher.build(claimsFromCaseFile(file), { model });
  const highlight = probability(matcher.model.highlightLogit);
  const own = { tp: 0, fp: 0, fn: 0 };
  for (const k of file.cases) {
    const best = new Map<string, number>();
    for (const s of matcher.scoredSpans(k.text, { lang: k.lang, excludeOutletIds: [k.source] })) best.set(s.claimId, Math.max(best.get(s.claimId) ?? -Infinity, s.logit));
    const optional = new Set(k.optional ?? []);
    for (const id of k.expect) {
      const p = probability(best.get(id));
      if (p >= highlight) own.tp++;
      else own.fn++;
      GRID.forEach((t, i) => (p >= t ? grid[i]!.tp++ : grid[i]!.fn++));
    }
    for (const [id, z] of best) {
      if (k.expect.includes(id) || optional.has(id)) continue;
      const p = probability(z);
      if (p >= highlight) own.fp++;
      GRID.forEach((t, i) => (p >= t ? grid[i]!.fp++ : 0));
    }
  }
  if (process.env.VERBOSE) console.log(`${name} (${file.claims.length} claims, highlight ${highlight.toFixed(2)}) TP ${own.tp} FP ${own.fp} FN ${own.fn}`);
  total.tp += own.tp;
  total.fp += own.fp;
  total.fn += own.fn;
}
console.log(`at the file's thresholds: TP ${total.tp} FP ${total.fp} FN ${total.fn}`);
console.log(`by threshold (TP/FP/FN): ${GRID.map((t, i) => `${t}: ${grid[i]!.tp}/${grid[i]!.fp}/${grid[i]!.fn}`).join('  ')}`);
