/**
 * npm run facts -- FILE [--json]
 *
 * Prints the facts the extractor reads in every version quote of a claim-match-cases/1 file or a
 * Recoupe JSON file (or any JSON with a `versions` array of quotes). Where the versions carry
 * expected facts (figures, places, attributions, dates), prints precision, recall and F1 per kind;
 * the extractor is given the quote and the article date only, never the expected facts.
 */
import { readFileSync } from 'node:fs';
import { extractVersionFacts, type VersionFactFields } from '@/utils/core/facts/version-facts';
import { countKind, KINDS, scores, statedInQuote, type Counts, type Kind } from '@/scripts/lib/facts-eval';

interface Row {
  claimId: string;
  source: string;
  quote: string;
  publishedAt?: string;
  lang?: string;
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
  console.error('usage: npm run facts -- FILE [--json]');
  process.exit(2);
}
const rows = rowsOf(JSON.parse(readFileSync(file, 'utf8')), file);
const versions = rows.map((r) => ({
  claimId: r.claimId,
  source: r.source,
  quote: r.quote,
  facts: extractVersionFacts(r.quote, r.publishedAt, r.lang),
}));

const graded = rows.map((r, i) => ({ row: r, got: versions[i]!.facts })).filter((x) => x.row.expected);
const totals = (pick: (w: VersionFactFields, q: string) => VersionFactFields) => {
  const out = {} as Record<Kind, Counts & { precision: number; recall: number; f1: number }>;
  for (const kind of KINDS) {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const { row, got } of graded) {
      const k = countKind(kind, got, pick(row.expected!, row.quote));
      c.tp += k.tp;
      c.fp += k.fp;
      c.fn += k.fn;
    }
    out[kind] = { ...c, ...scores(c) };
  }
  return out;
};
const evaluation = graded.length ? { versions: graded.length, all: totals((w) => w), statedInQuote: totals(statedInQuote) } : undefined;

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
    for (const [title, t] of [['all expected facts', evaluation.all], ['sources the quote itself names', evaluation.statedInQuote]] as const) {
      console.log(`\n${evaluation.versions} versions with expected facts; ${title}:`);
      for (const kind of KINDS) {
        if (title !== 'all expected facts' && kind !== 'attributions') continue;
        const k = t[kind];
        console.log(`  ${kind.padEnd(13)} precision ${fmt(k.precision)}  recall ${fmt(k.recall)}  F1 ${fmt(k.f1)}  (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`);
      }
    }
  }
}
