/**
 * `npm run eval -- --false-matches CLAIMS [--pages DIR] [--split train|heldOut] [--json]`:
 * scans real pages (page text read as the content script reads it) against a
 * claim set (a claim-match-cases file, a CheckThat! 2020 folder, or any file the
 * library page imports: Recoupe JSON, W3C Web Annotation, ClaimReview, CSV) and prints
 * every highlight and possible match with its sentence and claim, for a reader
 * to judge. The readability pages state none of the CheckThat! claims, so
 * there every report is a false match unless a reader decides otherwise.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher, type IndexClaim, type TextMatch } from '@/utils/core/matching/index';
import { parseVerifiedClaims } from './checkthat-format';
import { claimsFromCaseFile, invalidCaseFile, validateCaseFile, type CaseFile } from './evaluate-cases';
import { loadPages, PAGES, splitPages } from './fit-data';
import { parseImport } from '@/utils/core/import/parse-import';
import { libraryClaims } from '@/utils/core/matching/library-claims';

export function readClaimSet(path: string): IndexClaim[] {
  if (statSync(path).isDirectory()) return parseVerifiedClaims(readFileSync(join(path, 'verified_claims.docs.tsv'), 'utf8'));
  const text = readFileSync(path, 'utf8');
  const caseFile = asCaseFile(text);
  if (caseFile) {
    const errors = validateCaseFile(caseFile);
    if (errors.length) throw new Error(invalidCaseFile(path, errors));
    return claimsFromCaseFile(caseFile);
  }
  // Anything else is read as the library page imports it, and indexed as the background indexes the library.
  const parsed = parseImport(text, { fileName: path });
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}${parsed.error.position ? ` (${parsed.error.position})` : ''}`);
  return libraryClaims(parsed.value.claims, parsed.value.versions);
}

/** The text as a claim-match-cases file, parsed once, or undefined when it is something else. */
function asCaseFile(text: string): CaseFile | undefined {
  try {
    const v = JSON.parse(text) as { format?: unknown };
    return typeof v?.format === 'string' && v.format.startsWith('claim-match-cases/') ? (v as CaseFile) : undefined;
  } catch {
    return undefined;
  }
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');

export function falseMatches(claimsPath: string, opts: { pages?: string; split?: string; json: boolean }) {
  const dir = opts.pages ?? PAGES;
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const names = opts.split === 'train' || opts.split === 'heldOut' ? splitPages(opts.split) : readdirSync(dir).sort();
  const pages = loadPages(names.filter((n) => existsSync(join(dir, n, 'source.html'))), dir);
  const claims = readClaimSet(claimsPath);
  const statements = new Map(claims.map((c) => [c.id, c.statement.en ?? Object.values(c.statement).find(Boolean) ?? c.versions[0]?.quote ?? '']));
  const matcher = ClaimMatcher.build(claims);
  let highlights = 0;
  let possible = 0;
  let pagesWithAny = 0;
  for (const p of pages) {
    const found = matcher.scan(p.text);
    const h = found.filter((m) => m.level === 'highlight').length;
    highlights += h;
    possible += found.length - h;
    if (h > 0) pagesWithAny++;
    if (opts.json || found.length === 0) continue;
    console.log(`${p.name}: ${h} highlights, ${found.length - h} possible`);
    for (const m of found) print(m, p.text, statements);
  }
  const summary = { pages: pages.length, highlights, perPage: round(highlights / Math.max(1, pages.length)), pagesWithAny, possible, possiblePerPage: round(possible / Math.max(1, pages.length)) };
  if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else console.log(`\n${summary.pages} pages, ${claims.length} claims: ${highlights} highlights (${summary.perPage} per page, on ${pagesWithAny} pages), ${possible} possible matches (${summary.possiblePerPage} per page)`);
}

function print(m: TextMatch, text: string, statements: Map<string, string>) {
  const e = m.explanation;
  const shared = [...e.sharedTerms, ...e.sharedEntities, ...e.sharedFigures].join(', ');
  console.log(`  [${m.level}] ${m.claimId} p=${m.probability} via ${e.via} (shared: ${shared})`);
  console.log(`      page:  ${clip(text.slice(m.start, m.end), 200)}`);
  console.log(`      claim: ${clip(statements.get(m.claimId) ?? '', 200)}`);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
