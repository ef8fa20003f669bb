import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { pageClaims, PAGE_OUTLET } from '@/scripts/lib/page-sentence-claims';

// What `npm run eval -- --same-page` records as a desk's claims about the page it scans.
describe('a page\'s own sentences as claims', () => {
  const page = [
    'Flooding in the Brenta valley forced about 4,200 residents from their homes on Saturday, the prefect of Vicenza said.',
    'Short line.',
    'Rescue teams searched the banks of the Piave river for three people still missing after the storm.',
    'The regional civil protection agency said at least seven people had died in the floods across the Veneto region.',
    'Schools in Belluno province will stay closed until Wednesday while engineers inspect the damaged bridges.',
  ].join('\n');

  it('picks sentences of a claim\'s length spread through the page, each with its own and another outlet\'s wording', () => {
    const picked = pageClaims(page, 2);
    expect(picked.map((c) => page.slice(c.start, c.end))).toEqual([
      'Rescue teams searched the banks of the Piave river for three people still missing after the storm.',
      'Schools in Belluno province will stay closed until Wednesday while engineers inspect the damaged bridges.',
    ]);
    expect(picked[0]!.claim.versions.map((v) => v.outletId)).toEqual([PAGE_OUTLET, 'another-outlet']);
    expect(picked[0]!.claim.statement).toEqual({ en: page.slice(picked[0]!.start, picked[0]!.end) });
  });

  it('is found on its own sentence when the page\'s own wording is left out of the scan', () => {
    const picked = pageClaims(page, 4);
    const found = ClaimMatcher.build(picked.map((c) => c.claim)).scan(page, { excludeOutletIds: [PAGE_OUTLET] });
    for (const c of picked) expect(found.some((m) => m.claimId === c.claim.id && m.level === 'highlight' && m.start <= c.start && c.end <= m.end)).toBe(true);
  });
});
