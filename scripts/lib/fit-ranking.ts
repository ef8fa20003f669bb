/**
 * Listwise ranking fit (a conditional logit): per query, the probability that
 * candidate i is the relevant one is softmax(w . x_i) over the query's
 * candidates; the fit maximises the log of the relevant candidates' total
 * probability, with an L2 penalty pulling w towards `prior`, by Newton's
 * method. Deterministic, no dependency. The bias cancels out of a softmax, so
 * the first feature's weight is left at zero.
 */
import { newtonStep } from './logistic';

export interface RankQuery {
  /** Candidates' feature vectors. */
  xs: Float64Array[];
  /** Indexes in xs of the relevant candidates (at least one). */
  relevant: number[];
  weight: number;
}

/** Weights in `unused` (and the first) stay at zero: a feature set chosen by cross-validation (scripts/cv-ranking.ts). */
export function fitRanking(queries: RankQuery[], dims: number, lambda: number, prior: Float64Array, iterations = 40, unused: readonly number[] = [], start: Float64Array = prior): Float64Array {
  const fixed = [0, ...unused];
  let w: Float64Array = Float64Array.from(start);
  for (const i of fixed) w[i] = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(dims);
    const hess = Array.from({ length: dims }, () => new Float64Array(dims));
    for (const q of queries) accumulate(q, w, dims, grad, hess);
    const step = newtonStep(w, grad, hess, lambda, prior, fixed, (v) => objective(queries, v, lambda, prior));
    w = step.w;
    // The weights ship rounded to 4 decimals.
    if (step.moved < 1e-5) break;
  }
  return w;
}

function softmax(q: RankQuery, w: Float64Array): Float64Array {
  const s = q.xs.map((x) => dot(w, x));
  const top = Math.max(...s);
  const e = Float64Array.from(s, (v) => Math.exp(v - top));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

const dot = (w: Float64Array, x: Float64Array) => {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * x[i]!;
  return s;
};

/**
 * Gradient and Hessian of -log sum_{r relevant} p_r. With p the softmax and
 * p' the softmax restricted to the relevant candidates: gradient
 * E_p[x] - E_p'[x]; Hessian Cov_p[x] - Cov_p'[x] (psd up to the second term,
 * which is zero for a single relevant candidate).
 */
function accumulate(q: RankQuery, w: Float64Array, dims: number, grad: Float64Array, hess: Float64Array[]): void {
  const p = softmax(q, w);
  const rel = new Float64Array(p.length);
  let relZ = 0;
  for (const r of q.relevant) relZ += p[r]!;
  for (const r of q.relevant) rel[r] = p[r]! / relZ;
  for (const [probs, sign] of [[p, 1], [rel, -1]] as const) {
    const mean = new Float64Array(dims);
    q.xs.forEach((x, i) => {
      if (probs[i]! === 0) return;
      for (let a = 0; a < dims; a++) mean[a]! += probs[i]! * x[a]!;
    });
    for (let a = 0; a < dims; a++) grad[a]! += sign * q.weight * mean[a]!;
    if (sign < 0 && q.relevant.length === 1) continue;
    q.xs.forEach((x, i) => {
      const pi = probs[i]!;
      // The Hessian only steers the step (the gradient and the halving read every
      // candidate, so the optimum is the same): a candidate the softmax all but
      // rules out, as most of 500 are from a start that orders by the decision logit, is skipped.
      if (pi < 1e-5) return;
      for (let a = 0; a < dims; a++) {
        const da = x[a]! - mean[a]!;
        if (da === 0) continue;
        const row = hess[a]!;
        for (let b = 0; b < dims; b++) row[b]! += sign * q.weight * pi * da * (x[b]! - mean[b]!);
      }
    });
  }
}

function objective(queries: RankQuery[], w: Float64Array, lambda: number, prior: Float64Array): number {
  let total = 0;
  for (const q of queries) {
    const p = softmax(q, w);
    let r = 0;
    for (const i of q.relevant) r += p[i]!;
    total -= q.weight * Math.log(Math.max(r, 1e-300));
  }
  for (let i = 1; i < w.length; i++) total += (lambda / 2) * (w[i]! - prior[i]!) ** 2;
  return total;
}
