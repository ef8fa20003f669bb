/**
 * Claim matcher: finds, in a text block, the sentences that state a known
 * claim, each with a calibrated probability from the fitted model (model.ts):
 * highlights and possible matches above the two thresholds the fit chose for
 * a library of this size (Model.forLibrary). DOM-free; the background worker, the tests and the
 * command-line tools all use it as is, and ranking (suggest) uses the same
 * scoring as scanning.
 */
import { analyseSentence, analyseText, type Analysis, type SentenceAnalysis } from './analyse-text';
import { joinSentences } from './join-sentences';
import { PageWordIds, type WordIds } from './page-word-ids';
import { buildClaimIndex, type ClaimIndex } from './claim-index';
import { CandidateWalker } from './retrieve-candidates';
import { explainDoc } from './explain-match';
import { cleanQuery, splitHashtag } from './clean-query';
import { guessLanguage, languageTools } from './languages';
import { SHIPPED_MODEL, sigmoid, type Model } from './model';
import { queryFeatures } from './query-features';
import { scoreClaims, type ScoredClaim } from './score-claims';
import { rankClaims } from './rank-claims';
import { textSpans } from './text-spans';
import { translationTargets } from './cross-language';
import { HEADLINE_OUTLET, indexOutletId, type IndexClaim, type ScanOptions, type TextMatch } from './types';

export type { IndexClaim, IndexVersion, MatchExplanation, ScanOptions, TextMatch } from './types';
export { HEADLINE_OUTLET } from './types';
export { HIGHLIGHT_PROBABILITY, POSSIBLE_PROBABILITY, FEATURES } from './model';

/** Hashtags in one case split into words per ranked text (rankedClaims). */
const MAX_SPLIT_HASHTAGS = 20;

/** Runs of consecutive sentences also tried, when short enough. */
const MAX_WINDOW_SENTENCES = 3;
const MAX_WINDOW_CHARS = 240;
/** A run is tried only when it holds a sentence this short: long sentences stand alone. */
const SHORT_SENTENCE = 80;
/** Terms a sentence must share with a claim to be scored against it. */
const MIN_SHARED_TERMS = 2;
/** Claims scored per sentence. */
const CANDIDATES_PER_SENTENCE = 6;
/** Candidate floor: a document covered less than this (times the square root
 *  of the sentence's coverage) is not scored. Far under any match the fitted
 *  model accepts; it keeps a page scan in milliseconds. */
export const COVERAGE_FLOOR = 0.15;
/** Claims scored when ranking a free text (suggest). */
export const RANK_CANDIDATES = 500;

/** One scored (text span, claim) pair, for scanning and for fitting. */
export interface ScoredSpan extends ScoredClaim {
  claimId: string;
  start: number;
  end: number;
}

export class ClaimMatcher {
  private readonly walker: CandidateWalker;
  /** Languages of the indexed documents: a text is translated only into one of them. */
  private readonly langs: Set<string>;

  /** Whether the index holds headlines (HEADLINE_OUTLET); the library's own never does, and then a scan makes no mask for them. */
  private readonly hasHeadlines: boolean;

  /** The model with the thresholds of this library's size (Model.forLibrary). */
  readonly model: Model;

  private constructor(
    private readonly index: ClaimIndex,
    model: Model,
  ) {
    this.model = model.forLibrary(index.claimIds.length);
    this.hasHeadlines = index.docOutlet.values.includes(HEADLINE_OUTLET);
    this.walker = new CandidateWalker(index);
    this.langs = new Set(index.docLang.values);
  }

  /** translationTargets per text language: the same few languages for every text of a page, made once. */
  private readonly targets = new Map<string, ReturnType<typeof translationTargets>>();

  private features(analysis: Analysis, context?: Analysis, ids?: WordIds, contextIds?: WordIds) {
    let targets = this.targets.get(analysis.lang);
    if (!targets) this.targets.set(analysis.lang, (targets = translationTargets(analysis.lang, this.langs)));
    return queryFeatures(analysis, this.index, context, targets, ids, contextIds);
  }

  /** `model` overrides the shipped weights (for the fitting command). */
  static build(claims: IndexClaim[], options: { model?: Model } = {}): ClaimMatcher {
    return new ClaimMatcher(buildClaimIndex(claims), options.model ?? SHIPPED_MODEL);
  }

  /** A matcher over an index built earlier: loaded from storage (serialise-index.ts) or edited (update-index.ts). */
  static fromIndex(index: ClaimIndex, options: { model?: Model } = {}): ClaimMatcher {
    return new ClaimMatcher(index, options.model ?? SHIPPED_MODEL);
  }

  /** The index itself, to persist it or derive an edited one; never modify it in place. */
  get claimIndex(): ClaimIndex {
    return this.index;
  }

  claimId(claim: number): string {
    return this.index.claimIds[claim]!;
  }

  /** Number of indexed documents (statements + versions). */
  get size(): number {
    return this.index.docs.length;
  }

  /**
   * Highlights and possible matches, by position; a claim is reported once per sentence. On an index
   * whose texts are left in storage (a loaded one), matchSpans, then readTexts, then explain.
   */
  scan(text: string, opts: ScanOptions = {}): TextMatch[] {
    return this.explain(this.matchSpans(text, opts));
  }

  /** What scan reports, before it is explained: that reads no document's text. */
  matchSpans(text: string, opts: ScanOptions = {}): ScoredSpan[] {
    const all = this.scoredSpans(text, opts, this.model.possibleLogit);
    all.sort((a, b) => b.logit - a.logit || a.start - b.start);
    const taken: ScoredSpan[] = [];
    for (const s of all) {
      if (taken.some((t) => t.claim === s.claim && t.start < s.end && s.start < t.end)) continue;
      taken.push(s);
    }
    return taken;
  }

  /** Reads the texts that explaining these spans needs, where the index left them in storage (DocList.readTexts). */
  async readTexts(spans: readonly ScoredSpan[]): Promise<void> {
    if (spans.length) await this.index.docs.readTexts?.(spans.map((s) => s.explainDoc));
  }

  /** scan's matches for the spans matchSpans gave, their texts read. */
  explain(spans: readonly ScoredSpan[]): TextMatch[] {
    return spans.map((s) => this.toMatch(s)).sort((a, b) => a.start - b.start || b.probability - a.probability);
  }

  /**
   * Every (sentence or short run of sentences, candidate claim) pair scored
   * at or above `minLogit`. The language is `opts.lang` for the whole text,
   * else guessed per line (one block of a page per line).
   */
  scoredSpans(text: string, opts: ScanOptions = {}, minLogit = -Infinity): ScoredSpan[] {
    // Headlines rank claims but never mark a page's sentence (HEADLINE_OUTLET).
    const excluded = this.excludedMask(opts.excludeOutletIds, this.hasHeadlines && !opts.scoreHeadlines);
    const spans = textSpans(text, opts.lang);
    const out: ScoredSpan[] = [];
    // The runs' spans, put after every sentence's (the order the spans have always come in).
    const runs: ScoredSpan[] = [];
    const score = (into: ScoredSpan[], analysis: Analysis, context: Analysis | undefined, first: number, last: number, ids: WordIds | undefined) => {
      const q = this.features(analysis, context, ids, first > 0 ? wordIds.of(first - 1) : undefined);
      if (q.terms.length < MIN_SHARED_TERMS) return;
      const found = scoreClaims(q, this.walker.top(q, CANDIDATES_PER_SENTENCE, MIN_SHARED_TERMS, COVERAGE_FLOOR), this.index, this.model, excluded, COVERAGE_FLOOR, minLogit, true);
      for (const f of found) into.push({ ...f, claimId: this.index.claimIds[f.claim]!, start: spans[first]!.start, end: spans[last]!.end });
    };
    const sentences: (SentenceAnalysis | undefined)[] = spans.map((span) => analyseSentence(text.slice(span.start, span.end), span.lang));
    const analyses = sentences.map((s) => s!.analysis);
    const wordIds = new PageWordIds(analyses);
    // A quote can run over short sentences ("There are more... There are
    // millions here. Here are the reinforcements."): try short runs of them.
    const tryRuns = (i: number) => {
      let hasShort = spans[i]!.end - spans[i]!.start <= SHORT_SENTENCE;
      // Whether every sentence of the run so far has the first one's stated language.
      let sameLang = !!spans[i]!.lang;
      const gaps: string[] = [];
      for (let j = i + 1; j < spans.length && j - i < MAX_WINDOW_SENTENCES; j++) {
        hasShort ||= spans[j]!.end - spans[j]!.start <= SHORT_SENTENCE;
        sameLang &&= spans[j]!.lang === spans[i]!.lang;
        if (spans[j]!.end - spans[i]!.start > MAX_WINDOW_CHARS) break;
        // Within one block only: separate lines are separate page elements.
        const gap = text.slice(spans[j - 1]!.end, spans[j]!.start);
        if (gap.includes('\n')) break;
        gaps.push(gap);
        if (!hasShort) continue;
        // From its sentences' analyses where that equals analysing its text (join-sentences.ts); a text
        // whose language is guessed is guessed again as a whole.
        const joined = sameLang ? joinSentences(sentences.slice(i, j + 1) as SentenceAnalysis[], gaps) : undefined;
        if (joined) score(runs, joined, analyses[i - 1], i, j, wordIds.of(i));
        else score(runs, analyseText(text.slice(spans[i]!.start, spans[j]!.end), spans[i]!.lang), analyses[i - 1], i, j, undefined);
      }
      // No later run joins it: its tokens go. A long page's tokens, all kept to the end of its scan, were
      // copied by every young-generation collection.
      sentences[i] = undefined;
    };
    // The runs from a sentence are tried once the last sentence they may reach is scored, while the
    // words of all three were just read.
    const lag = MAX_WINDOW_SENTENCES - 1;
    for (let j = 0; j < spans.length + lag; j++) {
      if (j < spans.length) score(out, analyses[j]!, analyses[j - 1], j, j, wordIds.of(j));
      if (j >= lag) tryRuns(j - lag);
    }
    return out.concat(runs);
  }

  private toMatch(s: ScoredSpan): TextMatch {
    const doc = this.index.docs.at(s.explainDoc)!;
    const probability = round(sigmoid(s.logit));
    return {
      claimId: s.claimId,
      start: s.start,
      end: s.end,
      score: probability,
      probability,
      level: s.logit >= this.model.highlightLogit ? 'highlight' : 'possible',
      explanation: { via: doc.via, ...explainDoc(s.q, doc, this.index) },
    };
  }

  /**
   * Claims ranked for a free text (a selection, a search, a social-media
   * post), by the same fitted scoring as scan, with their probability.
   */
  suggest(text: string, limit = 5, opts: ScanOptions = {}): { claimId: string; score: number; probability: number }[] {
    return this.rankedClaims(text, opts)
      .slice(0, limit)
      .map((s) => {
        const probability = round(sigmoid(s.logit));
        return { claimId: this.index.claimIds[s.claim]!, score: probability, probability };
      });
  }

  /** Every candidate claim of a free text, best first by the fitted ranking, with its features (for ranking and fitting). */
  rankedClaims(text: string, opts: ScanOptions = {}, depth = RANK_CANDIDATES): ScoredClaim[] {
    let clean = cleanQuery(text);
    const lang = opts.lang || guessLanguage(clean);
    // A hashtag in one case ("#capetownstorm") split into the words this library knows.
    // At most MAX_SPLIT_HASHTAGS of them: each costs some hundred stems, and a selection can be any text.
    let splits = 0;
    if (/[#@]/.test(text)) clean = cleanQuery(text, (word) => (splits++ < MAX_SPLIT_HASHTAGS ? splitHashtag(word, this.knownWord(lang)) : undefined));
    const q = this.features(analyseText(clean, lang));
    if (q.terms.length < 1) return [];
    const excluded = this.excludedMask(opts.excludeOutletIds);
    const found = scoreClaims(q, this.walker.top(q, depth, 1, 0, true), this.index, this.model, excluded, 0, -Infinity, false);
    return rankClaims(found, this.model, this.index, excluded);
  }

  /** Whether a lowercase word of language `lang`, not a stop word, has its stem among the library's terms. */
  private knownWord(lang: string): (word: string) => boolean {
    const tools = languageTools(lang);
    return (word) => !tools.isStopWord(word) && this.index.termIds.has(tools.stem(word));
  }

  private excludedCache: { key: string; mask: Uint8Array | undefined } = { key: '', mask: undefined };

  /** Documents of these outlets (and headlines, with `headlines`) left out. */
  private excludedMask(outletIds: string[] | undefined, headlines = false): Uint8Array | undefined {
    // Escaped as the index keeps them: a library outlet is never the headlines' one.
    const all = (outletIds ?? []).map(indexOutletId);
    if (headlines) all.push(HEADLINE_OUTLET);
    if (all.length === 0) return undefined;
    const key = all.sort().join('\u0000');
    if (this.excludedCache.key !== key) {
      const ids = new Set(all);
      // From the outlet column: decoding every document for its outlet would cost a loaded index its laziness.
      const { values, codes } = this.index.docOutlet;
      const excluded = values.map((v) => ids.has(v));
      const mask = new Uint8Array(codes.length);
      for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0 && excluded[codes[i]!]) mask[i] = 1;
      this.excludedCache = { key, mask };
    }
    return this.excludedCache.mask;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
