/** Public data types of the matcher (re-exported by index.ts). */

export interface IndexVersion {
  id: string;
  outletId: string;
  lang: string;
  quote: string;
}

export interface IndexClaim {
  id: string;
  statement: Record<string, string>;
  versions: IndexVersion[];
}

export interface MatchExplanation {
  /** Version id, or 'statement'. */
  via: string;
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
}

export interface TextMatch {
  claimId: string;
  /** UTF-16 offsets into the scanned text, end exclusive, covering the matched sentence. */
  start: number;
  end: number;
  score: number;
  /** Confidence that the sentence states the claim, 0 to 1. */
  probability: number;
  /** 'highlight' is painted; 'possible' is offered to the user to confirm or dismiss. */
  level: 'highlight' | 'possible';
  explanation: MatchExplanation;
}

export interface ScanOptions {
  excludeOutletIds?: string[];
  lang?: string;
}
