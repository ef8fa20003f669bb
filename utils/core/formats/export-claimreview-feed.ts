import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { claimReviewNodes, type ClaimReviewOptions } from '@/utils/core/formats/export-claimreview';
import { jsonText } from '@/utils/core/formats/json-text';

/**
 * A schema.org DataFeed of ClaimReview (`dataFeedElement[].item[]`), the shape of the public aggregated
 * fact-check feed: a static file any web server or object store can serve, that Recoupe (and other
 * ClaimReview readers) subscribe to. Same reviews and same rules as the ClaimReview export.
 */
export function exportClaimReviewFeed(selection: ExportSelection, options: ClaimReviewOptions & { exportedAt: string }): string {
  const reviews = claimReviewNodes(selection, options);
  const feed = {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: `Fact checks by ${options.settings.reviewerName}`,
    dateModified: options.exportedAt,
    dataFeedElement: reviews.map((review) => ({
      '@type': 'DataFeedItem',
      dateCreated: typeof review.datePublished === 'string' && review.datePublished ? review.datePublished : options.exportedAt,
      url: review.url,
      item: [review],
    })),
  };
  return jsonText(feed, selection.versions.length + reviews.length);
}
