/**
 * The two decision thresholds, read off training data once the weights are
 * fitted: the highlight threshold is the one with the best F1 on the
 * training cases among those at which the train pages get at most
 * HIGHLIGHTS_PER_PAGE false highlights and the training cases keep precision
 * CASE_PRECISION (the highest such threshold on a tie); the possible-match
 * threshold the lowest at which the train pages get at most POSSIBLE_PER_PAGE.
 * The cases' and the pages' probabilities are out of fold (fit-cv-cases.ts):
 * each from a model fitted without its story or page, as what the extension
 * meets is unseen.
 */
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { Model } from '@/utils/core/matching/model';
import { foldOfPage, type CaseHit } from './fit-cv-cases';

/**
 * Half the target of 0.02 per page: 65 train pages measure a rate in steps of 0.015, so one false
 * highlight there (0.015, under the target) says little about the next 65 pages. The threshold must
 * leave the train pages with none.
 */
const HIGHLIGHTS_PER_PAGE = 0.01;
const POSSIBLE_PER_PAGE = 0.1;
const CASE_PRECISION = 0.95;
const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/** `caseHits`: each scored (case, claim) pair; `caseMisses`: stated claims no span was scored against. */
export function pickThresholds(model: Model, caseHits: CaseHit[], caseMisses: number, pages: { text: string }[], claims: IndexClaim[], foldWeights: Float64Array[]) {
  // Scan with everything reported, then count what each threshold would keep: each page by the
  // model of the fold that left it out (fit-cv-cases.ts).
  const openWith = (weights: number[]) => new Model({ ...model.file, weights, highlightProbability: 0.05, possibleProbability: 0.05 });
  const pageProbs: number[] = [];
  foldWeights.forEach((w, f) => {
    const matcher = ClaimMatcher.build(claims, { model: openWith([...w]) });
    pages.forEach((p, i) => {
      if (foldOfPage(i, foldWeights.length) === f) for (const m of matcher.scan(p.text)) pageProbs.push(m.probability);
    });
  });
  const perPage = (t: number) => pageProbs.filter((p) => p >= t).length / pages.length;
  const precision = (t: number) => {
    const kept = caseHits.filter((h) => h.p >= t);
    return kept.length ? kept.filter((h) => h.ok).length / kept.length : 1;
  };
  const stated = caseHits.length ? caseMisses + caseHits.filter((h) => h.ok).length : 0;
  const f1 = (t: number) => {
    const kept = caseHits.filter((h) => h.p >= t);
    const tp = kept.filter((h) => h.ok).length;
    return stated + kept.length === 0 ? 0 : (2 * tp) / (stated + kept.length);
  };
  let highlight = 0.99;
  for (const t of GRID) {
    if (t < 0.5 || perPage(t) > HIGHLIGHTS_PER_PAGE || precision(t) < CASE_PRECISION) continue;
    if (highlight === 0.99 || f1(t) >= f1(highlight)) highlight = t;
  }
  const possible = Math.min(highlight, GRID.find((t) => perPage(t) <= POSSIBLE_PER_PAGE) ?? highlight);
  const why = `train pages: ${perPage(highlight).toFixed(3)} highlights and ${perPage(possible).toFixed(3)} reports per page; training cases precision ${precision(highlight).toFixed(3)}, F1 ${f1(highlight).toFixed(3)}`;
  // What the choice traded: each threshold near it, for the fit's log.
  const curve = GRID.filter((t) => t >= 0.7 && t <= 0.97 && Math.round(t * 100) % 3 === 0)
    .map((t) => `${t.toFixed(2)}: ${perPage(t).toFixed(3)}/page, P ${precision(t).toFixed(3)}, F1 ${f1(t).toFixed(3)}`)
    .join('\n  ');
  return { highlight, possible, why, curve };
}
