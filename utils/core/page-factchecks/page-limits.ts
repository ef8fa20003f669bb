/**
 * What Recoupe reads of a page's fact-check markup. A page's markup is untrusted: these caps keep a
 * page with hundreds of ClaimReview nodes or megabytes of JSON-LD from costing the reader anything.
 */
export const PAGE_FACTCHECK_LIMITS = {
  /** JSON-LD scripts read per page. */
  maxScripts: 50,
  /** Longest JSON-LD script read, in characters; longer ones are skipped unread. */
  maxScriptChars: 512_000,
  /** All JSON-LD read from one page, in characters. */
  maxTotalChars: 2_000_000,
  /** Microdata ClaimReview items read per page, and elements visited inside them. */
  maxMicrodataItems: 50,
  maxMicrodataElements: 2_000,
  /** Deepest nesting walked when looking for ClaimReview nodes. */
  maxDepth: 12,
  /** Fact-checks proposed per page; the rest are counted, not proposed. */
  maxProposals: 20,
} as const;
