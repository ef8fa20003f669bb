import { STATUS_STYLES, type Status } from '@/utils/core/statuses';

/** Numeric scale used in ClaimReview exports: 1 (worst, false) to 5 (best, confirmed). */
export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

/** Statuses that sit on the true/false scale. Unverified and disputed are not a degree of truth. */
const STATUS_VALUE: Partial<Record<Status, number>> = {
  false: 1,
  misleading: 2,
  'partly-true': 3,
  confirmed: 5,
};

export interface ExportRating {
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export function statusToRating(status: Status, lang: string): ExportRating {
  const alternateName = STATUS_STYLES[status].label[lang.startsWith('fr') ? 'fr' : 'en'];
  const value = STATUS_VALUE[status];
  if (value === undefined) return { alternateName };
  return { alternateName, ratingValue: value, ...RATING_SCALE };
}
