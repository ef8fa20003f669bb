import type { ParsedImport } from '@/utils/core/import/import-types';
import { parseJsonSafely } from '@/utils/core/import/safe-json';
import { parseClaimReviewDocument } from '@/utils/core/import/parse-claimreview';
import { stableHash } from '@/utils/core/import/derive-ids';
import { textsOf } from '@/utils/core/import/claimreview-values';
import { isRecord } from '@/utils/core/import/read-fields';
import { asList } from '@/utils/core/import/web-annotation-parts';
import { pickText } from '@/utils/core/page-factchecks/pick-text';
import type { Status } from '@/utils/core/statuses';
import { collectClaimReviews } from '@/utils/core/page-factchecks/collect-reviews';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';

/** A fact-check a page publishes about itself, as the popup offers it. */
export interface FactCheckProposal {
  claimId: string;
  statement: string;
  lang: string;
  status: Status;
  /** The fact-checker's own verdict, as published. */
  ratingLabel?: string;
  factChecker?: string;
  reviewUrl: string;
  date?: string;
  /** Who made the claim (itemReviewed.author). */
  claimant?: string;
  /** Where the claim appeared (appearance, firstAppearance). */
  appearances: string[];
}

export interface PageFactChecks {
  proposals: FactCheckProposal[];
  /** The records the proposals would add, as an import would (claims, versions, outlets). */
  parsed: ParsedImport;
  /** Reviews attributed to another site than the page's: ignored. */
  foreign: number;
  /** Reviews past the per-page cap: ignored. */
  capped: number;
}

/**
 * JSON-LD as pages write it, which browsers and search engines accept: wrapped in an HTML comment
 * or CDATA section, or with raw line breaks and tabs inside strings (invalid JSON).
 */
function parseJsonLd(text: string): ReturnType<typeof parseJsonSafely> {
  const first = parseJsonSafely(text);
  if (first.ok || first.error.code !== 'malformed') return first;
  const unwrapped = text.trim().replace(/^(\/\/\s*)?(<!--|<!\[CDATA\[)/, '').replace(/(\/\/\s*)?(-->|\]\]>)$/, '');
  let inString = false;
  let out = '';
  for (let i = 0; i < unwrapped.length; i++) {
    const c = unwrapped[i]!;
    if (inString && c === '\\') {
      out += c + (unwrapped[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    out += inString && c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  }
  return parseJsonSafely(out);
}

/** Scheme-less addresses as feeds write them ("aosfatos.org/noticias/…") name a host, not a path. */
function absolute(url: string): string {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(url) ? `https://${url}` : url;
}

function originOf(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(absolute(url), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses each review on its own: pages often give several ClaimReviews the page's one address,
 * which alone would make them one claim. The first keeps the id an import of it would give; the
 * others get one from their address and statement.
 */
function parseEach(nodes: Record<string, unknown>[], now: string, nodeOf: Map<string, Record<string, unknown>>): ParsedImport {
  const out: ParsedImport = { format: 'claimreview', outlets: [], claims: [], versions: [], annotations: [], invalid: [] };
  const outlets = new Set<string>();
  for (const node of nodes) {
    const result = parseClaimReviewDocument([node], { now });
    if (!result.ok) continue;
    for (const claim of result.value.claims) {
      let id = claim.id;
      if (out.claims.some((c) => c.id === id)) id = `cr-${stableHash(`${String(node.url)} ${Object.values(claim.statement)[0]}`)}`;
      if (out.claims.some((c) => c.id === id)) continue;
      out.claims.push({ ...claim, id });
      nodeOf.set(id, node);
      out.versions.push(...result.value.versions.filter((v) => v.claimId === claim.id).map((v) => ({ ...v, id: id === claim.id ? v.id : `${v.id}-${id}`, claimId: id })));
    }
    for (const outlet of result.value.outlets) if (!outlets.has(outlet.id) && outlets.add(outlet.id)) out.outlets.push(outlet);
    out.invalid.push(...result.value.invalid);
    out.unmappedVerdicts = (out.unmappedVerdicts ?? 0) + (result.value.unmappedVerdicts ?? 0);
  }
  return out;
}

/**
 * The fact-checks a page may propose: ClaimReview nodes of its JSON-LD (as script texts) and of its
 * microdata (as read by the content script), attributed to the page's own origin: the review's URL
 * is on that origin or, without one, its author's is (or neither is given). Capped per page.
 */
export function proposeFactChecks(pageUrl: string, jsonLd: string[], microdata: unknown[], now: string): PageFactChecks {
  const pageOrigin = originOf(pageUrl, pageUrl);
  const nodes: Record<string, unknown>[] = [];
  let total = 0;
  for (const text of jsonLd.slice(0, PAGE_FACTCHECK_LIMITS.maxScripts)) {
    total += text.length;
    if (text.length > PAGE_FACTCHECK_LIMITS.maxScriptChars || total > PAGE_FACTCHECK_LIMITS.maxTotalChars) continue;
    const parsed = parseJsonLd(text);
    if (parsed.ok) collectClaimReviews(parsed.value, nodes);
  }
  collectClaimReviews(microdata.slice(0, PAGE_FACTCHECK_LIMITS.maxMicrodataItems), nodes);
  let foreign = 0;
  const accepted: Record<string, unknown>[] = [];
  for (const node of nodes) {
    const reviewUrl = textsOf(node.url)[0];
    // Attributed by the review's address; without one, by its author's (an absolute one: a relative
    // address is on any page's origin), and a review naming neither is the page's own.
    const authorUrls = asList(node.author).filter(isRecord).flatMap((a) => textsOf(a.url)).filter((u) => /^https?:\/\//i.test(u) || absolute(u) !== u);
    const own = reviewUrl !== undefined ? originOf(reviewUrl, pageUrl) === pageOrigin : authorUrls.every((u) => originOf(u, pageUrl) === pageOrigin);
    if (!pageOrigin || !own) {
      foreign++;
      continue;
    }
    // Relative review addresses ("/verifica/…") are resolved against the page, as a browser would.
    accepted.push({ ...node, url: reviewUrl === undefined ? pageUrl : new URL(absolute(reviewUrl), pageUrl).href });
  }
  const kept = accepted.slice(0, PAGE_FACTCHECK_LIMITS.maxProposals);
  const nodeOf = new Map<string, Record<string, unknown>>();
  const parsed = parseEach(kept, now, nodeOf);
  const proposals = parsed.claims.map((claim): FactCheckProposal => {
    const change = claim.statusHistory[claim.statusHistory.length - 1];
    const reviewUrl = change?.evidence?.[0] ?? pageUrl;
    const node = nodeOf.get(claim.id);
    const item = node ? asList(node.itemReviewed).find(isRecord) : undefined;
    const [lang, statement] = pickText(claim.statement);
    return {
      claimId: claim.id, statement, lang, status: claim.status, reviewUrl,
      appearances: parsed.versions.filter((v) => v.claimId === claim.id).map((v) => v.url),
      ...(claim.ratingLabel ? { ratingLabel: claim.ratingLabel } : {}),
      ...(node && textsOf(node.author)[0] ? { factChecker: textsOf(node.author)[0] } : {}),
      ...(node && textsOf(node.datePublished)[0] ? { date: textsOf(node.datePublished)[0] } : {}),
      ...(item && textsOf(item.author)[0] ? { claimant: textsOf(item.author)[0] } : {}),
    };
  });
  return { proposals, parsed, foreign, capped: accepted.length - kept.length };
}
