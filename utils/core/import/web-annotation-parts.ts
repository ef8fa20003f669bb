import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import { parseRecoupeIri } from '@/utils/core/formats/recoupe-iris';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { isHttpUrl, isRecord, languageOr, readText } from '@/utils/core/import/read-fields';
import { readPositionSelector, readQuoteSelector } from '@/utils/core/import/read-outlet-annotation';

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function hasType(value: Record<string, unknown>, type: string): boolean {
  return asList(value.type ?? value['@type']).some((t) => typeof t === 'string' && (t === type || t.endsWith(`:${type}`) || t.endsWith(`/${type}`)));
}

/** What the bodies of one annotation say, sorted by purpose. */
export interface BodyContent {
  claimId?: string;
  versionId?: string;
  statement: Record<string, string>;
  statusLabels: string[];
  notes: string[];
  tags: string[];
  evidence: string[];
}

function readBody(body: unknown, out: BodyContent, at: string, log: InvalidLog): void {
  const iri = typeof body === 'string' ? body : isRecord(body) ? (isRecord(body.source) ? body.source.id : body.source ?? body.id) : undefined;
  const claimId = parseRecoupeIri('claim', iri);
  const versionId = parseRecoupeIri('version', iri);
  if (claimId) out.claimId ??= claimId;
  else if (versionId) out.versionId ??= versionId;
  else if (typeof iri === 'string' && isHttpUrl(iri)) out.evidence.push(iri);
  if (!isRecord(body) || typeof body.value !== 'string') return;
  if (body.value.length > IMPORT_LIMITS.maxTextLength) {
    log.add(at, `Text longer than ${IMPORT_LIMITS.maxTextLength} characters; left out.`);
    return;
  }
  const purpose = asList(body.purpose).find((p) => typeof p === 'string');
  // Only real language tags become keys: a language of "constructor" must not meet Object's own keys.
  const language = languageOr(body.language);
  switch (purpose) {
    case 'describing':
      out.statement[language] ??= body.value;
      break;
    case 'assessing':
      out.statusLabels.push(body.value);
      break;
    case 'tagging':
      out.tags.push(body.value);
      break;
    case 'linking':
      out.evidence.push(body.value);
      break;
    default:
      out.notes.push(body.value);
  }
}

export function readBodies(annotation: Record<string, unknown>, at: string, log: InvalidLog): BodyContent {
  const out: BodyContent = { statement: {}, statusLabels: [], notes: [], tags: [], evidence: [] };
  const bodies = asList(annotation.body);
  bodies.forEach((body, i) => readBody(body, out, Array.isArray(annotation.body) ? `${at}.body[${i}]` : `${at}.body`, log));
  if (annotation.bodyValue !== undefined) {
    const note = readText(annotation.bodyValue, `${at}.bodyValue`, log);
    if (note !== undefined) out.notes.push(note);
  }
  return out;
}

export interface TargetContent {
  url: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** The first target with an http(s) source and a TextQuoteSelector; logs why when there is none. */
export function readTarget(annotation: Record<string, unknown>, at: string, log: InvalidLog): TargetContent | undefined {
  const targets = asList(annotation.target);
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (!isRecord(target)) continue;
    const where = Array.isArray(annotation.target) ? `${at}.target[${i}]` : `${at}.target`;
    const source = isRecord(target.source) ? target.source.id : target.source ?? target.id;
    if (typeof source !== 'string' || !isHttpUrl(source)) {
      log.add(`${where}.source`, 'The target is not an http(s) page; only http and https links are kept.');
      continue;
    }
    const selectors = asList(target.selector).filter(isRecord);
    const quoteAt = selectors.findIndex((s) => hasType(s, 'TextQuoteSelector'));
    const positionAt = selectors.findIndex((s) => hasType(s, 'TextPositionSelector'));
    if (quoteAt < 0) continue;
    const quote = readQuoteSelector(selectors[quoteAt], `${where}.selector`, log);
    if (!quote) continue;
    const position = positionAt >= 0 ? readPositionSelector(selectors[positionAt], `${where}.selector`, log) : undefined;
    return position ? { url: source, quote, position } : { url: source, quote };
  }
  log.add(`${at}.target`, 'No http(s) target with a TextQuoteSelector: Recoupe needs the quoted text and its page.');
  return undefined;
}
