import { numberOf, textsOf } from '@/utils/core/import/claimreview-values';
import { isRecord } from '@/utils/core/import/read-fields';
import { asList } from '@/utils/core/import/web-annotation-parts';
import type { RatingInput } from '@/utils/core/verdicts/read-verdict';

/** The label(s) and value of a ClaimReview `reviewRating` (an object or a list), as published. */
export function ratingInputOf(reviewRating: unknown): RatingInput | undefined {
  const rating = asList(reviewRating).find(isRecord);
  // A rating written as its label alone ("reviewRating": "False", as some sites' markup has it).
  if (!rating) {
    const labels = asList(reviewRating).filter((r): r is string => typeof r === 'string' && r.trim() !== '');
    return labels.length ? { labels } : undefined;
  }
  return {
    labels: textsOf(rating.alternateName).concat(textsOf(rating.name)),
    value: numberOf(rating.ratingValue),
    best: numberOf(rating.bestRating),
    worst: numberOf(rating.worstRating),
  };
}

/** The fact-checker's own words for the verdict, trimmed (feeds leave a trailing "\r"). */
export function publishedLabel(input: RatingInput | undefined): string | undefined {
  const label = input?.labels.map((l) => l.trim()).find((l) => l);
  return label === undefined ? undefined : label.slice(0, 300);
}
