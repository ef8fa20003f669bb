/**
 * Weighted L2-regularised logistic regression fitted by Newton's method
 * (iteratively reweighted least squares): deterministic, no dependency, and
 * exact for the few dozen features of the matcher. The penalty pulls each
 * weight towards `prior` (a Gaussian prior centred there), so a feature the
 * training data says little about keeps its prior weight instead of
 * dropping to zero. The bias (feature 0) is not penalised.
 */

export interface Example {
  x: Float64Array;
  y: 0 | 1;
  weight: number;
}

export function fitLogistic(examples: Example[], dims: number, lambda = 1, prior: Float64Array = new Float64Array(dims), iterations = 30, fixed: ReadonlySet<number> = new Set()): Float64Array {
  let w: Float64Array = Float64Array.from(prior);
  for (const i of fixed) w[i] = 0;
  const nonZero = examples.map((e) => Uint8Array.from([...e.x.keys()].filter((i) => e.x[i] !== 0)));
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(dims);
    const hess = Array.from({ length: dims }, () => new Float64Array(dims));
    for (const [k, e] of examples.entries()) {
      let z = 0;
      for (let i = 0; i < dims; i++) z += w[i]! * e.x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = e.weight * (p - e.y);
      const h = e.weight * Math.max(p * (1 - p), 1e-9);
      // Only the features that fire add to the Hessian (most are 0/1 flags, mostly 0): the same
      // sums as the full loop, term for term, in a fraction of the time.
      const on = nonZero[k]!;
      for (const i of on) {
        const xi = e.x[i]!;
        grad[i]! += g * xi;
        const row = hess[i]!;
        for (const j of on) row[j]! += h * xi * e.x[j]!;
      }
    }
    const step = newtonStep(w, grad, hess, lambda, prior, fixed, (v) => objective(examples, v, lambda, prior));
    w = step.w;
    if (step.moved < 1e-7) break;
  }
  return w;
}

/**
 * One damped Newton iteration of a fit penalised towards `prior` (the first
 * feature unpenalised), given the data's gradient and Hessian at `w`: shared
 * by the logistic fit and the ranking fit (fit-ranking.ts). Weights in `fixed`
 * stay where they are. Returns the new weights and the largest move.
 */
export function newtonStep(w: Float64Array, grad: Float64Array, hess: Float64Array[], lambda: number, prior: Float64Array, fixed: Iterable<number>, objectiveOf: (w: Float64Array) => number): { w: Float64Array; moved: number } {
  const dims = w.length;
  for (let i = 1; i < dims; i++) {
    grad[i]! += lambda * (w[i]! - prior[i]!);
    hess[i]![i]! += lambda;
  }
  // Features that never fire leave a zero row: keep the system solvable.
  for (let i = 0; i < dims; i++) hess[i]![i]! += 1e-6;
  // Fixed weights stay put: no gradient, and decoupled from the others.
  for (const i of fixed) {
    grad[i] = 0;
    for (let j = 0; j < dims; j++) hess[i]![j] = hess[j]![i] = i === j ? 1 : 0;
  }
  const step = solve(hess, grad);
  // Newton from far off can overshoot: halve the step until the objective falls.
  const before = objectiveOf(w);
  let scale = 1;
  let next = w.map((v, i) => v - step[i]!);
  for (let k = 0; k < 30 && objectiveOf(next) > before; k++) {
    scale /= 2;
    next = w.map((v, i) => v - scale * step[i]!);
  }
  return { w: next, moved: scale * Math.max(...step.map(Math.abs)) };
}

function objective(examples: Example[], w: Float64Array, lambda: number, prior: Float64Array): number {
  let total = 0;
  for (const e of examples) {
    let z = 0;
    for (let i = 0; i < w.length; i++) z += w[i]! * e.x[i]!;
    // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably.
    const m = e.y ? -z : z;
    total += e.weight * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
  }
  for (let i = 1; i < w.length; i++) total += (lambda / 2) * (w[i]! - prior[i]!) ** 2;
  return total;
}

/** Solves A s = b by Gaussian elimination with partial pivoting (A is small and symmetric positive definite). */
export function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const s = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= m[r]![k]! * s[k]!;
    s[r] = v / m[r]![r]!;
  }
  return s;
}

/**
 * Fit with sign constraints: `signs[i]` 1 (weight at least 0), -1 (at most
 * 0) or 0 (free). A weight fitted with the wrong sign is fixed at zero and
 * the rest refitted, until none is (an active-set method). Features in
 * `unused` stay at zero throughout.
 */
export function fitSigned(examples: Example[], dims: number, lambda: number, prior: Float64Array, signs: ArrayLike<number>, unused: Iterable<number> = []): Float64Array {
  const fixed = new Set<number>(unused);
  for (;;) {
    const w = fitLogistic(examples, dims, lambda, prior.map((v, i) => (fixed.has(i) ? 0 : v)), 30, fixed);
    const wrong = [...w.keys()].filter((i) => !fixed.has(i) && signs[i]! * w[i]! < 0);
    if (wrong.length === 0) return w;
    // The worst offender first: fixing one can set the others right.
    wrong.sort((a, b) => signs[a]! * w[a]! - signs[b]! * w[b]!);
    fixed.add(wrong[0]!);
  }
}

/** Weighted log loss, for the fitting report. */
export function logLoss(examples: Example[], w: Float64Array): number {
  let loss = 0;
  let total = 0;
  for (const e of examples) {
    let z = 0;
    for (let i = 0; i < w.length; i++) z += w[i]! * e.x[i]!;
    const p = Math.min(1 - 1e-12, Math.max(1e-12, 1 / (1 + Math.exp(-z))));
    loss -= e.weight * (e.y ? Math.log(p) : Math.log(1 - p));
    total += e.weight;
  }
  return loss / total;
}
