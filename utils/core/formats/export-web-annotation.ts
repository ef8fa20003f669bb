import type { Annotation, Claim, TextPositionSelector, TextQuoteSelector, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { recoupeIri } from '@/utils/core/formats/recoupe-iris';
import { jsonText } from '@/utils/core/formats/json-text';
import { ZONELESS_DATE_TIME } from '@/utils/core/import/read-fields';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Language tags the W3C schemas accept; other statement keys are left out of the language field. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export interface WebAnnotationOptions {
  exportedAt?: string;
  /** Collection label, e.g. "Recoupe export: all claims". */
  label?: string;
}

type Json = Record<string, unknown>;

function textBody(value: string, purpose: string, language?: string): Json {
  const body: Json = { type: 'TextualBody', value, format: 'text/plain', purpose };
  if (language && LANGUAGE_TAG.test(language)) body.language = language;
  return body;
}

/** An xsd:dateTime with its zone, as the model asks: Hypothesis writes "2024-03-14T09:12:44.101214+00:00". */
const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A date-time the schemas accept, or undefined for anything unparseable. One that already is one is
 * written as it was read: rewritten ("…44.101Z"), an annotation imported from another tool would
 * differ from itself when the export is imported again, and show as a conflict.
 */
function dateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // A time without its zone is UTC's, as the import reads it (parse-web-annotation.ts), not this computer's.
  const zoned = ZONELESS_DATE_TIME.test(value) ? `${value}Z` : value;
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return undefined;
  return XSD_DATE_TIME.test(zoned) ? zoned : new Date(time).toISOString();
}

function claimBodies(claim: Claim | undefined, claimId: string): Json[] {
  const bodies: Json[] = [{ type: 'SpecificResource', source: recoupeIri('claim', claimId), purpose: 'identifying' }];
  if (!claim) return bodies;
  for (const [lang, text] of Object.entries(claim.statement)) bodies.push(textBody(text, 'describing', lang));
  bodies.push(textBody(claim.status, 'assessing'));
  return bodies;
}

function target(url: string, quote: TextQuoteSelector, position?: TextPositionSelector, language?: string): Json {
  const quoteSelector: Json = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix !== undefined) quoteSelector.prefix = quote.prefix;
  if (quote.suffix !== undefined) quoteSelector.suffix = quote.suffix;
  const selectors: Json[] = [quoteSelector];
  if (position) selectors.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  const tgt: Json = { type: 'SpecificResource', source: url, selector: selectors.length === 1 ? selectors[0] : selectors };
  // The language of the quoted text (the model's 3.2.1 "language" of a target), so that a version reads back in its own.
  if (language && LANGUAGE_TAG.test(language)) tgt.language = language;
  return tgt;
}

function envelope(id: string, bodies: Json[], tgt: Json, created?: string, modified?: string): Json {
  const assessing = bodies.some((b) => b.purpose === 'assessing');
  const anno: Json = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: assessing ? 'assessing' : 'identifying',
    body: bodies,
    target: tgt,
  };
  const c = dateTime(created);
  const m = dateTime(modified);
  if (c) anno.created = c;
  if (m) anno.modified = m;
  return anno;
}

/** One annotation for an outlet's version: the quote it printed, linked to the claim and its status. */
export function versionToWebAnnotation(version: Version, claim: Claim | undefined): Json {
  const bodies = claimBodies(claim, version.claimId);
  return envelope(
    recoupeIri('version', version.id),
    bodies,
    target(version.url, { type: 'TextQuoteSelector', exact: version.quote }, undefined, version.lang),
    version.createdAt,
    version.updatedAt,
  );
}

/** One annotation for a user annotation: selectors, note (commenting) and tags (tagging). */
export function annotationToWebAnnotation(annotation: Annotation, claim: Claim | undefined): Json {
  const bodies = claimBodies(claim, annotation.claimId);
  if (annotation.versionId) {
    bodies.push({ type: 'SpecificResource', source: recoupeIri('version', annotation.versionId), purpose: 'linking' });
  }
  if (annotation.note) bodies.push(textBody(annotation.note, 'commenting'));
  for (const tag of annotation.tags) bodies.push(textBody(tag, 'tagging'));
  for (const evidence of annotation.evidence) bodies.push(textBody(evidence, 'linking'));
  return envelope(
    recoupeIri('annotation', annotation.id),
    bodies,
    target(annotation.url, annotation.selectors.quote, annotation.selectors.position),
    annotation.createdAt,
    annotation.updatedAt,
  );
}

/** An AnnotationCollection whose first AnnotationPage embeds every annotation (JSON-LD string). */
export function exportWebAnnotation(selection: ExportSelection, options: WebAnnotationOptions = {}): string {
  const exportedAt = dateTime(options.exportedAt) ?? new Date().toISOString();
  const claims = new Map(selection.claims.map((c) => [c.id, c]));
  const items = [
    ...selection.versions.map((v) => versionToWebAnnotation(v, claims.get(v.claimId))),
    ...selection.annotations.map((a) => annotationToWebAnnotation(a, claims.get(a.claimId))),
  ];
  // Each item keeps its own @context (redundant inside the collection) so it stays valid on its own.
  const id = recoupeIri('export', exportedAt);
  const collection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Recoupe export',
    created: exportedAt,
    total: items.length,
    first: { '@context': ANNO_CONTEXT, id: `${id}:page1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
  return jsonText(collection, items.length);
}
