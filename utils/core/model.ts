import type { Status } from '@/utils/core/statuses';

/** A language-tagged text: `{ fr: '…', en: '…' }`. */
export type LangText = Record<string, string>;

/** Who or what a claim (or a figure) is attributed to, as one outlet states it. */
export interface Attribution {
  /** Name as written, e.g. "Service national de renseignement (NIS) sud-coréen". */
  name: string;
  /** Normalised key shared across outlets and languages, e.g. "nis" or "south-korean-media". */
  key?: string;
}

/** A figure stated in a version: 11000 soldiers, 72 hours… */
export interface Figure {
  value: number;
  /** Upper bound when the figure is a range ("10,000 to 12,000"). */
  max?: number;
  /** What is counted, e.g. "soldiers". */
  unit?: string;
  /** Qualifier as written: "environ", "près de", "jusqu'à". */
  qualifier?: string;
  /** The figure as written in the quote. */
  text: string;
}

export interface StatusChange {
  status: Status;
  reason: string;
  /** ISO 8601 date-time. */
  date: string;
  /** Who made the change: 'starter-data', 'import', or the user's name from settings. */
  by: string;
  evidence?: string[];
  note?: string;
}

export interface Claim {
  id: string;
  statement: LangText;
  status: Status;
  statusReason: string;
  statusDate: string;
  /** Oldest first; the last entry is the current status. */
  statusHistory: StatusChange[];
  tags: string[];
  /** 'starter' for the shipped dataset, 'user', or 'import'../. */
  origin: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the user edits the record; the starter loader never overwrites such records. */
  userModified?: boolean;
  /** The verdict as the fact-checker published it ("Engañoso", "錯誤"), kept beside the status. */
  ratingLabel?: string;
  /** The page the fact-check was read from (claims added from a page's ClaimReview markup). */
  sourcePage?: string;
  /** Who made the claim, as the fact-checker names them (ClaimReview's itemReviewed.author): "Ron Wyden", "Social media posts". */
  claimant?: string;
}

export interface Outlet {
  id: string;
  name: string;
  domains: string[];
  origin: string;
  userModified?: boolean;
}

export interface Version {
  id: string;
  claimId: string;
  outletId: string;
  url: string;
  title: string;
  /** ISO 8601 date (or date-time). */
  publishedAt: string;
  quote: string;
  lang: string;
  figures: Figure[];
  places: string[];
  attributions: Attribution[];
  /** Dates stated in the quote as written ("d'ici le 1er novembre"). */
  dates: string[];
  /**
   * Set when the user edited the facts (figures, places, attributions, dates) in the library: an
   * automatic extraction never overwrites them. Absent when the facts were extracted or imported.
   */
  factsByUser?: boolean;
  /** Set when the facts were read from the quote by the extractor (utils/core/facts), not typed. */
  factsExtracted?: boolean;
  /**
   * The article's text just before the quote, as far as the extractor reads it (its last paragraphs,
   * at most 2,000 characters): who "Il a déclaré" or "he said" is. Kept so that facts extracted again
   * (after an import, or when the quote is edited) name the same sources as at annotation time.
   */
  context?: string;
  origin: string;
  createdAt: string;
  updatedAt: string;
  userModified?: boolean;
}

/** W3C Web Annotation selectors for re-anchoring a quote in a page. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Unicode code points, as the W3C model requires. */
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  /** The claim this annotation attaches the quote to. */
  claimId: string;
  /** The version this annotation created or updated, if any. */
  versionId?: string;
  url: string;
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector };
  note: string;
  tags: string[];
  evidence: string[];
  /** Last anchoring outcome: 'anchored' or 'detached'. */
  anchorState?: 'anchored' | 'detached';
  createdAt: string;
  updatedAt: string;
}

export interface Settings {
  key: 'settings';
  reviewerName: string;
  reviewerUrl: string;
  disabledSites: string[];
  /** Add the fact-checks pages publish about themselves (ClaimReview markup) without asking. */
  autoAddPageFactChecks?: boolean;
}

/** The Recoupe JSON document: exports, imports and the starter dataset share it. */
export interface RecoupeDocument {
  format: 'recoupe/1';
  exportedAt: string;
  outlets: Outlet[];
  claims: Claim[];
  versions: Version[];
  annotations: Annotation[];
}
