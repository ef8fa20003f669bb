/**
 * A hash of everything a scan gives over the 129 readability pages at one library size (default
 * 100,000 versions, the bench's library): each page's scan, every span it scored at the possible
 * match's logit with its claim, documents, logit and feature vector at full precision and its text's
 * query features and analysis, and every span scored with no floor on the logit (every candidate past
 * the coverage floor). Two trees whose hashes are equal scan alike; for changes meant to change no result.
 *
 *   npx tsx scripts/scan-hash.ts [--size 100000] [--pages]   (--pages: one hash per page too)
 */
import '@/scripts/lib/node-language-data';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimMatcher, type ScoredSpan } from '@/utils/core/matching/index';
import { extractPageText } from './lib/extract-page-text';
import { loadDatabases } from './bench';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const SIZE = Number(arg('--size') ?? 100_000);
process.argv.push('--only', String(SIZE));

/** Sets, maps and typed arrays as arrays; the text's stamp (a counter of texts analysed) left out. */
function replacer(key: string, value: unknown): unknown {
  if (key === 'stamp') return undefined;
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return [...value.entries()];
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

const spanText = (s: ScoredSpan) => JSON.stringify({ ...s, q: undefined }, replacer) + JSON.stringify(s.q, replacer);

const pageDir = '../shared/corpora/readability/pages';
const pages = readdirSync(pageDir)
  .sort()
  .map((name) => ({ name, text: extractPageText(readFileSync(join(pageDir, name, 'source.html'), 'utf8')) }))
  .filter((p) => p.text.length > 0);
const matcher = ClaimMatcher.build(loadDatabases().get(SIZE)!);
const all = createHash('sha256');
let spans = 0;
let unbounded = 0;
let matches = 0;
for (const p of pages) {
  const h = createHash('sha256');
  const found = matcher.scan(p.text);
  matches += found.length;
  h.update(JSON.stringify(found));
  for (const s of matcher.scoredSpans(p.text, {}, matcher.model.possibleLogit)) {
    h.update(spanText(s));
    spans++;
  }
  for (const s of matcher.scoredSpans(p.text)) {
    h.update(JSON.stringify({ ...s, q: undefined }, replacer));
    unbounded++;
  }
  const digest = h.digest('hex');
  all.update(digest);
  if (process.argv.includes('--pages')) console.log(`${digest.slice(0, 16)} ${p.name}`);
}
console.log(`${all.digest('hex')} (${pages.length} pages at ${SIZE} versions: ${matches} matches, ${spans} spans past the possible logit, ${unbounded} past the coverage floor)`);
