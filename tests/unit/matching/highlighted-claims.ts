/** What a reader would see highlighted: the ids of the claims a matcher highlights in a text (possible matches left out). */
import type { ClaimMatcher } from '@/utils/core/matching/index';

export const highlightedClaims =
  (matcher: ClaimMatcher) =>
  (text: string, lang: string): string[] =>
    matcher
      .scan(text, { lang })
      .filter((m) => m.level === 'highlight')
      .map((m) => m.claimId);
