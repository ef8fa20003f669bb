import { describe, expect, it } from 'vitest';
import { ClaimMatcher, HEADLINE_OUTLET, type IndexClaim } from '@/utils/core/matching/index';
import { deserialiseIndex, serialiseIndex } from '@/utils/core/matching/serialise-index';
import { parseVerifiedClaims } from '@/scripts/lib/checkthat-format';

// A fact-check's headline names its claim's subject in a few words; a page's own headline about
// the same subject shares most of them without stating the claim.
const CLAIMS: IndexClaim[] = [
  {
    id: 'mh370-phone',
    statement: { en: 'A passenger on Malaysia Airlines Flight 370 hid his phone and posted a picture after the plane was hijacked.' },
    versions: [{ id: 'mh370-phone:title', outletId: 'snopes', lang: 'en', quote: 'Malaysia Airlines Flight 370 Passenger Photo', headline: true }],
  },
  {
    id: 'yahoo-tax',
    statement: { en: 'AOL and Yahoo are proposing to charge a tax on every e-mail message sent.' },
    versions: [{ id: 'yahoo-tax:title', outletId: 'snopes', lang: 'en', quote: 'AOL and Yahoo Email Tax', headline: true }],
  },
];
const pageHeadline = 'Malaysia Airlines Flight 370 passenger photo';

describe('headlines about a claim', () => {
  const matcher = ClaimMatcher.build(CLAIMS);

  it('never highlight a page line, nor list it as a possible match', () => {
    expect(matcher.scan(pageHeadline, { lang: 'en' })).toEqual([]);
    // The same line, were the headline a wording of the claim, would be reported: the exclusion is what keeps it off.
    expect(matcher.scoredSpans(pageHeadline, { lang: 'en', scoreHeadlines: true }, matcher.model.possibleLogit).map((s) => s.claimId)).toContain('mh370-phone');
  });

  it('still help rank the claims for a text, as the annotation form suggests them', () => {
    expect(matcher.suggest('Is there an email tax from AOL and Yahoo?', 1).map((s) => s.claimId)).toEqual(['yahoo-tax']);
    const withHeadline = matcher.rankedClaims('Malaysia Airlines Flight 370 photo')[0]!;
    const withoutHeadline = ClaimMatcher.build(CLAIMS.map((c) => ({ ...c, versions: [] }))).rankedClaims('Malaysia Airlines Flight 370 photo')[0]!;
    expect(withHeadline.logit).toBeGreaterThan(withoutHeadline.logit);
  });

  it('stay headlines in an index stored and loaded again', () => {
    const loaded = ClaimMatcher.fromIndex(deserialiseIndex(serialiseIndex(matcher.claimIndex)));
    expect(loaded.scan(pageHeadline, { lang: 'en' })).toEqual([]);
    expect(loaded.suggest('Is there an email tax from AOL and Yahoo?', 1).map((s) => s.claimId)).toEqual(['yahoo-tax']);
  });

  it('are what a CheckThat! title is read as', () => {
    const [claim] = parseVerifiedClaims('\tvclaim\ttitle\n7\tAOL and Yahoo are proposing an e-mail tax.\tAOL and Yahoo Email Tax\n');
    expect(claim!.versions).toEqual([{ id: '7:title', outletId: 'snopes', lang: 'en', quote: 'AOL and Yahoo Email Tax', headline: true }]);
  });

  it('are never an outlet of the library, whatever an import calls it', () => {
    // An imported file may name an outlet anything, the headlines' own id included: its wordings still highlight.
    const named = (outletId: string): IndexClaim[] => CLAIMS.map((c) => ({ ...c, versions: c.versions.map((v) => ({ ...v, outletId, headline: false })) }));
    for (const outletId of [HEADLINE_OUTLET, `#${HEADLINE_OUTLET}`, '#tag']) {
      const library = ClaimMatcher.build(named(outletId));
      expect(library.scoredSpans(pageHeadline, { lang: 'en' }, library.model.possibleLogit).map((s) => s.claimId)).toContain('mh370-phone');
      // ...and a page of that outlet still leaves them out, as it does any outlet's own wordings.
      expect(library.scoredSpans(pageHeadline, { lang: 'en', excludeOutletIds: [outletId] }, library.model.possibleLogit)).toEqual([]);
      const loaded = ClaimMatcher.fromIndex(deserialiseIndex(serialiseIndex(library.claimIndex)));
      expect(loaded.scoredSpans(pageHeadline, { lang: 'en' }, library.model.possibleLogit).map((s) => s.claimId)).toContain('mh370-phone');
    }
  });
});
