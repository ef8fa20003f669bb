/**
 * npx tsx scripts/write-starter-context.ts
 *
 * Gives every version of public/starter-data.json the text before its quote in its seed article
 * (../shared/seeds), as the extension keeps it when a user annotates the quote on the page: the
 * article's last paragraphs before the quote, bounded as the fact extractor reads them. With it, facts
 * extracted again from a starter version (after its hand-entered facts are removed, or its quote is
 * edited) name the speaker the article gives ("Il a déclaré…" is Kyrylo Budanov). Run again after
 * adding versions to the starter data; a version whose quote is in no seed article is reported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contextsOf, readArticles } from '@/scripts/lib/facts-articles';
import { REPO_ROOT, SEEDS_DIR } from '@/scripts/lib/demo-articles';
import { CONTEXT_CHARS, recentContext } from '@/utils/core/facts/recent-context';
import type { RecoupeDocument, Version } from '@/utils/core/model';

const file = resolve(REPO_ROOT, 'public/starter-data.json');
const doc = JSON.parse(readFileSync(file, 'utf8')) as RecoupeDocument;
const contexts = contextsOf(
  doc.versions.map((v) => ({ quote: v.quote, page: v.url })),
  readArticles(SEEDS_DIR),
  CONTEXT_CHARS,
);
let missing = 0;
doc.versions = doc.versions.map((v, i) => {
  // The context goes right after the quote, so that a reader of the file sees them together.
  const rest: Partial<Version> = { ...v };
  delete rest.context;
  const context = contexts[i] === undefined ? undefined : recentContext(contexts[i]!);
  if (context === undefined) {
    missing++;
    console.warn(`${v.id}: quote not found in ${SEEDS_DIR}`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(rest)) {
    out[k] = value;
    if (k === 'quote' && context) out.context = context;
  }
  return out as unknown as Version;
});
writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
console.log(`${doc.versions.length - missing} of ${doc.versions.length} versions given the text before their quote`);
