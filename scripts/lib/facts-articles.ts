import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unifyKeepLength } from '@/utils/core/facts/text';

/**
 * Article texts for `npm run facts -- FILE --articles DIR`: one article a file. Each quote is looked up
 * in the articles and the text before it is its context, as the content script sends it when a user
 * saves an annotation. Where a quote is in several articles, the one that holds most quotes of the
 * same page (version URL) wins.
 */

export interface Article {
  file: string;
  /** Typography unified, runs of spaces made one; line breaks (paragraphs) kept. */
  text: string;
}

const normal = (s: string) => unifyKeepLength(s).replace(/[^\S\n]+/g, ' ');
const normalQuote = (s: string) => unifyKeepLength(s).replace(/\s+/g, ' ').trim();

export function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => !/^readme/i.test(f) && /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => ({ file: f, text: normal(readFileSync(join(dir, f), 'utf8')) }));
}

/** Where the quote is in the article's text, or -1; a quote a little edited at its end is found by its start. */
function find(article: Article, quote: string): number {
  const q = normalQuote(quote);
  if (!q) return -1;
  const at = article.text.indexOf(q);
  if (at >= 0 || q.length < 60) return at;
  return article.text.indexOf(q.slice(0, 60));
}

/** The context of every row (text before its quote in its article), or undefined when no article holds it. */
export function contextsOf(rows: { quote: string; page?: string }[], articles: Article[], limit: number): (string | undefined)[] {
  const hits = rows.map((r) => articles.map((a) => find(a, r.quote)));
  const votes = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (!r.page) return;
    const v = votes.get(r.page) ?? articles.map(() => 0);
    hits[i]!.forEach((at, k) => {
      if (at >= 0) v[k]! += 1;
    });
    votes.set(r.page, v);
  });
  return rows.map((r, i) => {
    const found = hits[i]!.map((at, k) => ({ at, k })).filter((h) => h.at >= 0);
    if (!found.length) return undefined;
    const v = r.page ? votes.get(r.page) : undefined;
    const best = v ? found.reduce((a, b) => (v[b.k]! > v[a.k]! ? b : a)) : found[0]!;
    const text = articles[best.k]!.text;
    return text.slice(Math.max(0, best.at - limit), best.at);
  });
}
