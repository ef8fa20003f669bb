/**
 * Parsing of the CLEF CheckThat! 2020 task 2 files (TSV), from their text, so
 * that the evaluation and the benchmark read the same way. Errors name the
 * file and line.
 */
import Papa from 'papaparse';
import type { IndexClaim } from '@/utils/core/matching/types';
import { guessLanguage } from '@/utils/core/matching/languages';

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
 *  the fact-check's headline: it ranks the claim but highlights nothing (`headline`).
 *  The claims' language is the engine's guess over them (English for 2020's; the
 *  later labs have Arabic and Spanish sets), unless `lang` says it. */
export function parseVerifiedClaims(text: string, name = 'verified_claims.docs.tsv', lang?: string): IndexClaim[] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: '\t', quoteChar: '"', skipEmptyLines: true });
  const bad = parsed.data.findIndex((r) => r.length < 3);
  if (bad >= 0) throw new FormatError(`${name} row ${bad + 1}: expected 3 tab-separated columns, found ${parsed.data[bad]!.length}`);
  const [header, ...body] = parsed.data;
  if (!header || header[1]?.trim() !== 'vclaim') throw new FormatError(`${name} line 1: expected a header "(index) vclaim title", found ${JSON.stringify(header?.join('\t').slice(0, 60) ?? '')}`);
  const seen = new Map<string, number>();
  body.forEach(([id], i) => {
    const first = seen.get(id!.trim());
    if (first !== undefined) throw new FormatError(`${name} row ${i + 2}: the claim id ${JSON.stringify(id!.trim())} is already on row ${first}`);
    seen.set(id!.trim(), i + 2);
  });
  const language = lang ?? guessLanguage(body.slice(0, 500).map((r) => r[1]).join('\n'));
  return body.map(([id, vclaim, title]) => ({
    id: id!.trim(),
    statement: { [language]: vclaim!.trim() },
    versions: title?.trim() ? [{ id: `${id!.trim()}:title`, outletId: 'snopes', lang: language, quote: title.trim(), headline: true }] : [],
  }));
}

/** A first line that names columns ("\ttweet_content", "tweet_id\ttweet"), not a query: the 2022 files have none. */
const QUERY_HEADER = /^(|tweet_?id|id|iclaim_id|query_id)$/i;

/** tweets.queries.tsv: a header (or none), then tweet_id TAB tweet_content. */
export function parseQueries(text: string, name = 'tweets.queries.tsv'): { id: string; text: string }[] {
  const all = rows(text, name, 2);
  const body = all.length && QUERY_HEADER.test(all[0]![0]!.trim()) ? all.slice(1) : all;
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
