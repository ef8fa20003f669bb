import type { Claim, Outlet, StatusChange, Version } from '@/utils/core/model';
import { STATUS_STYLES } from '@/utils/core/statuses';
import { parseRecoupeIri } from '@/utils/core/formats/recoupe-iris';
import { detectLanguage } from '@/utils/core/language/detect-language';
import { isUnderstood, ratingToStatus } from '@/utils/core/verdicts/read-verdict';
import { publishedLabel, ratingInputOf } from '@/utils/core/verdicts/rating-input';
import { fail, type ParseResult } from '@/utils/core/import/import-types';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { canonicalLanguageTag, isRecord, languageOr, readDate, typeName } from '@/utils/core/import/read-fields';
import { hostOf, OutletSet, outletForUrl, stableHash } from '@/utils/core/import/derive-ids';
import { asList, hasType } from '@/utils/core/import/web-annotation-parts';
import { appearancesOf, httpUrlOf, isoDateOf, textsOf, type AppearanceRef } from '@/utils/core/import/claimreview-values';
import type { ImportContext } from '@/utils/core/import/parse-web-annotation';
import { factCheckToolsAsClaimReview, isFactCheckToolsResponse } from '@/utils/core/import/fact-check-tools';

/**
 * ClaimReviews nested in another typed node (a page's `mainEntity`, an article's `review`), found
 * without reporting the untyped objects around them (logos, addresses), which are not errors.
 */
function nested(node: unknown, at: string, out: [Record<string, unknown>, string][], depth: number): number {
  if (depth > 12) return 0;
  if (Array.isArray(node)) return node.reduce((n: number, item, i) => n + nested(item, `${at}[${i}]`, out, depth + 1), 0);
  if (!isRecord(node)) return 0;
  if (hasType(node, 'ClaimReview')) {
    out.push([node, at]);
    return 1;
  }
  let found = 0;
  for (const [key, child] of Object.entries(node)) {
    if (typeof child === 'object' && child !== null && key !== '@context') found += nested(child, `${at}.${key}`, out, depth + 1);
  }
  return found;
}

/** ClaimReviews in a single object, a list, an @graph, a DataFeed (dataFeedElement[].item[]) or nested in a page's nodes. */
function collect(doc: unknown, at: string, log: InvalidLog, out: [Record<string, unknown>, string][], other: { count: number }): void {
  const prefix = at ? `${at}.` : '';
  const recurse = (value: unknown, where: string) => collect(value, where, log, out, other);
  if (Array.isArray(doc)) doc.forEach((item, i) => recurse(item, `${at}[${i}]`));
  else if (!isRecord(doc)) log.add(at || 'file', `Expected a ClaimReview, found ${typeName(doc)}.`);
  else if (hasType(doc, 'ClaimReview')) out.push([doc, at || 'ClaimReview']);
  else if (doc['@graph'] !== undefined) recurse(doc['@graph'], `${prefix}@graph`);
  else if (doc.dataFeedElement !== undefined) recurse(doc.dataFeedElement, `${prefix}dataFeedElement`);
  else if (doc.item !== undefined) recurse(doc.item, `${prefix}item`);
  // Google's Fact Check Tools answer, its reviews written as ClaimReview (fact-check-tools.ts).
  else if (Array.isArray(doc.claimReview)) recurse(doc.claimReview, `${prefix}claimReview`);
  else if (at === '' && Array.isArray(doc.claims)) recurse(doc.claims, 'claims');
  // Pages' JSON-LD graphs also describe the page, the publisher, breadcrumbs…: typed nodes of
  // other kinds are not errors, only untyped ones are.
  else if (doc['@type'] === undefined && doc.type === undefined) log.add(at || 'file', 'Not a ClaimReview (no "@type": "ClaimReview").');
  else if (nested(doc, at || 'file', out, 0) === 0) other.count++;
}

function declaredLanguage(value: unknown): string | undefined {
  const text = textsOf(isRecord(value) ? value.alternateName ?? value.name : value)[0];
  // "pt_BR" as some CMSs write it is the tag pt-BR.
  const tag = languageOr(text?.trim().replace(/_/g, '-'), '');
  return tag ? canonicalLanguageTag(tag) : undefined;
}

/** The language the review declares (on itself or on the claim), else the one its texts are written in. */
function statementLanguage(review: Record<string, unknown>, statement: string): string {
  const item = asList(review.itemReviewed).find(isRecord);
  return declaredLanguage(review.inLanguage) ?? declaredLanguage(item?.inLanguage) ?? detectLanguage(statement)
    ?? detectLanguage([review.headline, review.name, review.reviewBody, review.description].flatMap(textsOf).join(' '))
    // Review addresses are slugs of their headline, in the review's language ("…-did-not-make-a-viral-statement…").
    ?? detectLanguage(textsOf(review.url).join(' ').replace(/[-_/.]+/g, ' ')) ?? 'und';
}

function validDate(value: string | undefined, at: string, log: InvalidLog): string | undefined {
  return value === undefined ? undefined : readDate(isoDateOf(value), at, log);
}

function statusChange(review: Record<string, unknown>, at: string, log: InvalidLog, date: string, url: string | undefined): { change: StatusChange; understood: boolean; label?: string } {
  const input = ratingInputOf(review.reviewRating);
  const outcome = ratingToStatus(input ?? { labels: [] });
  const labels = input?.labels ?? [];
  const { value, best, worst } = input ?? {};
  const original = `${labels.length ? `"${labels.join('" / "')}"` : 'no label'}${value !== undefined ? `, ratingValue ${value} (worst ${worst ?? '?'}, best ${best ?? '?'})` : ''}`;
  if (!input) log.add(`${at}.reviewRating`, 'Missing; the claim is left unverified.');
  else if (outcome.via === 'unmapped') log.add(`${at}.reviewRating`, `Could not map the rating (${original}) to a status; the claim is left unverified.`);
  // The fact-checking organisation, where the authors list it beside the journalist who wrote the check.
  const authors = asList(review.author);
  const reviewer = textsOf(authors.find((a) => isRecord(a) && hasType(a, 'Organization')) ?? authors)[0];
  const change: StatusChange = {
    status: outcome.status,
    reason: reviewer ? `ClaimReview by ${reviewer}` : 'Imported from ClaimReview',
    date,
    by: 'import',
    note: `Original rating: ${original}`,
  };
  if (url) change.evidence = [url];
  return { change, understood: isUnderstood(outcome), label: publishedLabel(input) };
}

function versionOf(ref: AppearanceRef, claimId: string, lang: string, fallbackDate: string, authors: string[], outlets: OutletSet, ctx: ImportContext, at: string, log: InvalidLog): Version {
  const outletId = parseRecoupeIri('outlet', ref.outletId);
  const outlet: Outlet = outletId
    ? { id: outletId, name: ref.outletName ?? hostOf(ref.url), domains: [hostOf(ref.url)], origin: 'import' }
    : outletForUrl(ref.url, ref.outletName);
  return {
    id: parseRecoupeIri('version', ref.recoupeId) ?? `cr-v-${stableHash(`${claimId} ${ref.url}`)}`,
    claimId, outletId: outlets.add(outlet), url: ref.url, title: ref.title ?? '',
    // A Recoupe appearance without a date had none; a foreign one gets the claim's date.
    publishedAt: validDate(ref.date, `${at}.datePublished`, log) ?? (ref.recoupeId ? '' : fallbackDate), quote: ref.quote ?? '',
    lang: languageOr(ref.lang, '') || (ref.quote ? detectLanguage(ref.quote) : undefined) || lang, figures: [], places: [],
    // An appearance's own author (Recoupe's export writes each version's there), else the claim's.
    attributions: (ref.authors ?? authors).map((name) => ({ name })), dates: [],
    origin: 'import', createdAt: ctx.now, updatedAt: ctx.now,
  };
}

/** schema.org ClaimReview markup, including messy real-world feeds (see docs/recoupe-json-format.md). */
export function parseClaimReviewDocument(doc: unknown, ctx: ImportContext, log: InvalidLog = new InvalidLog()): ParseResult {
  const found: [Record<string, unknown>, string][] = [];
  const other = { count: 0 };
  collect(isFactCheckToolsResponse(doc) ? factCheckToolsAsClaimReview(doc) : doc, '', log, found, other);
  if (found.length === 0 && other.count > 0) return fail('unknown-format', 'No ClaimReview found in this schema.org data.');
  const outlets = new OutletSet();
  const claims = new Map<string, Claim>();
  const versions = new Map<string, Version>();
  let unmapped = 0;
  for (const [review, at] of found) {
    const statement = textsOf(review.claimReviewed)[0];
    if (!statement) {
      const tooLong = typeof review.claimReviewed === 'string' && review.claimReviewed.length > IMPORT_LIMITS.maxTextLength;
      log.add(`${at}.claimReviewed`, tooLong ? `Text longer than ${IMPORT_LIMITS.maxTextLength} characters; this ClaimReview is skipped.` : 'Missing: a ClaimReview without the claim it reviews is skipped.');
      continue;
    }
    const lang = statementLanguage(review, statement);
    const rawUrl = textsOf(review.url)[0];
    // A relative review address ("/estadao-verifica/…") is on the fact-checker's own site, when the file names it.
    const site = asList(review.author ?? review.publisher).filter(isRecord).flatMap((a) => textsOf(a.url)).map((u) => httpUrlOf(u)).find((u) => u !== undefined);
    const url = rawUrl === undefined ? undefined : httpUrlOf(rawUrl, site);
    if (rawUrl !== undefined && url === undefined) log.add(`${at}.url`, `Not an http(s) link (${JSON.stringify(rawUrl.slice(0, 40))}); left out.`);
    const recoupeId = parseRecoupeIri('claim', textsOf(review.identifier)[0]);
    let claimId = recoupeId ?? `cr-${stableHash(url ?? statement)}`;
    // Pages that review several claims often give each review the page's address: one claim each,
    // with the id a page proposal of it gets (propose-factchecks).
    const same = claims.get(claimId);
    const another = same !== undefined && !Object.values(same.statement).includes(statement);
    if (another && !recoupeId) claimId = `cr-${stableHash(`${url} ${statement}`)}`;
    else if (another) {
      log.add(`${at}.identifier`, `Another review of this file has the identifier ${JSON.stringify(textsOf(review.identifier)[0]!.slice(0, 80))} for another claim; this one is left out.`);
      continue;
    }
    const date = validDate(textsOf(review.datePublished)[0], `${at}.datePublished`, log) ?? ctx.now;
    const { change, understood, label } = statusChange(review, at, log, date, url);
    const rating = asList(review.reviewRating).find(isRecord);
    const item = asList(review.itemReviewed).find(isRecord);
    // Who made the claim: the claimant, and the attribution of each appearance without an author of its own.
    const authors = textsOf(item?.author);
    if (!claims.has(claimId)) {
      const claim: Claim = {
        id: claimId, statement: { [lang]: statement }, status: change.status,
        statusReason: (rating && textsOf(rating.ratingExplanation)[0]) ?? change.reason, statusDate: date,
        statusHistory: [change], tags: [], origin: 'import', createdAt: ctx.now, updatedAt: ctx.now,
      };
      // The fact-checker's own words stay visible beside a status Recoupe could not read from them; not
      // Recoupe's own label, which its export writes for a status set here ("False", "Faux").
      const own = recoupeId !== undefined && Object.values(STATUS_STYLES[change.status].label).includes(label ?? '');
      if (label !== undefined && !own) claim.ratingLabel = label;
      // Who made the claim, kept on the claim: a review without an appearance has no version to carry it.
      const claimant = authors[0]?.trim();
      if (claimant && claimant.length <= 300) claim.claimant = claimant;
      if (!understood) unmapped++;
      claims.set(claimId, claim);
    }
    if (!item) continue;
    const itemDate = validDate(textsOf(item.datePublished)[0], `${at}.itemReviewed.datePublished`, log) ?? '';
    const seen = new Set<string>();
    // A claim's own address (itemReviewed.url, common on CreativeWork claims) is where it appeared.
    const own = textsOf(item.url)[0];
    const ownRef = own === undefined ? [] : [{ url: own, datePublished: item.datePublished }];
    for (const key of ['firstAppearance', 'appearance', 'url'] as const) {
      const value = key === 'url' ? ownRef : item[key];
      const where = key === 'url' ? `${at}.itemReviewed.url` : `${at}.itemReviewed.${key}`;
      const refs = appearancesOf(value, (i, why) => log.add(`${where}${Array.isArray(value) && key !== 'url' ? `[${i}]` : ''}`, why));
      refs.forEach((ref, i) => {
        const dedupeKey = ref.recoupeId ?? ref.url;
        if (seen.has(dedupeKey)) return;
        seen.add(dedupeKey);
        const version = versionOf(ref, claimId, lang, itemDate, authors, outlets, ctx, `${where}[${i}]`, log);
        if (!versions.has(version.id)) versions.set(version.id, version);
      });
    }
  }
  return {
    ok: true,
    value: { format: 'claimreview', outlets: outlets.list(), claims: [...claims.values()], versions: [...versions.values()], annotations: [], invalid: log.finish(), unmappedVerdicts: unmapped },
  };
}
