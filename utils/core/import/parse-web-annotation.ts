import type { Annotation, Claim, Version } from '@/utils/core/model';
import { statusFromLabel } from '@/utils/core/verdicts/read-verdict';
import { parseRecoupeIri } from '@/utils/core/formats/recoupe-iris';
import type { ParseResult } from '@/utils/core/import/import-types';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { evidenceCheck, isRecord, readDate, typeName, ZONELESS_DATE_TIME } from '@/utils/core/import/read-fields';
import { OutletSet, outletForUrl, stableHash } from '@/utils/core/import/derive-ids';
import { hypothesisAnnotations, isHypothesisNative } from '@/utils/core/import/hypothesis-native';
import { asList, hasType, readBodies, readTarget, type BodyContent } from '@/utils/core/import/web-annotation-parts';

export interface ImportContext {
  /** ISO date-time stamped on imported records that carry no date. */
  now: string;
}

/** Annotations with their positions, from an annotation, a page, a collection or a list of them. */
function collect(doc: unknown, at: string, log: InvalidLog, out: [Record<string, unknown>, string][]): void {
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => collect(item, `${at}[${i}]`, log, out));
    return;
  }
  if (!isRecord(doc)) {
    log.add(at || 'file', `Expected an annotation, found ${typeName(doc)}.`);
    return;
  }
  const prefix = at ? `${at}.` : '';
  if (hasType(doc, 'AnnotationCollection')) {
    if (isRecord(doc.first)) collect(doc.first, `${prefix}first`, log, out);
    else log.add(`${prefix}first`, 'The collection has no embedded first page (a link cannot be followed); nothing read from it.');
  } else if (hasType(doc, 'AnnotationPage')) {
    asList(doc.items).forEach((item, i) => collect(item, `${prefix}items[${i}]`, log, out));
    if (typeof doc.next === 'string') log.add(`${prefix}next`, 'Only this page of the collection is in the file; the next pages are links Recoupe does not follow.');
  } else if (hasType(doc, 'Annotation')) {
    out.push([doc, at || 'annotation']);
  } else {
    log.add(at || 'file', 'Not an Annotation, AnnotationPage or AnnotationCollection ("type" is missing or different).');
  }
}

function claimFrom(claimId: string, bodies: BodyContent, date: string, ctx: ImportContext, at: string, log: InvalidLog): Claim | undefined {
  if (Object.keys(bodies.statement).length === 0) return undefined;
  const label = bodies.statusLabels[0];
  const status = label === undefined ? 'unverified' : statusFromLabel(label);
  if (label !== undefined && !status) log.add(`${at}.body`, `Unknown verification status ${JSON.stringify(label)}; the claim is left unverified.`);
  const change = { status: status ?? 'unverified', reason: 'Imported from a W3C Web Annotation', date, by: 'import' };
  return {
    id: claimId,
    statement: bodies.statement,
    status: change.status,
    statusReason: change.reason,
    statusDate: date,
    statusHistory: [label !== undefined && label !== change.status ? { ...change, note: `Original status: ${label}` } : change],
    tags: [],
    origin: 'import',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/**
 * A time the file gives without its zone read as UTC (the model asks for a zone; some tools leave it
 * out), the same on every computer, and as the export writes it back (export-web-annotation.ts).
 */
function inUtc(date: string | undefined): string | undefined {
  return date !== undefined && ZONELESS_DATE_TIME.test(date) ? `${date}Z` : date;
}

/** W3C Web Annotation data (one annotation, a list, a page or a collection with an embedded first page). */
export function parseWebAnnotationDocument(doc: unknown, ctx: ImportContext, log: InvalidLog = new InvalidLog()): ParseResult {
  const found: [Record<string, unknown>, string][] = [];
  if (isHypothesisNative(doc)) found.push(...hypothesisAnnotations(doc, log));
  else collect(doc, '', log, found);
  const keepEvidence = evidenceCheck(log);
  const outlets = new OutletSet();
  const claims = new Map<string, Claim>();
  const versions = new Map<string, Version>();
  const annotations = new Map<string, Annotation>();
  const seenIds = new Map<string, string>();
  for (const [anno, at] of found) {
    const target = readTarget(anno, at, log);
    if (!target) continue;
    // Another annotation of the file with this id: the first one is kept, and the file told so (it
    // would have replaced the first, whose claim was left without its annotation).
    if (typeof anno.id === 'string' && anno.id !== '') {
      const first = seenIds.get(anno.id);
      if (first !== undefined) {
        log.add(`${at}.id`, `The id ${JSON.stringify(anno.id.slice(0, 80))} is also the id of ${first}; this annotation is left out.`);
        continue;
      }
      seenIds.set(anno.id, at);
    }
    const bodies = readBodies(anno, at, log);
    const createdAt = inUtc(anno.created !== undefined ? readDate(anno.created, `${at}.created`, log) : undefined) ?? ctx.now;
    const updatedAt = inUtc(anno.modified !== undefined ? readDate(anno.modified, `${at}.modified`, log) : undefined) ?? createdAt;
    // Without a claim link the quote is the claim's statement: an empty one would make a claim that states nothing.
    if (!bodies.claimId && target.quote.exact.trim() === '') {
      log.add(`${at}.target`, 'The quote is empty and no claim is linked: there is no text to find on the page, nor a claim to make of it.');
      continue;
    }
    const claimId = bodies.claimId ?? `wa-claim-${stableHash(target.quote.exact)}`;
    if (!bodies.claimId) bodies.statement.und ??= target.quote.exact;
    const claim = claimFrom(claimId, bodies, updatedAt, ctx, at, log);
    if (claim && !claims.has(claimId)) claims.set(claimId, claim);
    const versionId = parseRecoupeIri('version', anno.id);
    if (versionId) {
      // The quote's own language where the file gives it (Recoupe's export does), else the claim's.
      const lang = target.language ?? Object.keys(bodies.statement).find((l) => l !== 'und') ?? 'und';
      versions.set(versionId, {
        id: versionId, claimId, outletId: outlets.add(outletForUrl(target.url)), url: target.url, title: '', publishedAt: '',
        quote: target.quote.exact, lang, figures: [], places: [], attributions: [], dates: [], origin: 'import', createdAt, updatedAt,
      });
      continue;
    }
    const id = parseRecoupeIri('annotation', anno.id) ?? `wa-${stableHash(typeof anno.id === 'string' ? anno.id : `${target.url} ${target.quote.exact}`)}`;
    const annotation: Annotation = {
      id, claimId, url: target.url, selectors: { quote: target.quote }, note: bodies.notes.join('\n\n'),
      tags: bodies.tags, evidence: bodies.evidence.filter((e) => keepEvidence(e, `${at}.body`)), createdAt, updatedAt,
    };
    if (target.position) annotation.selectors.position = target.position;
    if (bodies.versionId) annotation.versionId = bodies.versionId;
    annotations.set(id, annotation);
  }
  return {
    ok: true,
    value: {
      format: 'web-annotation', outlets: outlets.list(), claims: [...claims.values()], versions: [...versions.values()],
      annotations: [...annotations.values()], invalid: log.finish(),
    },
  };
}
