/**
 * The answer of Google's Fact Check Tools API (`claims:search`, as saved from the API or from tools
 * built on it): `{ "claims": [{ "text", "claimant", "claimDate", "claimReview": [{ "publisher":
 * { "name", "site" }, "url", "title", "reviewDate", "textualRating", "languageCode" }] }] }`. It is the
 * ClaimReview markup of the fact-checkers' pages, renamed; each review is read as that markup, in
 * place, so that a problem is reported at `claims[2].claimReview[0]`.
 */
import { isRecord } from '@/utils/core/import/read-fields';

type Json = Record<string, unknown>;

/** Whether a parsed file is such an answer: a `claims` list whose entries hold `claimReview` lists. */
export function isFactCheckToolsResponse(value: unknown): value is { claims: unknown[] } {
  if (!isRecord(value) || !Array.isArray(value.claims) || value.claims.length === 0) return false;
  return value.claims.slice(0, 20).some((c) => isRecord(c) && Array.isArray(c.claimReview));
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** One review of the answer as schema.org ClaimReview: what the API renamed, given back its names. */
function reviewNode(claim: Json, review: unknown): unknown {
  if (!isRecord(review)) return review;
  const publisher = isRecord(review.publisher) ? review.publisher : {};
  const site = text(publisher.site);
  const node: Json = {
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    url: review.url,
    headline: review.title,
    datePublished: review.reviewDate,
    inLanguage: review.languageCode,
    author: { '@type': 'Organization', name: publisher.name, ...(site ? { url: /^https?:\/\//i.test(site) ? site : `https://${site}` } : {}) },
    reviewRating: { '@type': 'Rating', alternateName: review.textualRating },
    itemReviewed: {
      '@type': 'Claim',
      ...(text(claim.claimant) ? { author: { '@type': 'Person', name: claim.claimant } } : {}),
      ...(text(claim.claimDate) ? { datePublished: claim.claimDate } : {}),
    },
  };
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined));
}

/** The answer with each review written as ClaimReview, in the same places. */
export function factCheckToolsAsClaimReview(value: { claims: unknown[] }): { claims: unknown[] } {
  return {
    claims: value.claims.map((claim) => (isRecord(claim) && Array.isArray(claim.claimReview) ? { claimReview: claim.claimReview.map((r) => reviewNode(claim, r)) } : claim)),
  };
}
