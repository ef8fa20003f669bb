/**
 * Ranking of claims for a free-text query (a tweet, a user's selection):
 * BM25 over each claim's statements and versions (stemmed words, proper-name
 * keys, figures), plus word-pair (bigram) and title fields. Built lazily: the
 * extension only pays for it when asked to rank.
 */
import { analyseText, type Analysis } from './analyse-text';
import { Bm25Field } from './bm25-field';
import type { IndexClaim } from './types';

export const RANK_TUNING = {
  k1: 1.2,
  b: 0.5,
  /** Field weights. */
  words: 1,
  pairs: 0.5,
  statement: 0.3,
  /** Weight of stop words in the word field (0: dropped). */
  stopWeight: 0.4,
};

/** Strips what carries no claim content in social-media text: links. */
export function cleanQuery(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\bpic\.twitter\.com\/\S+/gi, ' ')
    // "#FakeNews" / "@JoeBiden": keep the words, split camel case.
    .replace(/[#@]([\p{L}\p{N}_]+)/gu, (_, w: string) => w.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}

function terms(a: Analysis, withStops: boolean): string[] {
  const out: string[] = [];
  for (const w of a.words) {
    if (w.stop && !withStops) continue;
    out.push(w.stop ? '_' + w.stem : w.stem);
    if (w.entity) out.push(w.entity);
  }
  for (const f of a.figures) out.push('#' + f.key);
  return out;
}

function pairs(a: Analysis): string[] {
  const content = a.words.filter((w) => !w.stop).map((w) => w.stem);
  const out: string[] = [];
  for (let i = 1; i < content.length; i++) out.push(content[i - 1] + ' ' + content[i]);
  return out;
}

export class ClaimRanker {
  private readonly words: Bm25Field;
  private readonly pairs: Bm25Field;
  private readonly statements: Bm25Field;

  constructor(private readonly claims: IndexClaim[]) {
    const { k1, b } = RANK_TUNING;
    this.words = new Bm25Field(k1, b);
    this.pairs = new Bm25Field(k1, b);
    this.statements = new Bm25Field(k1, b);
    const withStops = RANK_TUNING.stopWeight > 0;
    claims.forEach((c, i) => {
      const all: string[] = [];
      const allPairs: string[] = [];
      const stmt: string[] = [];
      for (const [lang, text] of Object.entries(c.statement ?? {})) {
        const a = analyseText(text, lang);
        const t = terms(a, withStops);
        all.push(...t);
        stmt.push(...t);
        allPairs.push(...pairs(a));
      }
      for (const v of c.versions ?? []) {
        const a = analyseText(v.quote, v.lang);
        all.push(...terms(a, withStops));
        allPairs.push(...pairs(a));
      }
      this.words.add(i, all);
      this.pairs.add(i, allPairs);
      this.statements.add(i, stmt);
    });
  }

  rank(query: string, limit: number): { claimId: string; score: number }[] {
    const a = analyseText(cleanQuery(query));
    const scores = new Float64Array(this.claims.length);
    const withStops = RANK_TUNING.stopWeight > 0;
    const q = terms(a, withStops);
    this.words.accumulate(q.filter((t) => !t.startsWith('_')), RANK_TUNING.words, scores);
    if (withStops) this.words.accumulate(q.filter((t) => t.startsWith('_')), RANK_TUNING.stopWeight, scores);
    this.pairs.accumulate(pairs(a), RANK_TUNING.pairs, scores);
    this.statements.accumulate(q, RANK_TUNING.statement, scores);
    const order: number[] = [];
    scores.forEach((s, i) => {
      if (s > 0) order.push(i);
    });
    order.sort((x, y) => scores[y]! - scores[x]!);
    return order.slice(0, limit).map((i) => ({ claimId: this.claims[i]!.id, score: Math.round(scores[i]! * 1000) / 1000 }));
  }
}
