/**
 * Parsing of the CLEF CheckThat! 2020 task 2 files (TSV), from their text, so
 * that the evaluation and the benchmark read the same way. Errors name the
 * file and line.
 */
import Papa from 'papaparse';
import type { IndexClaim } from '@/utils/core/matching/types';

export class FormatError extends Error {}

function rows(text: string, name: string, minColumns: number): string[][] {
  const lines = text.split(/\r?\n/);
  const out: string[][] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    if (cols.length < minColumns) throw new FormatError(`${name} line ${i + 1}: expected ${minColumns} tab-separated columns, found ${cols.length}`);
    out.push(cols);
  });
  return out;
}

/** verified_claims.docs.tsv: header, then (index) TAB vclaim TAB title. Some
 *  claims are quoted and run over two lines, hence a real TSV parser. The title is
 *  the fact-check's headline: it ranks the claim but highlights nothing (`headline`). */
export function parseVerifiedClaims(text: string, name = 'verified_claims.docs.tsv'): IndexClaim[] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: '\t', quoteChar: '"', skipEmptyLines: true });
  const bad = parsed.data.findIndex((r) => r.length < 3);
  if (bad >= 0) throw new FormatError(`${name} row ${bad + 1}: expected 3 tab-separated columns, found ${parsed.data[bad]!.length}`);
  const [header, ...body] = parsed.data;
  if (!header || header[1]?.trim() !== 'vclaim') throw new FormatError(`${name} line 1: expected a header "(index) vclaim title"`);
  return body.map(([id, vclaim, title]) => ({
    id: id!.trim(),
    statement: { en: vclaim!.trim() },
    versions: title?.trim() ? [{ id: `${id!.trim()}:title`, outletId: 'snopes', lang: 'en', quote: title.trim(), headline: true }] : [],
  }));
}

/** tweets.queries.tsv: header, then tweet_id TAB tweet_content. */
export function parseQueries(text: string, name = 'tweets.queries.tsv'): { id: string; text: string }[] {
  const [, ...body] = rows(text, name, 2);
  return body.map(([id, ...content]) => ({ id: id!.trim(), text: content.join('\t') }));
}

/** TREC qrels: tweet_id TAB 0 TAB vclaim_id TAB relevance. */
export function parseQrels(text: string, name = 'tweet-vclaim-pairs.qrels'): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  for (const cols of rows(text, name, 4)) {
    if (Number(cols[3]) <= 0) continue;
    const set = qrels.get(cols[0]!.trim()) ?? new Set<string>();
    set.add(cols[2]!.trim());
    qrels.set(cols[0]!.trim(), set);
  }
  return qrels;
}
