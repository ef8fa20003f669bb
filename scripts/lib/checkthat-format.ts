/**
 * Parsing of the CLEF CheckThat! 2020 task 2 files (TSV), from their text, so
 * that the evaluation and the benchmark read the same way. Errors name the
 * file and line.
 */
import Papa from 'papaparse';
import type { IndexClaim } from '@/utils/core/matching/types';
import { guessLanguage } from '@/utils/core/matching/languages';

export class FormatError extends Error {}

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

/** A field quoted as a spreadsheet writes it: in double quotes, a quote inside doubled. */
const QUOTED_FIELD = /^"((?:[^"]|"")*)"$/;
/** Lines a quoted tweet may run over before its opening quote is taken for a plain character. */
const MAX_TWEET_LINES = 20;

/**
 * tweets.queries.tsv: a header (or none), then tweet_id TAB tweet_content. The 2020 files write a
 * tweet on one line, quoted where it holds quotes (`"He said ""no"""`): it is read unquoted. A quoted
 * tweet that runs over several lines (a post with line breaks) is read whole; a tweet that only
 * starts with a quote it never closes keeps it, and the lines after it stay tweets of their own.
 */
export function parseQueries(text: string, name = 'tweets.queries.tsv'): { id: string; text: string }[] {
  const lines = text.split(/\r?\n/);
  const all: { id: string; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new FormatError(`${name} line ${i + 1}: expected 2 tab-separated columns, found 1`);
    let content = line.slice(tab + 1);
    let last = i;
    if (content.startsWith('"') && !QUOTED_FIELD.test(content)) {
      // An opening quote closed on a later line: the tweet has line breaks.
      for (let j = i + 1; j < lines.length && j <= i + MAX_TWEET_LINES; j++) {
        const joined = `${content}\n${lines.slice(i + 1, j + 1).join('\n')}`;
        if (QUOTED_FIELD.test(joined)) {
          content = joined;
          last = j;
          break;
        }
      }
    }
    const quoted = QUOTED_FIELD.exec(content);
    all.push({ id: line.slice(0, tab).trim(), text: quoted ? quoted[1]!.replace(/""/g, '"') : content });
    i = last;
  }
  const body = all.length && QUERY_HEADER.test(all[0]!.id) ? all.slice(1) : all;
  return body;
}

/** TREC qrels: tweet_id 0 vclaim_id relevance, separated by tabs (the 2020 files) or spaces (trec_eval's own). */
export function parseQrels(text: string, name = 'tweet-vclaim-pairs.qrels'): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.trim().split(/\s+/);
    if (cols.length !== 4) throw new FormatError(`${name} line ${i + 1}: expected 4 columns (query id, 0, claim id, relevance), found ${cols.length}`);
    const relevance = Number(cols[3]);
    if (!Number.isFinite(relevance)) throw new FormatError(`${name} line ${i + 1}: the relevance ${JSON.stringify(cols[3])} is not a number`);
    if (relevance <= 0) return;
    const set = qrels.get(cols[0]!) ?? new Set<string>();
    set.add(cols[2]!);
    qrels.set(cols[0]!, set);
  });
  return qrels;
}
