import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itWithShared } from '../../shared-data';
import { readClaimSet } from '@/scripts/lib/false-matches';
import { ClaimMatcher } from '@/utils/core/matching/index';

// The claim sets `npm run eval -- --false-matches CLAIMS` scans pages against.
describe('claim sets of the false-match scan', () => {
  itWithShared('reads real published ClaimReview as the library page imports it, and finds a claim stated on a page', ['real-data/claimreview/feed-sample.json'], () => {
    const claims = readClaimSet('../shared/real-data/claimreview/feed-sample.json');
    const langs = new Set(claims.flatMap((c) => Object.keys(c.statement)));
    expect(claims.length).toBeGreaterThan(50);
    expect(langs.size).toBeGreaterThan(5);
    // A page quoting a Spanish fact-checked claim word for word is highlighted for that claim.
    const spanish = claims.find((c) => (c.statement.es ?? '').split(' ').length >= 10)!;
    const found = ClaimMatcher.build(claims).scan(`Según varias publicaciones en redes sociales, ${spanish.statement.es}`, { lang: 'es' });
    expect(found.filter((m) => m.level === 'highlight').map((m) => m.claimId)).toContain(spanish.id);
  });

  itWithShared('reads a CheckThat! folder, its titles as headlines', ['benchmarks/checkthat-2020'], () => {
    const claims = readClaimSet('../shared/benchmarks/checkthat-2020');
    expect(claims.length).toBe(10375);
    expect(claims.some((c) => c.versions.some((v) => v.headline))).toBe(true);
  });

  it('refuses a file it cannot read, naming it and saying why', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'claims-')), 'notes.json');
    writeFileSync(path, '{"notes": []}');
    expect(() => readClaimSet(path)).toThrow(/notes\.json: .*not a Recoupe export/);
  });

  it('refuses a claim-match-cases file with a malformed claim, naming the claim and what is wrong', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'claims-')), 'cases.json');
    const claims = [{ id: 'a', statement: { en: 'A claim' }, versions: [] }, { id: 'b', statement: { en: ['A list, not a text'] }, versions: [] }];
    writeFileSync(path, JSON.stringify({ format: 'claim-match-cases/1', claims, cases: [] }));
    expect(() => readClaimSet(path)).toThrow(/cases\.json: not a valid claim-match-cases\/1 file:\s+claims\[1\]\.statement/);
  });
});
