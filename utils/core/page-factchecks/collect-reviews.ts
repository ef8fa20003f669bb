import { isRecord } from '@/utils/core/import/read-fields';
import { HOSTILE_KEYS } from '@/utils/core/import/limits';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';

function isClaimReview(node: Record<string, unknown>): boolean {
  const type = node['@type'] ?? node.type;
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/#:])claimreview$/i.test(t.trim()));
}

/**
 * Every ClaimReview node in a page's structured data: top level, lists, `@graph`, or nested in
 * another node (`mainEntity`, `review`…), up to a depth and a count. Nodes are returned as found.
 */
export function collectClaimReviews(value: unknown, out: Record<string, unknown>[] = [], depth = 0, budget = { nodes: 20_000 }): Record<string, unknown>[] {
  if (depth > PAGE_FACTCHECK_LIMITS.maxDepth || --budget.nodes < 0) return out;
  if (Array.isArray(value)) {
    for (const item of value) collectClaimReviews(item, out, depth + 1, budget);
  } else if (isRecord(value)) {
    if (isClaimReview(value)) {
      out.push(value);
      return out;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!HOSTILE_KEYS.has(key) && typeof child === 'object' && child !== null) collectClaimReviews(child, out, depth + 1, budget);
    }
  }
  return out;
}
