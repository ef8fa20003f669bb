/**
 * npx tsx scripts/lib/compare-starter-differences.ts
 *
 * For each claim of the starter data, the kinds of differences the card marks with the hand-entered
 * facts and with facts extracted from the same quotes (hand facts removed first).
 */
import { readFileSync } from 'node:fs';
import { compareVersions } from '@/utils/core/claim-differences';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import type { RecoupeDocument, Version } from '@/utils/core/model';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const kinds = (vs: Version[]) => [...new Set(compareVersions(vs).differences.map((d) => d.kind))].sort().join(',') || '-';
let same = 0;
for (const c of starter.claims) {
  const hand = starter.versions.filter((v) => v.claimId === c.id);
  const extracted = hand.map((v) => ({ ...v, ...extractVersionFacts(v.quote, v.publishedAt, v.lang, v.context) }));
  const a = kinds(hand);
  const b = kinds(extracted);
  if (a === b) same++;
  console.log(`${a === b ? '  ' : '≠ '}${c.id.padEnd(26)} hand: ${a.padEnd(28)} extracted: ${b}`);
}
console.log(`${same}/${starter.claims.length} claims: same kinds of differences`);
