/** The training case files as one claim library (ids prefixed by file) and their cases, for index tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';
import type { IndexClaim } from '@/utils/core/matching';

const TRAIN = fileURLToPath(new URL('../../fixtures/matching/train/', import.meta.url));

export function trainingLibrary(): { claims: IndexClaim[]; cases: { text: string; lang?: string; source: string }[] } {
  const claims: IndexClaim[] = [];
  const cases: { text: string; lang?: string; source: string }[] = [];
  for (const name of readdirSync(TRAIN).filter((f) => f.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(TRAIN + name, 'utf8')) as CaseFile;
    for (const c of claimsFromCaseFile(file)) claims.push({ ...c, id: `${name}:${c.id}`, versions: c.versions.map((v) => ({ ...v, id: `${name}:${v.id}` })) });
    for (const k of file.cases) cases.push({ text: k.text, lang: k.lang, source: k.source });
  }
  return { claims, cases };
}
