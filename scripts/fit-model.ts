/**
 * npm run fit
 *
 * Fits the matcher's model (utils/core/matching/model.ts) and writes
 * utils/core/matching/model-weights.json, and beside it model-fit.json (the
 * data it was fitted on, how the thresholds were chosen). Training data only: CheckThat!
 * 2020 train and dev, the claim-match-cases files of
 * tests/fixtures/matching/train/, and, as negatives, the train half of the
 * readability pages (tests/fixtures/matching/readability-split.json) scanned
 * against the CheckThat! claims and against a few of their own sentences as claims
 * (samePageExamples). Never seed-cases.json, never the CheckThat!
 * test split, never the held-out pages. Deterministic: same data, same weights.
 *
 * The examples depend on the model (each claim is represented by its best
 * document), so fitting alternates: score with the current weights, fit,
 * rescore. The two thresholds are then read off the training data.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { F, FEATURES, FEATURE_COUNT, Model, RANK_FEATURES, RANK_FEATURE_COUNT, SHIPPED_MODEL, type ModelWeights } from '@/utils/core/matching/model';
import { fitRanking } from './lib/fit-ranking';
import { RANK_FEATURE_SETS } from './lib/rank-feature-sets';
import { parseVerifiedClaims } from './lib/checkthat-format';
import { caseExamples, caseFiles, caseStory, checkthatExamples, checkthatRankQueries, CHECKTHAT, rankStart, loadPages, pageExamples, samePageExamples, splitPages, SPLIT_FILE, TRAIN_CASES } from './lib/fit-data';
import { fitSigned, logLoss, type Example } from './lib/logistic';
import { pickThresholds } from './lib/fit-thresholds';
import { outOfFold, storyReport, THRESHOLD_FOLDS, type PageExample } from './lib/fit-cv-cases';
import { priorWeights, weightSigns } from './lib/model-prior';
import { caseWeights, type CaseWeighting } from './lib/fit-weights';

const OUT = process.env.MX_OUT ?? 'utils/core/matching/model-weights.json';
const FIT_OUT = OUT.endsWith('model-weights.json') ? OUT.replace(/model-weights\.json$/, 'model-fit.json') : OUT.replace(/\.json$/, '') + '.fit.json';
const ROUNDS = 3;
const ROUND_HIGHLIGHT = 0.8;
/** Pull towards the prior (scripts/lib/model-prior.ts), chosen by
 *  leave-one-case-file-out cross-validation on the training cases. */
const LAMBDA = Number(process.env.MX_LAMBDA ?? 5);
/** How the cases weigh against the tweets (scripts/lib/fit-weights.ts). */
const WEIGHTING = (process.env.MX_WEIGHTING ?? 'share') as CaseWeighting;
/** How much each CheckThat! tweet pair weighs (MX_TWEETS, for comparing fits). */
const TWEET_WEIGHT = Number(process.env.MX_TWEETS ?? 1);
/** How much the train pages' sentences weigh together, in tweets (MX_PAGES, for comparing fits). */
const PAGE_SHARE = Number(process.env.MX_PAGES ?? 1);
/** How much the train pages' sentences against their own sentences as claims (samePageExamples) weigh together, in tweets (0: not used). */
const SAME_PAGE = Number(process.env.MX_SAME_PAGE ?? 0);
const SAME_PAGE_CLAIMS = 5;
/** Features for the order only: the decision model leaves them at zero (MX_DECISION_LEXICAL=1 lets it use them). */
const DECISION_UNUSED = process.env.MX_DECISION_LEXICAL === '1' ? [] : [F.claimBm25, F.bestDocBm25, F.sharedPairs];
/** The ranking's feature set (scripts/lib/rank-feature-sets.ts) and pull of its weights towards zero,
 *  chosen by cross-validation on train and dev (npm run cv-ranking). */
const RANKING = { set: 'all', lambda: 1 };

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

function main() {
  const t0 = performance.now();
  const claims = parseVerifiedClaims(readFileSync(join(CHECKTHAT, 'verified_claims.docs.tsv'), 'utf8'));
  // MX_EXCLUDE (a regular expression on file names) leaves case files out, to compare training sets.
  const exclude = process.env.MX_EXCLUDE ? new RegExp(process.env.MX_EXCLUDE) : undefined;
  const files = caseFiles()
    .filter((f) => !exclude?.test(f.name))
    .map((f) => (exclude ? { ...f, file: { ...f.file, cases: f.file.cases.filter((k) => !exclude.test(caseStory(f.name, k.id))) } } : f));
  const pages = loadPages(splitPages('train'));
  // Nothing from the shipped file: the fit must not depend on the previous one.
  // While fitting, a highlight (which explains words away for other claims) is at ROUND_HIGHLIGHT.
  let weights: ModelWeights = { features: [...FEATURES], weights: [...priorWeights()], highlightProbability: ROUND_HIGHLIGHT, possibleProbability: ROUND_HIGHLIGHT };
  let model = new Model(weights);
  let last: { cases: ReturnType<typeof caseExamples>; pages: PageExample[]; others: Example[] } | undefined;
  for (let round = 1; round <= ROUNDS; round++) {
    const checkthat = ClaimMatcher.build(claims, { model });
    const tweets = checkthatExamples(checkthat, ['train', 'dev']);
    const build = (c: Parameters<typeof ClaimMatcher.build>[0]) => ClaimMatcher.build(c, { model });
    // The page sentences weigh as much as the tweets in total; the cases, few but closest to a
    // scan, as WEIGHTING says.
    const caseSet = caseExamples(files, build, 1);
    const cases = caseSet.examples;
    const pageNeg = pageExamples(checkthat, pages, 1);
    // The same pages against a few of their own sentences as claims: near misses of one topic,
    // weighing SAME_PAGE times the tweets in total.
    const samePage = SAME_PAGE > 0 ? samePageExamples(pages, SAME_PAGE_CLAIMS, build, 1) : [];
    caseWeights(cases, tweets.length, WEIGHTING);
    for (const e of pageNeg) e.weight = (PAGE_SHARE * tweets.length) / Math.max(1, pageNeg.length);
    for (const e of samePage) e.weight = (SAME_PAGE * tweets.length) / Math.max(1, samePage.length);
    pageNeg.push(...samePage);
    for (const e of tweets) e.weight = TWEET_WEIGHT;
    const examples = [...tweets, ...cases, ...pageNeg];
    const w = fitSigned(examples, FEATURE_COUNT, LAMBDA, priorWeights(), weightSigns(), DECISION_UNUSED);
    last = { cases: caseSet, pages: pageNeg, others: tweets };
    const positives = (xs: { y: number }[]) => xs.filter((e) => e.y).length;
    console.log(
      `round ${round}: ${tweets.length} tweet pairs (${positives(tweets)} relevant), ${cases.length} case pairs (${positives(cases)} stated), ` +
        `${pageNeg.length} page negatives; log loss ${logLoss(examples, w).toFixed(4)}`,
    );
    weights = { ...weights, features: [...FEATURES], weights: [...w].map(r4) };
    model = new Model(weights);
  }
  // The last round's examples, each fold of stories scored by a fit without it.
  const fitFold = (examples: Example[]) => fitSigned(examples, FEATURE_COUNT, LAMBDA, priorWeights(), weightSigns(), DECISION_UNUSED);
  if (process.env.MX_QUICK === '1') {
    // Weights only, with the shipped thresholds, to compare fits at equal FP (scripts/scan-curve.ts): no folds, no page scans.
    writeFileSync(OUT, JSON.stringify({ ...SHIPPED_MODEL.file, features: weights.features, weights: weights.weights }, null, 1) + '\n');
    console.log(FEATURES.map((f, i) => `${f} ${weights.weights[i]}`).join(', '));
    return;
  }
  const { hits: caseHits, foldWeights } = outOfFold(last!.cases.examples, last!.pages, last!.others, fitFold);
  const thresholds = pickThresholds(model, caseHits, last!.cases.missed, pages, claims, foldWeights);
  // The order: fitted on the same tweets, with the decision model now fixed (relLogit reads it).
  const rankQueries = checkthatRankQueries(ClaimMatcher.build(claims, { model }), ['train', 'dev']);
  const unused = RANK_FEATURES.flatMap((name, i) => (RANK_FEATURE_SETS[RANKING.set]!.includes(name) ? [] : [i]));
  const rankW = fitRanking(rankQueries, RANK_FEATURE_COUNT, RANKING.lambda, new Float64Array(RANK_FEATURE_COUNT), 40, unused, rankStart());
  console.log(`ranking: ${rankQueries.length} tweets with their claim among the candidates`);
  // What the weights were fitted on, and how the thresholds were chosen, go beside them in their own
  // file: the background bundles the weights, and every byte of it is read at each worker start.
  const fit = {
    about: `How ${OUT} was fitted: logistic regression over the matcher features (utils/core/matching/model.ts), written by \`npm run fit\` (scripts/fit-model.ts). Do not edit by hand.`,
    fittedOn: {
      checkthat: `${CHECKTHAT} train and dev splits (tweets against verified_claims.docs.tsv)`,
      rank: `${CHECKTHAT} train and dev splits only (listwise fit of the order, scripts/lib/fit-ranking.ts; features '${RANKING.set}' and pull ${RANKING.lambda} chosen by 5-fold cross-validation on those splits, npm run cv-ranking)`,
      cases: files.map((f) => `${TRAIN_CASES}/${f.name}`),
      negatives: `train half of ${SPLIT_FILE} (${pages.length} pages) against the CheckThat! 2020 claims` +
        (SAME_PAGE > 0 ? `, and each of those pages against ${SAME_PAGE_CLAIMS} of its own sentences as claims (scripts/lib/fit-data.ts samePageExamples, weighing ${SAME_PAGE} times the tweets)` : ''),
      thresholds: `highlight and possible chosen on out-of-fold probabilities of the training cases and the train pages (${THRESHOLD_FOLDS} folds of stories and pages), for libraries of several sizes: the train pages scanned against random draws of that many CheckThat! 2020 claims (scripts/lib/fit-thresholds.ts)`,
      never: '../shared/eval/seed-cases.json, the CheckThat! 2020 test split, the held-out readability pages',
    },
    thresholds: { highlight: thresholds.highlight, possible: thresholds.possible, why: thresholds.why, bySize: thresholds.sizes },
  };
  weights = {
    features: weights.features,
    weights: weights.weights,
    highlightProbability: thresholds.highlight,
    possibleProbability: thresholds.possible,
    bySize: thresholds.bySize,
    rank: { features: [...RANK_FEATURES], weights: [...rankW].map(r4) },
  } as ModelWeights;
  writeFileSync(OUT, JSON.stringify(weights, null, 1) + '\n');
  writeFileSync(FIT_OUT, JSON.stringify(fit, null, 1) + '\n');
  console.log(`thresholds: highlight ${thresholds.highlight}, possible ${thresholds.possible} (${thresholds.why})`);
  console.log(`  ${thresholds.curve}`);
  console.log(`by library size (highlight / possible):\n  ${thresholds.sizes.join('\n  ')}`);
  console.log(`out of fold, per story: ${storyReport(caseHits, last!.cases.missed, thresholds.highlight)}`);
  console.log(FEATURES.map((f, i) => `${f} ${weights.weights[i]}`).join(', '));
  console.log(`wrote ${OUT} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
