/**
 * npm run cv-ranking [-- --folds 5 --lambdas 0.3,1,3 --depths 200,500 --sets all,shipped]
 *
 * Chooses the ranking's settings (which ranking features, the pull towards
 * zero, how many candidates are re-ranked) by cross-validation on CheckThat!
 * 2020 train and dev only: the tweets are cut into folds (every k-th tweet
 * in file order), the listwise fit (scripts/lib/fit-ranking.ts) is made on
 * all folds but one (each tweet's first `--keep` candidates by the decision
 * model and its claim) and measured on all candidates of the held-out one, and the MAP@5 and P@1 of every
 * tweet when it was held out are printed per setting. A tweet whose claim is
 * not among the candidates counts as a miss. The test split is never read.
 *
 * The decision model stays the shipped one (its relLogit and decision
 * features are ranking features): it was fitted on these tweets too, as the
 * shipped ranking's input always is, so the figures of all settings share
 * that optimism, and the comparison between settings is what counts.
 * `npm run fit` reads the chosen settings from RANKING in scripts/fit-model.ts.
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { Model, SHIPPED_MODEL } from '@/utils/core/matching/model';
import { RANK_FEATURES, RANK_FEATURE_COUNT, type RankFeatureName } from '@/utils/core/matching/model';
import { parseVerifiedClaims } from './lib/checkthat-format';
import { checkthatRankLists, CHECKTHAT, rankStart, RANK_TRAIN_CANDIDATES, trainingList } from './lib/fit-data';
import { fitRanking, type RankQuery } from './lib/fit-ranking';
import { RANK_FEATURE_SETS } from './lib/rank-feature-sets';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const FOLDS = Number(arg('folds', '5'));
const LAMBDAS = arg('lambdas', '0.3,1,3,10').split(',').map(Number);
const DEPTHS = arg('depths', '500').split(',').map(Number);
const SETS = arg('sets', Object.keys(RANK_FEATURE_SETS).join(',')).split(',');
const KEEP = Number(arg('keep', String(RANK_TRAIN_CANDIDATES)));

type List = RankQuery & { id: string };

/** AP@5 and P@1 of one held-out tweet under weights w. */
function measure(q: List, w: Float64Array): { ap: number; p1: number } {
  if (q.relevant.length === 0) return { ap: 0, p1: 0 };
  const scores = q.xs.map((x) => {
    let s = 0;
    for (let i = 0; i < RANK_FEATURE_COUNT; i++) s += w[i]! * x[i]!;
    return s;
  });
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const relevant = new Set(q.relevant);
  let hits = 0;
  let sum = 0;
  order.slice(0, 5).forEach((i, place) => {
    if (!relevant.has(i)) return;
    hits++;
    sum += hits / (place + 1);
  });
  return { ap: sum / Math.min(relevant.size, 5), p1: relevant.has(order[0]!) ? 1 : 0 };
}

function crossValidate(lists: List[], lambda: number, unused: number[]): { map5: number; p1: number } {
  let ap = 0;
  let p1 = 0;
  for (let f = 0; f < FOLDS; f++) {
    const train = lists.filter((q, i) => i % FOLDS !== f && q.relevant.length > 0).map((q) => trainingList(q, KEEP));
    const w = fitRanking(train, RANK_FEATURE_COUNT, lambda, new Float64Array(RANK_FEATURE_COUNT), 40, unused, rankStart());
    lists.forEach((q, i) => {
      if (i % FOLDS !== f) return;
      const m = measure(q, w);
      ap += m.ap;
      p1 += m.p1;
    });
  }
  return { map5: ap / lists.length, p1: p1 / lists.length };
}

function unusedOf(set: string): number[] {
  const used = RANK_FEATURE_SETS[set];
  if (!used) throw new Error(`unknown feature set ${set} (known: ${Object.keys(RANK_FEATURE_SETS).join(', ')})`);
  const keep = new Set<RankFeatureName>(used);
  return RANK_FEATURES.flatMap((name, i) => (keep.has(name) ? [] : [i]));
}

function main() {
  const claims = parseVerifiedClaims(readFileSync(join(CHECKTHAT, 'verified_claims.docs.tsv'), 'utf8'));
  // Candidates in the decision model's order, as npm run fit sees them: not the shipped ranking's.
  const matcher = ClaimMatcher.build(claims, { model: new Model({ ...SHIPPED_MODEL.file, rank: undefined }) });
  console.log(`${FOLDS}-fold cross-validation on ${CHECKTHAT} train and dev; MAP@5 and P@1 of each tweet when held out`);
  for (const depth of DEPTHS) {
    const t0 = performance.now();
    const lists = checkthatRankLists(matcher, ['train', 'dev'], depth);
    const found = lists.filter((q) => q.relevant.length > 0).length;
    console.log(`depth ${depth}: ${lists.length} tweets, ${found} with their claim among the candidates (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const set of SETS) {
      for (const lambda of LAMBDAS) {
        const m = crossValidate(lists, lambda, unusedOf(set));
        console.log(`  ${set.padEnd(22)} lambda ${String(lambda).padEnd(5)} MAP@5 ${m.map5.toFixed(4)}  P@1 ${m.p1.toFixed(4)}`);
      }
    }
  }
}

main();
