/** Public data types of the matcher (re-exported by index.ts). */

/**
 * The outlet of headlines about a claim rather than wordings of it (a fact-check's own title,
 * "Did 122 Prisoners Return to the Battlefield?"): they help rank claims for a text, as a
 * fact-checker's title names its claim, but never make a page's sentence a highlight or a
 * possible match. A headline is a topic line: on a page, a headline or a link naming the same
 * subject ("Malaysia Airlines Flight 370, one year later") shares most of its few words.
 */
export const HEADLINE_OUTLET = '#headline';

/**
 * An outlet id as the index keeps it: ids starting with '#' get one more, so that no outlet of the
 * library, whatever an import names it, is ever taken for HEADLINE_OUTLET. Exclusions are escaped alike.
 */
export const indexOutletId = (id: string): string => (id.startsWith('#') ? `#${id}` : id);

export interface IndexVersion {
  id: string;
  outletId: string;
  lang: string;
  quote: string;
  /** A headline about the claim rather than a wording of it (HEADLINE_OUTLET): it ranks, never highlights. */
  headline?: boolean;
}

export interface IndexClaim {
  id: string;
  statement: Record<string, string>;
  versions: IndexVersion[];
}

export interface MatchExplanation {
  /** Version id, or 'statement'. */
  via: string;
  /** Words and names shared with the claim, as the claim's wording writes them; words that run
   *  together are one phrase ("nord-coréens", "Corée du Nord"). */
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
  /** Figures of the text that contradict the claim's ("10,000" in the text, "11,000" in the claim). */
  contradictedFigures: { text: string; claim: string }[];
  /** One side is negated or denied, the other not. */
  negationDiffers: boolean;
}

export interface TextMatch {
  claimId: string;
  /** UTF-16 offsets into the scanned text, end exclusive, covering the matched sentence. */
  start: number;
  end: number;
  /** Same as probability (kept for callers that sort by score). */
  score: number;
  /** Calibrated probability, from the fitted model, that the span states the claim. */
  probability: number;
  /** 'highlight' from HIGHLIGHT_PROBABILITY, else 'possible' (from POSSIBLE_PROBABILITY): listed for the user to confirm. */
  level: 'highlight' | 'possible';
  explanation: MatchExplanation;
}

export interface ScanOptions {
  excludeOutletIds?: string[];
  /** Score headlines (HEADLINE_OUTLET) like wordings: only the fit, which learns from them as negatives. */
  scoreHeadlines?: boolean;
  lang?: string;
}
