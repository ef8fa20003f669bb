/**
 * Training examples for the matcher's model, from training data only:
 * CheckThat! 2020 train and dev (tweet, claim) pairs, the claim-match-cases
 * files of tests/fixtures/matching/train/, and the sentences of the train half
 * of the readability pages against the CheckThat! claims (negatives).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import type { Example } from './logistic';
import type { RankQuery } from './fit-ranking';
import { rankFeatures } from '@/utils/core/matching/rank-claims';
import { R, RANK_FEATURE_COUNT } from '@/utils/core/matching/model';
import { claimsFromCaseFile, type CaseFile } from './evaluate-cases';
import { parseQrels, parseQueries } from './checkthat-format';
import { extractPageText } from './extract-page-text';
import { pageClaims, PAGE_OUTLET } from './page-sentence-claims';

export const CHECKTHAT = '../shared/benchmarks/checkthat-2020';
/** MX_TRAIN_DIR: another folder of case files, to compare training sets without touching this one. */
export const TRAIN_CASES = process.env.MX_TRAIN_DIR ?? 'tests/fixtures/matching/train';
export const SPLIT_FILE = 'tests/fixtures/matching/readability-split.json';
export const PAGES = '../shared/corpora/readability/pages';
/** Candidates per tweet kept as examples (the relevant claim and the best-scored others). */
const TWEET_CANDIDATES = 20;

export function checkthatExamples(matcher: ClaimMatcher, splits: string[]): Example[] {
  const out: Example[] = [];
  for (const split of splits) {
    const queries = parseQueries(readFileSync(join(CHECKTHAT, split, 'tweets.queries.tsv'), 'utf8'));
    const qrels = parseQrels(readFileSync(join(CHECKTHAT, split, 'tweet-vclaim-pairs.qrels'), 'utf8'));
    for (const q of queries) {
      const relevant = qrels.get(q.id) ?? new Set<string>();
      const ranked = matcher.rankedClaims(q.text);
      ranked.forEach((r, i) => {
        const id = matcher.claimId(r.claim);
        const y = relevant.has(id) ? 1 : 0;
        if (i < TWEET_CANDIDATES || y) out.push({ x: r.x, y, weight: 1 });
      });
    }
  }
  return out;
}

/** Per tweet with its relevant claim among the candidates, every candidate's ranking features. */
export function checkthatRankQueries(matcher: ClaimMatcher, splits: string[], depth?: number): RankQuery[] {
  // A tweet whose claim is not a candidate says nothing about the order.
  return checkthatRankLists(matcher, splits, depth).filter((q) => q.relevant.length > 0);
}

/**
 * Candidates per tweet that the ranking fit reads (its claim is always
 * kept): the listwise fit is quadratic in the features per candidate, and
 * the candidates far down the decision model's order weigh nothing in the
 * softmax once the fit is under way.
 */
export const RANK_TRAIN_CANDIDATES = Infinity;

export function trainingList<Q extends RankQuery>(q: Q, keep: number): RankQuery {
  const idx = q.xs.map((_, i) => i).filter((i) => i < keep || q.relevant.includes(i));
  return { xs: idx.map((i) => q.xs[i]!), relevant: idx.flatMap((i, j) => (q.relevant.includes(i) ? [j] : [])), weight: q.weight };
}

/** Where the ranking fit starts: the decision model's order (it ends at the same optimum, sooner). */
export function rankStart(): Float64Array {
  const w = new Float64Array(RANK_FEATURE_COUNT);
  w[R.relLogit] = 1;
  return w;
}

/** Every tweet of the splits, in file order, with its candidates' ranking features (none relevant when its claim is missed). */
export function checkthatRankLists(matcher: ClaimMatcher, splits: string[], depth?: number): (RankQuery & { id: string })[] {
  const out: (RankQuery & { id: string })[] = [];
  for (const split of splits) {
    const queries = parseQueries(readFileSync(join(CHECKTHAT, split, 'tweets.queries.tsv'), 'utf8'));
    const qrels = parseQrels(readFileSync(join(CHECKTHAT, split, 'tweet-vclaim-pairs.qrels'), 'utf8'));
    for (const q of queries) {
      const relevantIds = qrels.get(q.id) ?? new Set<string>();
      const ranked = matcher.rankedClaims(q.text, {}, depth);
      const relevant = ranked.flatMap((r, i) => (relevantIds.has(matcher.claimId(r.claim)) ? [i] : []));
      out.push({ id: `${split}/${q.id}`, xs: rankFeatures(ranked, matcher.claimIndex), relevant, weight: 1 });
    }
  }
  return out;
}

export function caseFiles(dir = TRAIN_CASES): { name: string; file: CaseFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as CaseFile }));
}

/** A case example knows its story: a hand-written file, or the file a derived case came from. */
export type CaseExample = Example & { story: string };

/** The story of a case: derived cases carry their file's name before a slash in their id. */
export function caseStory(fileName: string, caseId: string | undefined): string {
  const slash = caseId?.indexOf('/') ?? -1;
  return slash > 0 ? caseId!.slice(0, slash) : fileName.replace(/\.json$/, '');
}

/**
 * Per case and candidate claim, its best-scored span (labels are per paragraph, not per sentence);
 * `missed` lists, by story, each stated claim that no span of its case was scored against.
 */
export function caseExamples(files: { name: string; file: CaseFile }[], build: (claims: IndexClaim[]) => ClaimMatcher, weight: number): { examples: CaseExample[]; missed: string[] } {
  const out: CaseExample[] = [];
  const missed: string[] = [];
  for (const { name, file } of files) {
    const matcher = build(claimsFromCaseFile(file));
    for (const k of file.cases) {
      const story = caseStory(name, k.id);
      const best = new Map<string, { x: Float64Array; logit: number }>();
      for (const s of matcher.scoredSpans(k.text, { lang: k.lang, excludeOutletIds: [k.source] })) {
        const b = best.get(s.claimId);
        if (!b || s.logit > b.logit) best.set(s.claimId, s);
      }
      const optional = new Set(k.optional ?? []);
      for (const [id, b] of best) {
        // Pairs across languages count: the word list (cross-language.ts) lets
        // the features see what such a sentence shares with the claim.
        if (optional.has(id)) continue;
        out.push({ x: b.x, y: k.expect.includes(id) ? 1 : 0, weight, story });
      }
      for (const id of k.expect) if (!best.has(id)) missed.push(story);
    }
  }
  return { examples: out, missed };
}

export function splitPages(half: 'train' | 'heldOut'): string[] {
  const split = JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as { train: string[]; heldOut: string[] };
  return split[half];
}

export function loadPages(names: string[], dir = PAGES): { name: string; text: string }[] {
  return names
    .map((name) => ({ name, text: extractPageText(readFileSync(join(dir, name, 'source.html'), 'utf8')) }))
    .filter((p) => p.text.length > 0);
}

/**
 * Every scored span of the pages: none states a CheckThat! claim, so all are negatives. Headlines
 * are scored too: a scan never reads them, but a page line that shares a headline's few words is
 * the kind of topic-without-claim sentence the model must learn to turn down.
 */
export function pageExamples(matcher: ClaimMatcher, pages: { text: string }[], weight: number): (Example & { page: number })[] {
  const out: (Example & { page: number })[] = [];
  pages.forEach((p, page) => {
    for (const s of matcher.scoredSpans(p.text, { scoreHeadlines: true })) out.push({ x: s.x, y: 0, weight, page });
  });
  return out;
}

/**
 * A reader's small library about the page itself (same-page-claims.ts): K sentences of each page as
 * claims, the page's own wording left out of the scan; every scored span that is not the claim's own
 * sentence is a negative. Sentences of one article share its names and topic words, where the
 * CheckThat! claims share little with a page: the kind of near miss a desk's own library meets most.
 */
export function samePageExamples(pages: { text: string }[], k: number, build: (claims: IndexClaim[]) => ClaimMatcher, weight: number): (Example & { page: number })[] {
  const out: (Example & { page: number })[] = [];
  pages.forEach((p, page) => {
    const picked = pageClaims(p.text, k);
    if (picked.length === 0) return;
    const own = new Map(picked.map((c) => [c.claim.id, c]));
    const matcher = build(picked.map((c) => c.claim));
    for (const s of matcher.scoredSpans(p.text, { excludeOutletIds: [PAGE_OUTLET] })) {
      const c = own.get(s.claimId)!;
      // The claim's own sentence, or the same words again (a repeated paragraph): not negatives.
      if (s.start <= c.start && c.end <= s.end) continue;
      if (p.text.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ').includes(p.text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' ').trim())) continue;
      out.push({ x: s.x, y: 0, weight, page });
    }
  });
  return out;
}
