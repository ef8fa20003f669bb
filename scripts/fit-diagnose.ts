/**
 * npx tsx scripts/fit-diagnose.ts [other case folder]
 *
 * How the decision fit responds to its weighting and its pull towards the prior, on training data
 * only: the examples are built once (scored by the shipped model), then each weighting of the cases
 * and each pull is fitted on the train folder, and on the other folder when given (the same cases
 * and more), and scored out of fold (fit-cv-cases.ts: folds of stories and of train pages). Prints,
 * per setting and folder: the bias, the thresholds the page and precision rules would read off the
 * out-of-fold probabilities, the out-of-fold F1 of the train folder's stories there and at fixed
 * thresholds, and how far the weights moved between the two folders.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { F, FEATURES, FEATURE_COUNT, SHIPPED_MODEL } from '@/utils/core/matching/model';
import { parseVerifiedClaims } from './lib/checkthat-format';
import { caseExamples, caseFiles, checkthatExamples, CHECKTHAT, loadPages, pageExamples, splitPages, TRAIN_CASES, type CaseExample } from './lib/fit-data';
import { fitSigned, type Example } from './lib/logistic';
import { outOfFold, type CaseHit, type PageExample } from './lib/fit-cv-cases';
import { caseWeights, CASE_WEIGHTINGS, type CaseWeighting } from './lib/fit-weights';
import { priorWeights, weightSigns } from './lib/model-prior';

const DECISION_UNUSED = [F.claimBm25, F.bestDocBm25, F.sharedPairs];
const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const LAMBDAS = (process.env.MX_LAMBDAS ?? '1,5,20').split(',').map(Number);
const WEIGHTINGS = (process.env.MX_WEIGHTINGS?.split(',') ?? CASE_WEIGHTINGS) as CaseWeighting[];

const claims = parseVerifiedClaims(readFileSync(join(CHECKTHAT, 'verified_claims.docs.tsv'), 'utf8'));
const t0 = performance.now();
const checkthat = ClaimMatcher.build(claims, { model: SHIPPED_MODEL });
const tweets = checkthatExamples(checkthat, ['train', 'dev']);
const pages = loadPages(splitPages('train'));
const pageNeg = pageExamples(checkthat, pages, 1);
for (const e of pageNeg) e.weight = tweets.length / pageNeg.length;
const build = (c: Parameters<typeof ClaimMatcher.build>[0]) => ClaimMatcher.build(c, { model: SHIPPED_MODEL });
const folders = [TRAIN_CASES, ...process.argv.slice(2)];
const sets = folders.map((dir) => caseExamples(caseFiles(dir), build, 1));
const baseStories = new Set(sets[0]!.examples.map((c) => c.story));
console.log(`examples built in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${tweets.length} tweet pairs, ${pageNeg.length} page pairs, cases ${sets.map((s) => s.examples.length).join(' / ')}`);

const prob = (w: Float64Array, x: Float64Array) => {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
};

function summary(hits: CaseHit[], missed: string[], pageProbs: number[], stories: Set<string>) {
  const own = hits.filter((h) => stories.has(h.story));
  const stated = own.filter((h) => h.ok).length + missed.filter((m) => stories.has(m)).length;
  const at = (t: number, xs = own) => {
    const kept = xs.filter((h) => h.p >= t);
    const tp = kept.filter((h) => h.ok).length;
    return { tp, fp: kept.length - tp, p: kept.length ? tp / kept.length : 1, f1: (2 * tp) / (stated + kept.length) };
  };
  const perPage = (t: number) => pageProbs.filter((p) => p >= t).length / pages.length;
  const possible = GRID.find((t) => perPage(t) <= 0.1) ?? 0.99;
  let highlight = 0.99;
  for (const t of GRID) if (t >= 0.5 && perPage(t) <= 0.01 && at(t, hits).p >= 0.95 && at(t, hits).f1 >= at(highlight, hits).f1) highlight = t;
  const f = (t: number) => `${at(t).f1.toFixed(3)} (TP ${at(t).tp} FP ${at(t).fp})`;
  const all = (t: number) => `P ${at(t, hits).p.toFixed(3)} FP ${at(t, hits).fp}`;
  return `page rules: possible ${possible} (all cases ${all(possible)}) highlight ${highlight}; base stories F1 at it ${f(highlight)}, at 0.84 ${f(0.84)}, at 0.88 ${f(0.88)}`;
}

for (const weighting of WEIGHTINGS) {
  for (const lambda of LAMBDAS) {
    const fit = (examples: Example[]) => fitSigned(examples, FEATURE_COUNT, lambda, priorWeights(), weightSigns(), DECISION_UNUSED);
    const full: Float64Array[] = [];
    sets.forEach((set, k) => {
      const cases: CaseExample[] = set.examples.map((e) => ({ ...e }));
      caseWeights(cases, tweets.length, weighting);
      const w = fit([...tweets, ...cases, ...pageNeg]);
      full.push(w);
      const { hits, foldWeights } = outOfFold(cases, pageNeg as PageExample[], tweets, fit);
      const pageProbs = (pageNeg as PageExample[]).map((e) => prob(foldWeights[e.page % foldWeights.length]!, e.x));
      const caseTotal = cases.reduce((a, c) => a + c.weight, 0) / tweets.length;
      console.log(`${weighting} lambda ${lambda} ${folders[k]}: bias ${w[0]!.toFixed(3)}, cases weigh ${caseTotal.toFixed(2)} x the tweets; ${summary(hits, set.missed, pageProbs, baseStories)}`);
    });
    if (full.length > 1) {
      const moved = [...full[0]!.keys()].map((i) => Math.abs(full[1]![i]! - full[0]![i]!));
      const top = [...moved.keys()].sort((a, b) => moved[b]! - moved[a]!).slice(0, 3);
      console.log(`  moved: largest ${top.map((i) => `${FEATURES[i]} ${moved[i]!.toFixed(2)}`).join(', ')}; sum ${moved.reduce((a, b) => a + b, 0).toFixed(2)}`);
    }
  }
}
