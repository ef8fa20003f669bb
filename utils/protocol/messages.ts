import type { Status } from '@/utils/core/statuses';
import type { Annotation } from '@/utils/core/model';
import type { PageFactCheck } from '@/utils/protocol/page-factchecks';

/** A block of page text sent for matching: a paragraph, list item, heading… */
export interface TextBlock {
  id: number;
  text: string;
  /** The block's nearest `lang` attribute below the page root, if any. */
  lang?: string;
}

/** Why a sentence was matched: what it shares with the claim and what it contradicts. */
export interface MatchWhy {
  names: string[];
  figures: string[];
  words: string[];
  contradicts: string[];
}

export interface BlockMatch {
  blockId: number;
  start: number;
  end: number;
  claimId: string;
  status: Status;
  statement: string;
  /** Only 'highlight' is painted; 'possible' waits for the user to confirm or dismiss it. */
  level: 'highlight' | 'possible';
  why: MatchWhy;
  /** Set on a page a ClaimReview names as where the claim appeared: the version to save the sentence to. */
  appearanceOf?: string;
}

/** A block in a language none of the library's claims is in, with the language to translate it to. */
export interface ForeignBlock {
  blockId: number;
  lang: string;
  target: string;
}

export type MatchDecision = 'confirmed' | 'dismissed';

/** A possible match, listed in the popup for the user to confirm or dismiss. */
export interface PossibleMatch {
  claimId: string;
  status: Status;
  statement: string;
  sentence: string;
  why: MatchWhy;
}

export interface PageInfo {
  url: string;
  siteName?: string;
  lang?: string;
}

export interface FoundClaim {
  claimId: string;
  status: Status;
  statement: string;
  count: number;
  /** On a page where a fact-checked claim appeared: the highlighted sentence, to save as the outlet's version. */
  appearance?: { versionId: string; quote: string };
}

/** The fact-checks a page publishes about itself, each with what became of it in the library. */
export interface PageFactCheckList {
  proposals: PageFactCheck[];
  /** Reviews attributed to other sites (ignored) and past the per-page cap (not shown). */
  foreign: number;
  capped: number;
}

export interface ClaimSuggestion {
  claimId: string;
  statement: string;
  status: Status;
  score: number;
}

export interface PageAnnotation {
  id: string;
  claimId: string;
  status: Status;
  statement: string;
  selectors: Annotation['selectors'];
  anchorState?: Annotation['anchorState'];
}

/** Errors cross the message boundary as data. */
export type { Result } from '@/utils/protocol/define';

/** What `listFound` tells the popup of the page. */
export interface FoundOnPage {
  claims: FoundClaim[];
  enabled: boolean;
  host: string;
  /** Completed scans of this page. */
  scans: number;
  /** The user's annotations of this page that no longer anchor. */
  detached: { id: string; quote: string; statement: string }[];
  /** Possible matches, not painted, for the user to confirm or dismiss; and the page they are on. */
  possible?: PossibleMatch[];
  url?: string;
}

/** Sizes the validators refuse beyond; senders clamp or refuse before sending with the same figures. */
export const MESSAGE_LIMITS = {
  maxBlocks: 5000,
  maxBlockLength: 20_000,
  maxTotalChars: 2_000_000,
  maxUrlLength: 4096,
  maxIdLength: 200,
  maxQuoteLength: 10_000,
  maxFieldLength: 20_000,
  maxListItems: 200,
  maxHostLength: 255,
  maxLangLength: 35,
  maxSiteNameLength: 300,
  /** Title, site name, publication date of an annotated page. */
  maxPageFieldLength: 1000,
  /** A quote's prefix and suffix, a tag. */
  maxContextLength: 200,
  maxSuggestions: 50,
  /** A page's own URL and the canonical one it declares, with room to spare. */
  maxPageUrls: 4,
} as const;
