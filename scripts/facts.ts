/**
 * npm run facts -- FILE [--json] [--articles DIR]
 *
 * Prints the facts the extractor reads in every version quote of a claim-match-cases/1 file or a
 * Recoupe JSON file (or any JSON with a `versions` array of quotes). Where the versions carry
 * expected facts (figures, places, attributions, dates), prints precision, recall and F1 per kind;
 * the extractor is given the quote and the article date only, never the expected facts. With
 * `--articles DIR` (one article text a file), each quote is found in an article and the text before it
 * is given as context, as the content script gives it when a user saves an annotation. Without it, a
 * version's own `context` (Recoupe JSON keeps the text before an annotated quote) is given. Where
 * quotes have a context, facts are scored both ways (quote only, with context).
 */
import '@/scripts/lib/node-language-data';
import { readFileSync } from 'node:fs';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import type { VersionFactFields } from '@/utils/core/facts/facts-reader';
import { countKind, KINDS, scores, statedInQuote, type Counts, type Kind } from '@/scripts/lib/facts-eval';
import { contextsOf, readArticles } from '@/scripts/lib/facts-articles';
import { CONTEXT_CHARS } from '@/utils/core/facts/recent-context';

interface Row {
  claimId: string;
  source: string;
  quote: string;
  publishedAt?: string;
  lang?: string;
  /** The version's page, to tell which article holds its quote. */
  page?: string;
  /** The text before the quote, as the version carries it. */
  context?: string;
  expected?: VersionFactFields;
}

function rowsOf(doc: any, file: string): Row[] {
  if (doc?.format === 'claim-match-cases/1') {
    return (doc.claims ?? []).flatMap((c: any) =>
      (c.versions ?? []).map((v: any) => ({ claimId: c.id, source: v.source ?? v.outlet ?? '', quote: v.quote, lang: v.lang })),
    );
  }
  if (Array.isArray(doc?.versions)) {
    return doc.versions.map((v: any) => ({
      claimId: v.claimId,
      source: v.outletId ?? v.source ?? '',
      quote: v.quote,
      publishedAt: v.publishedAt,
      lang: v.lang,
      page: v.url,
      context: typeof v.context === 'string' && v.context ? v.context : undefined,
      expected: ['figures', 'places', 'attributions', 'dates'].some((k) => Array.isArray(v[k]))
        ? { figures: v.figures ?? [], places: v.places ?? [], attributions: v.attributions ?? [], dates: v.dates ?? [] }
        : undefined,
    }));
  }
  throw new Error(`${file}: neither a claim-match-cases/1 file nor a file with a "versions" array`);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run facts -- FILE [--json] [--articles DIR]');
  process.exit(2);
}
const rows = rowsOf(JSON.parse(readFileSync(file, 'utf8')), file);
const articlesAt = args.indexOf('--articles');
const articlesDir = articlesAt >= 0 ? args[articlesAt + 1] : undefined;
if (articlesAt >= 0 && !articlesDir) {
  console.error('--articles needs a folder of article texts, one article a file');
  process.exit(2);
}
const contexts = articlesDir ? contextsOf(rows, readArticles(articlesDir), CONTEXT_CHARS) : rows.map((r) => r.context);
const quoteOnly = rows.map((r) => extractVersionFacts(r.quote, r.publishedAt, r.lang));
const versions = rows.map((r, i) => ({
  claimId: r.claimId,
  source: r.source,
  quote: r.quote,
  facts: contexts[i] !== undefined ? extractVersionFacts(r.quote, r.publishedAt, r.lang, contexts[i]) : quoteOnly[i]!,
}));

const graded = rows.map((r, i) => ({ row: r, got: versions[i]!.facts, bare: quoteOnly[i]! })).filter((x) => x.row.expected);
const totals = (pick: (w: VersionFactFields, q: string) => VersionFactFields, withContext = true) => {
  const out = {} as Record<Kind, Counts & { precision: number; recall: number; f1: number }>;
  for (const kind of KINDS) {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const { row, got: read, bare } of graded) {
      const got = withContext ? read : bare;
      const k = countKind(kind, got, pick(row.expected!, row.quote));
      c.tp += k.tp;
      c.fp += k.fp;
      c.fn += k.fn;
    }
    out[kind] = { ...c, ...scores(c) };
  }
  return out;
};
const found = contexts.filter((c) => c !== undefined).length;
const contextFrom = articlesDir ? `found in ${articlesDir}` : 'with their own context';
const evaluation = graded.length
  ? {
      versions: graded.length,
      all: totals((w) => w),
      statedInQuote: totals(statedInQuote, false),
      ...(found ? { contexts: { from: contextFrom, quotesWithContext: found, quotes: rows.length }, quoteOnly: totals((w) => w, false) } : {}),
    }
  : undefined;

if (args.includes('--json')) {
  console.log(JSON.stringify({ versions, ...(evaluation ? { evaluation } : {}) }, null, 1));
} else {
  for (const v of versions) {
    const f = v.facts;
    console.log(`${v.claimId} [${v.source}] ${v.quote}`);
    if (f.figures.length) console.log(`  figures: ${f.figures.map((x) => `${x.qualifier ? `${x.qualifier} ` : ''}${x.value}${x.max ? `-${x.max}` : ''}${x.unit ? ` ${x.unit}` : ''}`).join('; ')}`);
    if (f.places.length) console.log(`  places: ${f.places.join('; ')}`);
    if (f.attributions.length) console.log(`  sources: ${f.attributions.map((a) => `${a.name} (${a.key})`).join('; ')}`);
    if (f.dates.length) console.log(`  dates: ${f.dates.join('; ')}`);
  }
  if (evaluation) {
    const fmt = (x: number) => x.toFixed(3);
    const sections: [string, typeof evaluation.all, boolean][] = evaluation.quoteOnly
      ? [
          ['all expected facts, quote only', evaluation.quoteOnly, true],
          [`all expected facts, with the article context (${found} of ${rows.length} quotes ${contextFrom})`, evaluation.all, true],
        ]
      : [['all expected facts', evaluation.all, true]];
    sections.push(['sources the quote itself names, read from the quote alone', evaluation.statedInQuote, false]);
    for (const [title, t, every] of sections) {
      console.log(`\n${evaluation.versions} versions with expected facts; ${title}:`);
      for (const kind of KINDS) {
        if (!every && kind !== 'attributions' && kind !== 'sourceNames') continue;
        const k = t[kind];
        console.log(`  ${kind.padEnd(13)} precision ${fmt(k.precision)}  recall ${fmt(k.recall)}  F1 ${fmt(k.f1)}  (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`);
      }
    }
  }
}
