/**
 * The order of a free text's candidate claims (suggest, CheckThat!-style
 * ranking): a linear ranking score fitted for the order (scripts/lib/fit-ranking.ts),
 * over the decision features and where each candidate stands against the
 * text's best ones. The decision probability stays the calibrated one: a
 * ranking score says which claim comes first, not whether it is stated.
 */
import { F, FEATURE_COUNT, R, RANK_FEATURE_COUNT, type Model } from './model';
import type { ScoredClaim } from './score-claims';
import type { ClaimIndex } from './claim-index';
import { rankLexical } from './rank-lexical';

/** Ranking feature vectors of a text's candidates, in their order. */
export function rankFeatures(scored: readonly ScoredClaim[], index: ClaimIndex, excluded?: Uint8Array): Float64Array[] {
  let claimBm25 = 1e-9;
  let docBm25 = 1e-9;
  let logit = -Infinity;
  for (const s of scored) {
    claimBm25 = Math.max(claimBm25, s.x[F.claimBm25]!);
    docBm25 = Math.max(docBm25, s.x[F.bestDocBm25]!);
    logit = Math.max(logit, s.logit);
  }
  // Where each candidate stands by claim BM25 among the text's candidates.
  const byBm25 = scored.map((s, i) => i).sort((a, b) => scored[b]!.x[F.claimBm25]! - scored[a]!.x[F.claimBm25]! || a - b);
  const bm25Place = new Int32Array(scored.length);
  byBm25.forEach((i, place) => (bm25Place[i] = place));
  return scored.map((s, i) => {
    const x = new Float64Array(RANK_FEATURE_COUNT);
    const lex = rankLexical(s.q, s.claim, index, excluded);
    x.set(s.x.subarray(0, FEATURE_COUNT));
    x[R.relClaimBm25] = s.x[F.claimBm25]! / claimBm25;
    x[R.relDocBm25] = s.x[F.bestDocBm25]! / docBm25;
    x[R.relLogit] = s.logit - logit;
    x[R.claimShare] = lex.claimShare;
    x[R.textShare] = lex.textShare;
    x[R.statementBm25] = lex.statementBm25;
    x[R.versionBm25] = lex.versionBm25;
    x[R.bm25Place] = 1 / (1 + bm25Place[i]!);
    return x;
  });
}

/** The candidates, best first by the model's ranking score (by decision logit without one); ties by logit. */
export function rankClaims(scored: ScoredClaim[], model: Model, index: ClaimIndex, excluded?: Uint8Array): ScoredClaim[] {
  const w = model.rankW;
  if (!w) return [...scored].sort((a, b) => b.logit - a.logit);
  const xs = rankFeatures(scored, index, excluded);
  const rank = xs.map((x) => {
    let s = 0;
    for (let i = 0; i < RANK_FEATURE_COUNT; i++) s += w[i]! * x[i]!;
    return s;
  });
  return scored
    .map((s, i) => ({ s, r: rank[i]! }))
    .sort((a, b) => b.r - a.r || b.s.logit - a.s.logit)
    .map(({ s }) => s);
}
