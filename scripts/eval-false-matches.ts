/**
 * npx tsx scripts/eval-false-matches.ts [--quiet] [--json]
 *
 * False matches on real pages: scans the visible text of every page of the
 * readability corpus (extracted as the benchmark does) against (a) the seed
 * claims of shared/eval/seed-cases.json and (b) the CheckThat! 2020 verified
 * claims. None of these pages states a seed claim, so every seed match is a
 * false positive. A CheckThat! match may be right (a page about a hoax), so
 * those are printed with the sentence for a reader to judge, and counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVerifiedClaims } from '@/utils/core/matching/checkthat-format';
import { claimsFromCaseFile, type CaseFile } from '@/utils/core/matching/evaluate-cases';
import { ClaimMatcher, type IndexClaim, type TextMatch } from '@/utils/core/matching/index';
import { extractPageText } from './lib/extract-page-text';

const SHARED = '../shared';
const quiet = process.argv.includes('--quiet');
const json = process.argv.includes('--json');

interface PageResult {
  page: string;
  seed: TextMatch[];
  checkthat: TextMatch[];
}

function loadPages(): { name: string; text: string }[] {
  const dir = join(SHARED, 'corpora/readability/pages');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: extractPageText(readFileSync(join(dir, name, 'source.html'), 'utf8')) }))
    .filter((p) => p.text.length > 0);
}

function statementOf(claims: IndexClaim[]): Map<string, string> {
  return new Map(claims.map((c) => [c.id, c.statement.en ?? Object.values(c.statement)[0] ?? '']));
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');

function main() {
  const pages = loadPages();
  const seedClaims = claimsFromCaseFile(JSON.parse(readFileSync(join(SHARED, 'eval/seed-cases.json'), 'utf8')) as CaseFile);
  const checkthatClaims = parseVerifiedClaims(readFileSync(join(SHARED, 'benchmarks/checkthat-2020/verified_claims.docs.tsv'), 'utf8'));
  const seed = ClaimMatcher.build(seedClaims);
  const checkthat = ClaimMatcher.build(checkthatClaims);
  const statements = new Map([...statementOf(seedClaims), ...statementOf(checkthatClaims)]);

  const results: PageResult[] = pages.map((p) => ({ page: p.name, seed: seed.scan(p.text), checkthat: checkthat.scan(p.text) }));
  if (json) {
    const slim = (m: TextMatch) => ({ claimId: m.claimId, score: m.score, via: m.explanation.via });
    process.stdout.write(JSON.stringify(results.map((r) => ({ page: r.page, seed: r.seed.map(slim), checkthat: r.checkthat.map(slim) }))) + '\n');
    return;
  }
  const text = new Map(pages.map((p) => [p.name, p.text]));
  for (const r of results) {
    if (r.seed.length === 0 && r.checkthat.length === 0) continue;
    console.log(`${r.page}: ${r.seed.length} seed, ${r.checkthat.length} CheckThat!`);
    if (quiet) continue;
    for (const [kind, matches] of [['seed', r.seed], ['CheckThat!', r.checkthat]] as const) {
      for (const m of matches) {
        const e = m.explanation;
        const shared = [...e.sharedTerms, ...e.sharedEntities, ...e.sharedFigures].join(', ');
        console.log(`  [${kind}] ${m.claimId} ${m.score} via ${e.via} (shared: ${shared})`);
        console.log(`      page:  ${clip(text.get(r.page)!.slice(m.start, m.end), 200)}`);
        console.log(`      claim: ${clip(statements.get(m.claimId) ?? '', 200)}`);
      }
    }
  }
  const count = (pick: (r: PageResult) => TextMatch[]) => results.reduce((n, r) => n + pick(r).length, 0);
  const pagesWith = (pick: (r: PageResult) => TextMatch[]) => results.filter((r) => pick(r).length > 0).length;
  const seedCount = count((r) => r.seed);
  const ctCount = count((r) => r.checkthat);
  console.log(`\n${pages.length} pages`);
  console.log(`seed claims (${seedClaims.length}): ${seedCount} sentence matches, all false (${(seedCount / pages.length).toFixed(2)} per page, on ${pagesWith((r) => r.seed)} pages)`);
  console.log(`CheckThat! claims (${checkthatClaims.length}): ${ctCount} sentence matches (${(ctCount / pages.length).toFixed(2)} per page, on ${pagesWith((r) => r.checkthat)} pages); judge them above`);
}

main();
