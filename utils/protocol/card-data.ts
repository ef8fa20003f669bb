import type { LangText, StatusChange } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import type { FactDifference, FactMark } from '@/utils/core/claim-difference-types';

// What the background sends the content script for a claim's card (`getCard`): built by
// utils/store/card-data.ts, shown by components/ClaimCard.tsx.

export interface CardVersion {
  id: string;
  outletName: string;
  /** An http(s) URL, or '' when the stored one is not safe to link. */
  url: string;
  title: string;
  publishedAt: string;
  quote: string;
  lang: string;
  marks: FactMark[];
}

export interface RelatedClaim {
  claimId: string;
  statement: LangText;
  status: Status;
  figures: string[];
}

export interface CardData {
  claimId: string;
  statement: LangText;
  status: Status;
  statusReason: string;
  statusDate: string;
  /** The fact-checker's own verdict label, when the claim came from a ClaimReview. */
  ratingLabel?: string;
  /** Who made the claim, as the fact-checker names them. */
  claimant?: string;
  history: StatusChange[];
  /** Every other outlet's version (the page's own outlet left out). */
  versions: CardVersion[];
  /** What the page's own outlet states, when it has versions of this claim: for the comparison line. */
  ownVersions: CardVersion[];
  differences: FactDifference[];
  /** Claims sharing a tag and stating figures: other figures reported on the same question. */
  related: RelatedClaim[];
}
