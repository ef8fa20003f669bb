/**
 * `npm run eval -- --same-page [--claims K] [--pages DIR] [--split train|heldOut] [--json]`: a
 * reader's small library about the page in front of them. For each real page, K of its own sentences
 * (spread through the article, 60 to 300 characters) become claims, as a desk would record them:
 * the statement, the page's own wording (left out of the scan, as on that outlet's page) and another
 * outlet's identical wording. The page is then scanned against those K claims only, as the extension
 * scans it, and every highlight or possible match on another sentence is printed for a reader to
 * judge. An article may restate one of its sentences elsewhere, so the count is an upper bound on the
 * false ones; the --false-matches check, whose claims no page states, cannot see these, since
 * sentences of one article share its names and words.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { loadPages, PAGES, splitPages } from './fit-data';
import { pageClaims, PAGE_OUTLET } from './page-sentence-claims';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');
const round = (x: number) => Math.round(x * 1000) / 1000;
const same = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function samePageClaims(opts: { claims: number; pages?: string; split?: string; json: boolean }): void {
  const dir = opts.pages ?? PAGES;
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const names = opts.split === 'train' || opts.split === 'heldOut' ? splitPages(opts.split) : readdirSync(dir).sort();
  const pages = loadPages(names.filter((n) => existsSync(join(dir, n, 'source.html'))), dir);
  let claimCount = 0;
  let ownFound = 0;
  let highlights = 0;
  let possible = 0;
  let pagesWithAny = 0;
  for (const p of pages) {
    const picked = pageClaims(p.text, opts.claims);
    if (picked.length === 0) continue;
    claimCount += picked.length;
    const matcher = ClaimMatcher.build(picked.map((c) => c.claim));
    const found = matcher.scan(p.text, { excludeOutletIds: [PAGE_OUTLET] });
    const own = new Map(picked.map((c) => [c.claim.id, c]));
    const elsewhere = found.filter((m) => {
      const c = own.get(m.claimId)!;
      // The claim's own sentence, alone or in a run of sentences, or the same words again elsewhere
      // on the page (a repeated paragraph, a caption): found, not false.
      return !(m.start <= c.start && c.end <= m.end) && !same(p.text.slice(m.start, m.end)).includes(same(p.text.slice(c.start, c.end)));
    });
    ownFound += picked.filter((c) => found.some((m) => m.claimId === c.claim.id && m.level === 'highlight' && m.start <= c.start && c.end <= m.end)).length;
    const h = elsewhere.filter((m) => m.level === 'highlight').length;
    highlights += h;
    possible += elsewhere.length - h;
    if (h > 0) pagesWithAny++;
    if (opts.json || elsewhere.length === 0) continue;
    console.log(`${p.name}: ${h} highlights, ${elsewhere.length - h} possible on other sentences`);
    for (const m of elsewhere) {
      const e = m.explanation;
      console.log(`  [${m.level}] ${m.claimId} p=${m.probability} (shared: ${[...e.sharedTerms, ...e.sharedEntities, ...e.sharedFigures].join(', ')})`);
      console.log(`      page:  ${clip(p.text.slice(m.start, m.end), 200)}`);
      console.log(`      claim: ${clip(Object.values(own.get(m.claimId)!.claim.statement)[0] ?? '', 200)}`);
    }
  }
  const n = Math.max(1, pages.length);
  const summary = {
    pages: pages.length, claims: claimCount, ownHighlighted: ownFound, highlights, perPage: round(highlights / n), pagesWithAny, possible, possiblePerPage: round(possible / n),
  };
  if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else console.log(`\n${summary.pages} pages, ${claimCount} claims (${opts.claims} a page), ${ownFound} of them highlighted on their own sentence: ${highlights} highlights on other sentences (${summary.perPage} per page, on ${pagesWithAny} pages), ${possible} possible matches (${summary.possiblePerPage} per page)`);
}
