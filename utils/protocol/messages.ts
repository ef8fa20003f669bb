import type { Status } from '@/utils/core/statuses';
import type { CardData } from '@/utils/protocol/card-data';
import type { AnnotationDraft, SavedAnnotation } from '@/utils/protocol/annotation-draft';
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

/** Requests that content scripts and extension pages send to the background, with their responses. */
export interface BackgroundApi {
  scan: { request: { page: PageInfo; blocks: TextBlock[] }; response: { matches: BlockMatch[]; outletId: string | null; foreign?: ForeignBlock[] } };
  /** The user confirms or dismisses a possible match: remembered for this page and claim. */
  decideMatch: { request: { url: string; claimId: string; decision: MatchDecision }; response: { ok: true } };
  getCard: { request: { claimId: string; page: PageInfo }; response: CardData };
  getSiteState: { request: { host: string }; response: { enabled: boolean } };
  setSiteState: { request: { host: string; enabled: boolean }; response: { enabled: boolean } };
  reloadStarterData: { request: Record<string, never>; response: { added: number; updated: number; kept: number } };
  /** Claims a selection most likely states (matcher ranking), or that match a search box query. */
  suggestClaims: { request: { text: string; limit: number }; response: { suggestions: ClaimSuggestion[] } };
  saveAnnotation: { request: { draft: AnnotationDraft }; response: SavedAnnotation };
  reattachAnnotation: { request: { annotationId: string; selectors: AnnotationDraft['selectors'] }; response: SavedAnnotation };
  /** The user's annotations on this page (by its URL and canonical URL), to anchor again. */
  pageAnnotations: { request: { urls: string[] }; response: { annotations: PageAnnotation[] } };
  /** Which annotations anchored on the page and which are detached. */
  reportAnchoring: { request: { results: { id: string; anchored: boolean }[] }; response: { updated: number } };
  /** A page's ClaimReview markup, unparsed: the fact-checks it may propose, and the ones to add now. */
  /** Saves the sentence highlighted on a claim's appearance page as that outlet's version. */
  saveAppearanceQuote: { request: { versionId: string; quote: string; lang?: string }; response: { saved: boolean } };
  readPageFactChecks: { request: { page: PageInfo; jsonLd: string[]; microdata: unknown[]; add: string[] }; response: PageFactCheckList };
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

export type BackgroundRequest = {
  [K in keyof BackgroundApi]: { type: K } & BackgroundApi[K]['request'];
}[keyof BackgroundApi];

/** Errors cross the message boundary as data: Error objects do not survive serialisation. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages the popup and the background send to a tab's content script. */
export interface ContentApi {
  listFound: { request: Record<string, never>; response: {
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
    };
  };
  jumpTo: { request: { claimId: string }; response: { found: boolean } };
  siteStateChanged: { request: { enabled: boolean }; response: { ok: true } };
  nextClaim: { request: Record<string, never>; response: { ok: true } };
  dataChanged: { request: Record<string, never>; response: { ok: true } };
  /** Open the annotation form on the current selection (context menu, keyboard command). */
  annotateSelection: { request: Record<string, never>; response: { ok: true } };
  /** The fact-checks this page's markup proposes (popup). */
  pageFactChecks: { request: Record<string, never>; response: PageFactCheckList };
  addPageFactCheck: { request: { claimId: string }; response: PageFactCheckList };
}

export type ContentRequest = {
  [K in keyof ContentApi]: { type: K } & ContentApi[K]['request'];
}[keyof ContentApi];

export const MESSAGE_LIMITS = {
  maxBlocks: 5000,
  maxBlockLength: 20_000,
  maxTotalChars: 2_000_000,
  maxUrlLength: 4096,
  maxIdLength: 200,
  maxQuoteLength: 10_000,
  maxFieldLength: 20_000,
  maxListItems: 200,
} as const;
