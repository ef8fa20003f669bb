/**
 * Claim matcher: finds, in a text block, the sentences that state a known
 * claim. DOM-free; the background worker, the tests and the command-line tools
 * all use it as is.
 */
import { analyseText, joinAnalyses, type Analysis } from './analyse-text';
import { buildClaimIndex, type ClaimIndex } from './claim-index';
import { claimCore, coreFactor } from './claim-core';
import { guessLanguage } from './languages';
import { ClaimRanker } from './rank-claims';
import { CandidateWalker } from './retrieve-candidates';
import { explainDoc } from './explain-match';
import { queryFeatures, type QueryFeatures } from './query-features';
import { attribution, scoreDoc, unitsCovered, type SentenceContext } from './score-candidate';
import { TUNING } from './tuning';
import { segmentSentences } from './segment-sentences';
import type { IndexClaim, ScanOptions, TextMatch } from './types';

export type { IndexClaim, IndexVersion, MatchExplanation, ScanOptions, TextMatch } from './types';

/** Score from which a sentence is reported as stating a claim. */
export const MATCH_THRESHOLD = 0.32;
/** Placeholder until the fitted model lands: probability is the score clamped to [0, 1]. */
export const HIGHLIGHT_PROBABILITY = MATCH_THRESHOLD;
/** From here to HIGHLIGHT_PROBABILITY a match is only offered as possible. */
export const POSSIBLE_PROBABILITY = 0.22;
/** Runs of consecutive sentences also tried, when short enough. */
const MAX_WINDOW_SENTENCES = 3;
const MAX_WINDOW_CHARS = 240;
/** A run is tried only when it holds a sentence this short: long sentences stand alone. */
const SHORT_SENTENCE = 80;
/** Terms a sentence must share with a claim to be scored against it. */
const MIN_SHARED_TERMS = 2;
/** Claims rescored per sentence. */
const CANDIDATES_PER_SENTENCE = 6;

interface ClaimBest {
  claim: number;
  doc: number;
  score: number;
  /** Second-best document score of the claim. */
  second: number;
  q: QueryFeatures;
}

export class ClaimMatcher {
  private readonly walker: CandidateWalker;
  private readonly minCoverage: number;
  private ranker: ClaimRanker | undefined;
  private excludedCache: { key: string; mask: Uint8Array | undefined } = { key: '', mask: undefined };

  private constructor(
    private readonly index: ClaimIndex,
    private readonly claims: IndexClaim[],
    private readonly threshold: number,
  ) {
    this.walker = new CandidateWalker(index);
    // scoreDoc multiplies coverage by factors of at most attributionAgreement,
    // and a claim adds at most secondDocShare of the same again: a document
    // whose coverage bound is under this cannot help reach the threshold.
    this.minCoverage = threshold / (TUNING.attributionAgreement * (1 + TUNING.secondDocShare));
  }

  /** `threshold` overrides {@link MATCH_THRESHOLD} (for calibration tools). */
  static build(claims: IndexClaim[], tuning: { threshold?: number } = {}): ClaimMatcher {
    return new ClaimMatcher(buildClaimIndex(claims), claims, tuning.threshold ?? MATCH_THRESHOLD);
  }

  /** Lowest score reported: possible matches sit between it and the threshold. */
  private get reportFrom(): number {
    return this.threshold === MATCH_THRESHOLD ? POSSIBLE_PROBABILITY : this.threshold;
  }

  /** Number of indexed documents (statements + versions). */
  get size(): number {
    return this.index.docs.length;
  }

  scan(text: string, opts: ScanOptions = {}): TextMatch[] {
    const lang = opts.lang || guessLanguage(text);
    const excluded = this.excludedMask(opts.excludeOutletIds);
    const spans = segmentSentences(text, lang);
    const matches: TextMatch[] = [];
    // matchedAt[i]: claims already reported on sentence i.
    const matchedAt = spans.map(() => new Set<number>());
    const report = (best: ClaimBest[], first: number, last: number) => {
      for (const b of best) {
        if (b.score < this.reportFrom) continue;
        let seen = false;
        for (let i = first; i <= last; i++) seen ||= matchedAt[i]!.has(b.claim);
        if (seen) continue;
        for (let i = first; i <= last; i++) matchedAt[i]!.add(b.claim);
        matches.push(this.toMatch(b, spans[first]!.start, spans[last]!.end));
      }
    };
    const analyses = spans.map((span) => analyseText(text.slice(span.start, span.end), lang));
    analyses.forEach((analysis, i) => {
      report(this.bestPerClaim(analysis, excluded, CANDIDATES_PER_SENTENCE, MIN_SHARED_TERMS, this.minCoverage, analyses[i - 1]), i, i);
    });
    // A quote can run over short sentences ("There are more... There are
    // millions here. Here are the reinforcements."): try short runs of them.
    for (let i = 0; i < spans.length; i++) {
      let hasShort = spans[i]!.end - spans[i]!.start <= SHORT_SENTENCE;
      for (let j = i + 1; j < spans.length && j - i < MAX_WINDOW_SENTENCES; j++) {
        hasShort ||= spans[j]!.end - spans[j]!.start <= SHORT_SENTENCE;
        if (spans[j]!.end - spans[i]!.start > MAX_WINDOW_CHARS) break;
        // Within one block only: separate lines are separate page elements.
        if (text.slice(spans[j - 1]!.end, spans[j]!.start).includes('\n')) break;
        if (!hasShort) continue;
        const analysis = joinAnalyses(analyses.slice(i, j + 1));
        report(this.bestPerClaim(analysis, excluded, CANDIDATES_PER_SENTENCE, MIN_SHARED_TERMS, this.minCoverage, analyses[i - 1]), i, j);
      }
    }
    // A sentence is a possible match only where no window around it is a highlight for that claim.
    const kept = matches.filter((m) => m.level === 'highlight' || !matches.some((h) => h !== m && h.level === 'highlight' && h.claimId === m.claimId && h.start < m.end && m.start < h.end));
    return kept.sort((a, b) => a.start - b.start || b.score - a.score);
  }

  private toMatch(b: ClaimBest, start: number, end: number): TextMatch {
    const doc = this.index.docs[b.doc]!;
    return {
      claimId: this.index.claimIds[b.claim]!,
      start,
      end,
      score: round(b.score),
      probability: round(Math.min(1, Math.max(0, b.score))),
      level: b.score >= this.threshold ? 'highlight' : 'possible',
      explanation: { via: doc.via, ...explainDoc(b.q, doc, this.index) },
    };
  }

  suggest(text: string, limit = 5, opts: ScanOptions = {}): { claimId: string; score: number }[] {
    const lang = opts.lang || guessLanguage(text);
    const best = this.bestPerClaim(analyseText(text, lang), this.excludedMask(opts.excludeOutletIds), 200, 1, 0, undefined, false);
    return best
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((b) => ({ claimId: this.index.claimIds[b.claim]!, score: round(b.score) }));
  }

  rank(query: string, limit: number): { claimId: string; score: number }[] {
    this.ranker ??= new ClaimRanker(this.claims);
    return this.ranker.rank(query, limit);
  }

  private bestPerClaim(analysis: Analysis, excluded: Uint8Array | undefined, k: number, minHits: number, minCoverage: number, context?: Analysis, explainAway = true): ClaimBest[] {
    const q = queryFeatures(analysis, this.index, context);
    if (q.terms.length < minHits) return [];
    // Ranking (suggest) needs every score exact; scanning only those it reports.
    const coreFrom = explainAway ? this.threshold : 0;
    const scored: { best: ClaimBest; factor: number }[] = [];
    for (const claim of this.walker.top(q, k, minHits, minCoverage)) {
      const factor = attribution(q, claim, this.index, excluded);
      const best = this.scoreClaim(q, claim, excluded, factor, minCoverage, {}, coreFrom);
      if (best) scored.push({ best, factor });
    }
    // A sentence that states two claims ("soldiers were filmed receiving
    // uniforms, which confirms that 1,500 were sent") is half noise for each:
    // once one claim is reported, the words it explains leave the sentence
    // side of the others' scores.
    const reported = scored.filter((s) => s.best.score >= this.threshold);
    if (explainAway && reported.length > 0 && reported.length < scored.length) {
      for (const s of scored) {
        if (s.best.score >= this.threshold) continue;
        const explained = new Uint8Array(q.unitStems.length);
        const explainedFigures = new Set<string>();
        for (const r of reported) {
          for (let d = this.index.claimDocStart[r.best.claim]!; d < this.index.claimDocStart[r.best.claim + 1]!; d++) {
            if (!(excluded && excluded[d])) unitsCovered(q, d, this.index, explained, explainedFigures);
          }
        }
        const again = this.scoreClaim(q, s.best.claim, excluded, s.factor, minCoverage, { explained, explainedFigures }, coreFrom);
        if (again && again.score > s.best.score) s.best = again;
      }
    }
    return scored.map((s) => s.best);
  }

  /** Best document of a claim, with a share of the second best added: several
   *  wordings (other outlets, the statement) agreeing is more evidence than one. */
  private scoreClaim(q: QueryFeatures, claim: number, excluded: Uint8Array | undefined, factor: number, minCoverage: number, ctx: SentenceContext, coreFrom: number): ClaimBest | undefined {
    let best: ClaimBest | undefined;
    if (TUNING.otherWordingShare > 0) {
      let claimCovered: Uint8Array | undefined;
      ctx = {
        ...ctx,
        claimCovered: () => {
          if (!claimCovered) {
            claimCovered = new Uint8Array(q.unitStems.length);
            const figures = new Set<string>();
            for (let d = this.index.claimDocStart[claim]!; d < this.index.claimDocStart[claim + 1]!; d++) {
              if (!(excluded && excluded[d])) unitsCovered(q, d, this.index, claimCovered, figures);
            }
          }
          return claimCovered;
        },
      };
    }
    for (let d = this.index.claimDocStart[claim]!; d < this.index.claimDocStart[claim + 1]!; d++) {
      if (excluded && excluded[d]) continue;
      const score = scoreDoc(q, d, this.index, factor, minCoverage, ctx);
      if (!best) best = { claim, doc: d, score, q, second: 0 };
      else if (score > best.score) Object.assign(best, { doc: d, score, second: best.score });
      else best.second = Math.max(best.second, score);
    }
    if (!best) return undefined;
    best.score += TUNING.secondDocShare * best.second;
    // The core factor only lowers a score: no need to work it out for one
    // that stays under what the caller reports.
    if (best.score >= coreFrom) best.score *= coreFactor(q, claimCore(claim, this.index, excluded), this.index);
    return best;
  }

  private excludedMask(outletIds: string[] | undefined): Uint8Array | undefined {
    if (!outletIds || outletIds.length === 0) return undefined;
    const key = [...outletIds].sort().join('\u0000');
    if (this.excludedCache.key !== key) {
      const ids = new Set(outletIds);
      const mask = new Uint8Array(this.index.docs.length);
      this.index.docs.forEach((doc, i) => {
        if (doc.outletId !== null && ids.has(doc.outletId)) mask[i] = 1;
      });
      this.excludedCache = { key, mask };
    }
    return this.excludedCache.mask;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
