/**
 * False highlights across languages, on training data only: the training stories' claims reduced to
 * one language (the derived files of tests/fixtures/matching/train, claims known only in French, or
 * only in English), scanned against the train half of the readability pages, every page but the
 * story's own (named in its file's `about`). The CheckThat! claims are English against mostly English
 * pages, so `--false-matches` on them never tries a translation; this does, where a wrong link of the
 * French–English word lists would make a highlight on a page that states nothing of the sort.
 * Prints each report and one JSON line; asserts nothing.
 *
 *   npx tsx scripts/cross-language-false-matches.ts [--quiet]
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { claimsFromCaseFile, type CaseFile } from './lib/evaluate-cases';
import { loadPages, PAGES, splitPages } from './lib/fit-data';

const TRAIN = 'tests/fixtures/matching/train';
const DERIVED = ['derived-en-cases-fr-claims.json', 'derived-fr-cases-en-claims.json'];
const quiet = process.argv.includes('--quiet');

const read = (name: string) => JSON.parse(readFileSync(join(TRAIN, name), 'utf8')) as CaseFile & { about?: string };

/** Claim id -> the readability page its story was taken from. */
function storyPages(): Map<string, string> {
  const pageOf = new Map<string, string>();
  for (const name of readdirSync(TRAIN).filter((n) => n.endsWith('.json') && !DERIVED.includes(n))) {
    const file = read(name);
    const page = /readability page ([\w-]+)/.exec(file.about ?? '')?.[1];
    if (!page) continue;
    for (const c of claimsFromCaseFile(file)) pageOf.set(c.id, page);
  }
  return pageOf;
}

const pageOf = storyPages();
const pages = loadPages(splitPages('train'), PAGES);
const totals: Record<string, { highlights: number; possible: number }> = {};
for (const name of DERIVED) {
  const claims = claimsFromCaseFile(read(name)).filter((c) => pageOf.has(c.id));
  const matcher = ClaimMatcher.build(claims);
  const t = (totals[name] = { highlights: 0, possible: 0 });
  for (const p of pages) {
    for (const m of matcher.scan(p.text)) {
      if (pageOf.get(m.claimId) === p.name) continue;
      if (m.level === 'highlight') t.highlights++;
      else t.possible++;
      if (!quiet) console.log(`${name} ${p.name} [${m.level}] ${m.claimId} p=${m.probability} (shared: ${[...m.explanation.sharedTerms, ...m.explanation.sharedEntities, ...m.explanation.sharedFigures].join(', ')})\n    ${p.text.slice(m.start, m.end).replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}
const highlights = Object.values(totals).reduce((n, t) => n + t.highlights, 0);
const possible = Object.values(totals).reduce((n, t) => n + t.possible, 0);
console.log(JSON.stringify({ pages: pages.length, highlights, possible, byFile: totals }));
