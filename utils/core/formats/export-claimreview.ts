import type { Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection, ReviewerSettings } from '@/utils/core/formats/export-selection';
import { recoupeIri } from '@/utils/core/formats/recoupe-iris';
import { jsonText } from '@/utils/core/formats/json-text';
import { statusToRating } from '@/utils/core/formats/status-rating';

export interface ClaimReviewOptions {
  /** The fact-checker signing the reviews (the user's settings). */
  settings: ReviewerSettings;
  /** Page of the published fact check; default `<reviewerUrl>#claim-<id>`. */
  reviewUrl?: (claim: Claim) => string;
  /** Language of claimReviewed and the rating label; default the first statement language. */
  lang?: string;
}

/** Thrown when the settings lack what Google requires (reviewer name and an http(s) URL). */
export class ClaimReviewSettingsError extends Error {}

type Json = Record<string, unknown>;

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function appearance(version: Version, outlet: Outlet | undefined): Json {
  const work: Json = { '@type': 'CreativeWork', '@id': recoupeIri('version', version.id), url: version.url };
  if (version.title.trim()) work.headline = version.title;
  if (version.publishedAt) work.datePublished = version.publishedAt;
  if (version.quote) work.text = version.quote;
  if (version.lang) work.inLanguage = version.lang;
  if (outlet) work.publisher = { '@type': 'Organization', '@id': recoupeIri('outlet', outlet.id), name: outlet.name };
  // Whom this outlet attributes the quote (`text`) to: the appearance's own author, so that each
  // version comes back with its own attributions. An empty list says "none", where a missing author
  // lets a reader fall back on the claim's (markup from elsewhere does).
  work.author = version.attributions.map((a) => ({ '@type': 'Organization', name: a.name }));
  return work;
}

function reviewFor(claim: Claim, versions: Version[], outlets: Map<string, Outlet>, options: ClaimReviewOptions): Json {
  const { settings } = options;
  const lang = options.lang && Object.hasOwn(claim.statement, options.lang) ? options.lang : Object.keys(claim.statement)[0] ?? 'en';
  const sorted = [...versions].sort((a, b) => (a.publishedAt || '9999').localeCompare(b.publishedAt || '9999'));
  const appearances = sorted.map((v) => appearance(v, outlets.get(v.outletId)));
  const item: Json = { '@type': 'Claim' };
  // Who made the claim, as the fact-checker names them; what each outlet attributes it to is on its appearance.
  if (claim.claimant) item.author = { '@type': 'Person', name: claim.claimant };
  if (sorted[0]?.publishedAt) item.datePublished = sorted[0].publishedAt;
  if (appearances.length > 0) {
    item.appearance = appearances;
    item.firstAppearance = appearances[0];
  }
  return {
    '@type': 'ClaimReview',
    identifier: recoupeIri('claim', claim.id),
    url: options.reviewUrl?.(claim) ?? `${settings.reviewerUrl.split('#')[0]}#claim-${encodeURIComponent(claim.id)}`,
    claimReviewed: claim.statement[lang] ?? '',
    inLanguage: lang,
    datePublished: claim.statusDate,
    author: { '@type': 'Organization', name: settings.reviewerName, url: settings.reviewerUrl },
    // The fact-checker's own words where the status is still theirs (a status set here drops them): "Pants on Fire!", "Engañoso".
    reviewRating: { '@type': 'Rating', ...statusToRating(claim.status, lang), ...(claim.ratingLabel ? { alternateName: claim.ratingLabel } : {}), ratingExplanation: claim.statusReason },
    itemReviewed: item,
  };
}

/**
 * schema.org ClaimReview (JSON-LD, one `@graph`): one review per claim with a verdict, i.e. every
 * status but `unverified`. Throws ClaimReviewSettingsError without a reviewer name and URL.
 */
export function exportClaimReview(selection: ExportSelection, options: ClaimReviewOptions): string {
  const graph = claimReviewNodes(selection, options);
  return jsonText({ '@context': 'https://schema.org', '@graph': graph }, selection.versions.length + graph.length);
}

/** The ClaimReview nodes of a selection (claims with a verdict), for a graph or a DataFeed. */
export function claimReviewNodes(selection: ExportSelection, options: ClaimReviewOptions): Json[] {
  const { reviewerName, reviewerUrl } = options.settings;
  if (!reviewerName.trim()) throw new ClaimReviewSettingsError('Set your name as reviewer in the settings: ClaimReview needs an author.');
  if (!isHttpUrl(reviewerUrl)) throw new ClaimReviewSettingsError('Set an http(s) reviewer URL in the settings: ClaimReview needs the URL of the fact check.');
  const outlets = new Map(selection.outlets.map((o) => [o.id, o]));
  const versionsByClaim = new Map<string, Version[]>();
  for (const v of selection.versions) {
    const list = versionsByClaim.get(v.claimId) ?? [];
    list.push(v);
    versionsByClaim.set(v.claimId, list);
  }
  return selection.claims
    .filter((c) => c.status !== 'unverified')
    .map((c) => reviewFor(c, versionsByClaim.get(c.id) ?? [], outlets, options));
}
