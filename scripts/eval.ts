/**
 * npm run eval -- FILE [--json] [--split test|dev|train]
 * npm run eval -- FOLDER [--json]
 * npm run eval -- --false-matches CLAIMS [--pages DIR] [--split train|heldOut] [--json]
 * npm run eval -- --same-page [--claims K] [--pages DIR] [--split train|heldOut] [--json]
 *
 * FILE is either a `claim-match-cases/1` JSON file (precision/recall/F1 with
 * leave-one-outlet-out) or a CLEF CheckThat! 2020 task 2 folder (MAP@5, MRR,
 * P@1 on a split, claims ranked by the matcher's own scoring, as the
 * extension ranks them). The format is detected from what FILE is. A FOLDER of
 * case files (tests/fixtures/matching/train) gives each file's figures and their
 * sum (counts added up over the files, then precision, recall and F1). With
 * --false-matches, real pages are scanned against a claim set (see
 * scripts/lib/false-matches.ts); with --same-page, each against K of its own sentences recorded as
 * claims (scripts/lib/same-page-claims.ts).
 */
import '@/scripts/lib/node-language-data';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { invalidCaseFile, runCases, sumCaseMetrics, validateCaseFile, type CaseFile, type CaseFileCase, type CaseMetrics } from '@/scripts/lib/evaluate-cases';
import { retrievalMetrics } from '@/scripts/lib/retrieval-metrics';
import { falseMatches } from '@/scripts/lib/false-matches';
import { samePageClaims } from '@/scripts/lib/same-page-claims';
import { FormatError, parseQrels, parseQueries, parseVerifiedClaims } from '@/scripts/lib/checkthat-format';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  let file: string | undefined;
  let json = false;
  let split: string | undefined;
  let falseMatches = false;
  let pages: string | undefined;
  let samePage = false;
  let claims = 5;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--false-matches') falseMatches = true;
    else if (a === '--same-page') samePage = true;
    else if (a === '--claims') claims = Number(argv[++i] ?? fail('--claims needs a number'));
    else if (a === '--pages') pages = argv[++i] ?? fail('--pages needs a folder');
    else if (a === '--split') split = argv[++i] ?? fail('--split needs a value: test, dev or train');
    else if (a.startsWith('--split=')) split = a.slice('--split='.length);
    else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else if (file) fail(`one FILE only (got ${file} and ${a})`);
    else file = a;
  }
  if (!Number.isInteger(claims) || claims < 1) fail(`--claims is a whole number of claims a page, got ${claims}`);
  if (!file && !samePage) fail('usage: npm run eval -- FILE [--json] [--split test|dev|train]\n       npm run eval -- --false-matches CLAIMS [--pages DIR] [--split train|heldOut] [--json]\n       npm run eval -- --same-page [--claims K] [--pages DIR] [--split train|heldOut] [--json]');
  return { file: file ?? '', json, split, falseMatches, pages, samePage, claims };
}

const pct = (x: number) => x.toFixed(3);

function readCaseFile(path: string): CaseFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const errors = validateCaseFile(data);
  if (errors.length) fail(invalidCaseFile(path, errors));
  return data as CaseFile;
}

/** A case file's cases, of `split` when the file tags its cases with one (without tags every case counts). */
function casesOf(file: CaseFile, split: string | undefined): CaseFileCase[] {
  return split && file.cases.some((c) => c.split) ? file.cases.filter((c) => c.split === split) : file.cases;
}

const summary = (m: CaseMetrics) =>
  `${m.cases} cases: precision ${pct(m.precision)}, recall ${pct(m.recall)}, F1 ${pct(m.f1)}` +
  ` (TP ${m.truePositives}, FP ${m.falsePositives}, FN ${m.falseNegatives};` +
  ` false positives on cases expecting nothing: ${m.falsePositivesOnEmptyCases})`;

/** Every case file of a folder (each file's claims its own library), then the counts summed. */
function evalCaseFolder(dir: string, json: boolean, split: string | undefined) {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 0) fail(`${dir}: a folder with neither case files (*.json) nor verified_claims.docs.tsv (a CheckThat! 2020 folder)`);
  const byFile: Record<string, CaseMetrics> = {};
  for (const name of names) {
    const file = readCaseFile(join(dir, name));
    byFile[name] = runCases(file, casesOf(file, split)).metrics;
    if (!json) console.log(`${name}: ${summary(byFile[name]!)}`);
  }
  const metrics = sumCaseMetrics(Object.values(byFile));
  if (json) process.stdout.write(JSON.stringify({ files: byFile, metrics }) + '\n');
  else console.log(`\n${names.length} files, summed: ${summary(metrics)}`);
}

function evalCases(path: string, json: boolean, split: string | undefined) {
  const file = readCaseFile(path);
  const { results, metrics } = runCases(file, casesOf(file, split));
  if (json) {
    process.stdout.write(JSON.stringify({ cases: results.map((r) => ({ id: r.id, found: r.found, scores: r.scores, possible: r.possible })), metrics }) + '\n');
    return;
  }
  for (const r of results) {
    const ok = r.missed.length === 0 && r.falsePositives.length === 0;
    const parts = [`expected [${r.expected.join(', ')}]`, `found [${r.found.map((id) => `${id} ${r.scores[id]}`).join(', ')}]`];
    if (Object.keys(r.possible).length) parts.push(`possible [${Object.entries(r.possible).map(([id, p]) => `${id} ${p}`).join(', ')}]`);
    if (r.missed.length) parts.push(`MISSED [${r.missed.join(', ')}]`);
    if (r.falsePositives.length) parts.push(`FALSE POSITIVE [${r.falsePositives.join(', ')}]`);
    console.log(`${ok ? ' ok ' : 'FAIL'} ${r.id}: ${parts.join('; ')}`);
  }
  console.log(`\n${summary(metrics)}`);
}

function readIn(dir: string, ...parts: string[]): { text: string; name: string } {
  const path = join(dir, ...parts);
  if (!existsSync(path)) fail(`${path}: missing (a CheckThat! 2020 folder has verified_claims.docs.tsv and SPLIT/tweets.queries.tsv, SPLIT/tweet-vclaim-pairs.qrels)`);
  return { text: readFileSync(path, 'utf8'), name: path };
}

function loadCheckThat(dir: string, split: string) {
  const claims = readIn(dir, 'verified_claims.docs.tsv');
  const queries = readIn(dir, split, 'tweets.queries.tsv');
  const qrels = readIn(dir, split, 'tweet-vclaim-pairs.qrels');
  try {
    return {
      claims: parseVerifiedClaims(claims.text, claims.name),
      queries: parseQueries(queries.text, queries.name),
      qrels: parseQrels(qrels.text, qrels.name),
    };
  } catch (e) {
    if (e instanceof FormatError) fail(e.message);
    throw e;
  }
}

function evalCheckThat(dir: string, json: boolean, split: string) {
  const data = loadCheckThat(dir, split);
  const t0 = performance.now();
  const matcher = ClaimMatcher.build(data.claims);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const rankings = data.queries.map((q) => ({ id: q.id, ranked: matcher.suggest(q.text, 5), relevant: data.qrels.get(q.id) ?? new Set<string>() }));
  const queryMs = (performance.now() - t1) / Math.max(1, data.queries.length);
  const metrics = retrievalMetrics(rankings.map((r) => ({ ranked: r.ranked.map((x) => x.claimId), relevant: r.relevant })));
  if (json) {
    const cases = rankings.map((r) => ({ id: r.id, found: r.ranked.map((x) => x.claimId), scores: Object.fromEntries(r.ranked.map((x) => [x.claimId, x.score])) }));
    process.stdout.write(JSON.stringify({ cases, metrics: { ...metrics, split } }) + '\n');
    return;
  }
  console.log(`CheckThat! 2020 task 2, split ${split}: ${data.claims.length} verified claims, ${data.queries.length} queries (${metrics.answered} with an answer)`);
  const answeredOnly = metrics.answered < data.queries.length ? ` (${pct(metrics.map5Answered)} over the ${metrics.answered} with an answer; the others count as 0)` : '';
  console.log(`MAP@5 ${pct(metrics.map5)}${answeredOnly}  MRR ${pct(metrics.mrr)}  P@1 ${pct(metrics.p1)}`);
  console.log(`index build ${buildMs.toFixed(0)} ms, ${queryMs.toFixed(2)} ms per query`);
}

const { file, json, split, falseMatches: scanPages, pages, samePage, claims } = parseArgs(process.argv.slice(2));
if (samePage) {
  if (split && split !== 'train' && split !== 'heldOut') fail(`with --same-page, --split is train or heldOut (the halves of the readability split), got ${split}`);
  try {
    samePageClaims({ claims, pages, split, json });
  } catch (e) {
    fail((e as Error).message);
  }
} else if (!existsSync(file)) fail(`${file}: no such file or folder`);
else if (scanPages) {
  if (split && split !== 'train' && split !== 'heldOut') fail(`with --false-matches, --split is train or heldOut (the halves of the readability split), got ${split}`);
  try {
    falseMatches(file, { pages, split, json });
  } catch (e) {
    fail((e as Error).message);
  }
} else if (statSync(file).isDirectory() && !existsSync(join(file, 'verified_claims.docs.tsv'))) {
  evalCaseFolder(file, json, split);
} else if (statSync(file).isDirectory()) {
  const s = split ?? 'test';
  if (!['test', 'dev', 'train'].includes(s)) fail(`--split must be test, dev or train (got ${s})`);
  evalCheckThat(file, json, s);
} else {
  evalCases(file, json, split);
}
