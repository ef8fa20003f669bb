/**
 * The two decision thresholds, read off training data once the weights are
 * fitted: the highlight threshold is the one with the best F1 on the
 * training cases among those at which the train pages get at most
 * HIGHLIGHTS_PER_PAGE false highlights and the training cases keep precision
 * CASE_PRECISION (the highest such threshold on a tie); the possible-match
 * threshold the lowest at which the train pages get at most POSSIBLE_PER_PAGE.
 * Each rule is applied to resamples of the stories and pages and the threshold
 * is the median of its choices (fit-bootstrap.ts), so that one case or one page
 * sentence does not move it.
 * The highlight threshold is chosen for several library sizes (SIZES): the
 * fewer claims a page is compared with, the fewer its false highlights at one
 * threshold, so a small library can use a lower one; the possible threshold
 * stays the largest library's. The cases' and the pages' probabilities are out of fold (fit-cv-cases.ts):
 * each from a model fitted without its story or page, as what the extension
 * meets is unseen.
 */
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { Model, type LibraryThresholds } from '@/utils/core/matching/model';
import { prng } from './prng';
import { foldOfPage, type CaseHit } from './fit-cv-cases';
import { caseCurves, median, pageRate, pageTables, resamples, storyTables } from './fit-bootstrap';

/**
 * Half the target of 0.02 per page: 65 train pages measure a rate in steps of 0.015, so one false
 * highlight there (0.015, under the target) says little about the next 65 pages. The threshold must
 * leave the train pages with none.
 */
const HIGHLIGHTS_PER_PAGE = 0.01;
const POSSIBLE_PER_PAGE = 0.1;
const CASE_PRECISION = 0.95;
const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/** Library sizes the thresholds are chosen for (the last: every CheckThat! claim), and draws per size. */
const SIZES = [30, 100, 300, 1000, 3000];
const DRAWS = 4;

/** `count` claims drawn without replacement, the same every run. */
function draw(claims: IndexClaim[], count: number, seed: number): IndexClaim[] {
  const next = prng(seed);
  const pool = [...claims];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/**
 * `caseHits`: each scored (case, claim) pair; `caseMisses`: the story of each stated claim no span was scored against.
 * Thresholds for each library size: the train pages are scanned against random draws of that many
 * CheckThat! claims (and against all of them), since fewer claims give a page fewer chances of a
 * false highlight; the cases' precision and F1 do not depend on it (each case file is its own library).
 */
export function pickThresholds(model: Model, caseHits: CaseHit[], caseMisses: string[], pages: { text: string }[], claims: IndexClaim[], foldWeights: Float64Array[]) {
  // Scan with everything reported, then count what each threshold would keep: each page by the
  // model of the fold that left it out (fit-cv-cases.ts). Headlines are scored as in the fit's
  // negatives (fit-data.ts): a scan never reads them, but a page's topic line that shares a
  // fact-check's title is the kind of near miss pages never seen have in other words, so the
  // thresholds keep that margin.
  const openWith = (weights: number[]) => new Model({ ...model.file, bySize: undefined, weights, highlightProbability: 0.05, possibleProbability: 0.05 });
  const pageCounts = (libraries: IndexClaim[][]) => {
    const probs: number[][] = pages.map(() => []);
    for (const library of libraries) {
      foldWeights.forEach((w, f) => {
        const matcher = ClaimMatcher.build(library, { model: openWith([...w]) });
        pages.forEach((p, i) => {
          if (foldOfPage(i, foldWeights.length) === f) for (const m of matcher.scan(p.text, { scoreHeadlines: true })) probs[i]!.push(m.probability);
        });
      });
    }
    return { tables: pageTables(probs, GRID), libraries: libraries.length };
  };
  const G = GRID.length;
  const stories = storyTables(caseHits, caseMisses, GRID);
  const all = { stories: stories.map(() => 1), pages: pages.map(() => 1) };
  const draws = resamples(stories.length, pages.length);
  /** The highlight rule on one sample: the best F1 among the thresholds that keep the page and precision conditions. */
  const chooseHighlight = (cases: ReturnType<typeof caseCurves>, perPage: Float64Array) => {
    let best = -1;
    for (let k = 0; k < G; k++) {
      if (GRID[k]! < 0.5 || perPage[k]! > HIGHLIGHTS_PER_PAGE || cases.precision[k]! < CASE_PRECISION) continue;
      if (best < 0 || cases.f1[k]! >= cases.f1[best]!) best = k;
    }
    return best < 0 ? 0.99 : GRID[best]!;
  };
  const possibleRule = (perPage: Float64Array) => GRID[perPage.findIndex((r) => r <= POSSIBLE_PER_PAGE)] ?? 0.99;
  const curves = draws.map((d) => caseCurves(stories, d.stories, G));
  const sized: { claims: number; highlight: number; perPage: Float64Array; possible: number }[] = [];
  for (const size of [...SIZES.filter((n) => n < claims.length), claims.length]) {
    const counts = pageCounts(size < claims.length ? Array.from({ length: DRAWS }, (_, k) => draw(claims, size, size * 31 + k)) : [claims]);
    const rates = draws.map((d) => pageRate(counts.tables, d.pages, counts.libraries, G));
    // The median of the rule over the resamples (fit-bootstrap.ts); a larger library never gets a lower threshold than a smaller one.
    const highlight = Math.max(median(draws.map((_, j) => chooseHighlight(curves[j]!, rates[j]!))), sized[sized.length - 1]?.highlight ?? 0);
    sized.push({ claims: size, highlight, perPage: pageRate(counts.tables, all.pages, counts.libraries, G), possible: median(rates.map(possibleRule)) });
  }
  const { highlight, perPage: rate } = sized[sized.length - 1]!;
  const perPage = (t: number) => rate[GRID.indexOf(t)]!;
  // The possible threshold is the largest library's, for every size (below its highlight one): a
  // smaller library, with fewer false reports per page at any threshold, would by the page rule list
  // sentences down to even odds, and the reader's popup would offer near misses about another subject
  // ("sanctions against Cuba" for the claim about Sudan, tests/unit/matching/other-languages.test.ts).
  const possible = Math.min(highlight, sized[sized.length - 1]!.possible);
  const bySize: LibraryThresholds[] = sized.map((s) => ({ claims: s.claims, highlightProbability: s.highlight, possibleProbability: Math.min(s.highlight, possible) }));
  const cases = caseCurves(stories, all.stories, G);
  const precision = (t: number) => cases.precision[GRID.indexOf(t)]!;
  const f1 = (t: number) => cases.f1[GRID.indexOf(t)]!;
  const why = `median of the rules over ${draws.length} resamples of the stories and pages; on the data as it is, train pages: ${perPage(highlight).toFixed(3)} highlights and ${perPage(possible).toFixed(3)} reports per page; training cases precision ${precision(highlight).toFixed(3)}, F1 ${f1(highlight).toFixed(3)}`;
  // What the choice traded: each threshold near it, for the fit's log.
  const curve = GRID.filter((t) => t >= 0.7 && t <= 0.97 && Math.round(t * 100) % 3 === 0)
    .map((t) => `${t.toFixed(2)}: ${perPage(t).toFixed(3)}/page, P ${precision(t).toFixed(3)}, F1 ${f1(t).toFixed(3)}`)
    .join('\n  ');
  const sizes = sized.map(
    (s, i) => `${s.claims} claims: ${s.highlight} / ${bySize[i]!.possibleProbability} (${s.perPage[GRID.indexOf(s.highlight)]!.toFixed(3)} highlights per page, cases F1 ${f1(s.highlight).toFixed(3)})`,
  );
  return { highlight, possible, why, curve, sizes, bySize };
}
