import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';

/** What an export writes: the whole database or a filtered part of it (same shape as RecoupeDocument). */
export interface ExportSelection {
  outlets: Outlet[];
  claims: Claim[];
  versions: Version[];
  annotations: Annotation[];
}

/** The reviewer who signs ClaimReview exports: the user's settings (reviewerName, reviewerUrl). */
export interface ReviewerSettings {
  reviewerName: string;
  reviewerUrl: string;
}
