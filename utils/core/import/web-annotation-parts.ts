import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import { parseRecoupeIri } from '@/utils/core/formats/recoupe-iris';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { isHttpUrl, isRecord, languageOr, readText } from '@/utils/core/import/read-fields';
import { htmlToText } from '@/utils/core/import/plain-text';
import { readPositionSelector, readQuoteSelector } from '@/utils/core/import/read-outlet-annotation';

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function hasType(value: Record<string, unknown>, type: string): boolean {
  // Case aside ("creativeWork", "claimreview" are published), as an IRI or a prefixed name.
  const want = type.toLowerCase();
  return asList(value.type ?? value['@type']).some((t) => {
    if (typeof t !== 'string') return false;
    const have = t.trim().toLowerCase();
    return have === want || have.endsWith(`:${want}`) || have.endsWith(`/${want}`) || have.endsWith(`#${want}`);
  });
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

function readBody(body: unknown, out: BodyContent, at: string, log: InvalidLog, motivation?: string): void {
  // A Choice offers the same body in several languages or formats: each is read.
  if (isRecord(body) && hasType(body, 'Choice')) {
    asList(body.items).forEach((item, i) => readBody(item, out, `${at}.items[${i}]`, log, motivation));
    return;
  }
  const iri = typeof body === 'string' ? body : isRecord(body) ? (isRecord(body.source) ? body.source.id : body.source ?? body.id) : undefined;
  const claimId = parseRecoupeIri('claim', iri);
  const versionId = parseRecoupeIri('version', iri);
  if (claimId) out.claimId ??= claimId;
  else if (versionId) out.versionId ??= versionId;
  else if (typeof iri === 'string' && isHttpUrl(iri)) out.evidence.push(iri);
  // "chars" is the Open Annotation name of the value.
  const raw = isRecord(body) ? body.value ?? body.chars : undefined;
  if (!isRecord(body) || typeof raw !== 'string') return;
  if (raw.length > IMPORT_LIMITS.maxTextLength) {
    log.add(at, `Text longer than ${IMPORT_LIMITS.maxTextLength} characters; left out.`);
    return;
  }
  // HTML bodies (Hypothesis, Recogito) keep their text only: Recoupe shows notes as text, never as markup.
  const value = asList(body.format).some((f) => typeof f === 'string' && /html/i.test(f)) ? htmlToText(raw) : raw;
  // A body without its own purpose takes the annotation's motivation (a "tagging" annotation's body is a tag).
  const purpose = oaTerm(asList(body.purpose).find((p) => typeof p === 'string')) ?? motivation;
  // Only real language tags become keys: a language of "constructor" must not meet Object's own keys.
  const language = languageOr(body.language);
  switch (purpose) {
    case 'describing':
      out.statement[language] ??= value;
      break;
    case 'assessing':
      out.statusLabels.push(value);
      break;
    case 'tagging':
      out.tags.push(value);
      break;
    case 'linking':
      out.evidence.push(value);
      break;
    default:
      // Hypothesis gives every highlight an empty markdown body: no note. A note of spaces is the
      // user's and comes back as it went out.
      if (value !== '') out.notes.push(value);
  }
}

/**
 * A motivation or purpose as the model names it: dokieli and other Linked Data tools write it
 * prefixed ("oa:commenting") or as its IRI ("http://www.w3.org/ns/oa#tagging").
 */
function oaTerm(value: string | undefined): string | undefined {
  return value?.trim().replace(/^(?:oa:|https?:\/\/www\.w3\.org\/ns\/oa#)/i, '');
}

/** Motivations that say what a body without a purpose is. */
const MOTIVATIONS = new Set(['describing', 'assessing', 'tagging', 'linking', 'commenting']);

export function readBodies(annotation: Record<string, unknown>, at: string, log: InvalidLog): BodyContent {
  const out: BodyContent = { statement: {}, statusLabels: [], notes: [], tags: [], evidence: [] };
  const bodies = asList(annotation.body);
  const motivation = asList(annotation.motivation)
    .map((m) => (typeof m === 'string' ? oaTerm(m) : undefined))
    .find((m): m is string => m !== undefined && MOTIVATIONS.has(m));
  bodies.forEach((body, i) => readBody(body, out, Array.isArray(annotation.body) ? `${at}.body[${i}]` : `${at}.body`, log, motivation));
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
  /** The target's language (the model's `language` on the target or on its source), when it is a tag. */
  language?: string;
}

/** The first language tag of a target's `language` (a string or a list), else its source's. */
function targetLanguage(target: Record<string, unknown>): string | undefined {
  for (const holder of [target, target.source]) {
    if (!isRecord(holder)) continue;
    const first = asList(holder.language).find((l) => typeof l === 'string');
    const tag = languageOr(first, '');
    if (tag) return tag;
  }
  return undefined;
}

/** Selectors of a target with those they refine (refinedBy), each marked as top level or not. */
function selectorsOf(target: Record<string, unknown>): { selector: Record<string, unknown>; top: boolean }[] {
  const out: { selector: Record<string, unknown>; top: boolean }[] = [];
  const walk = (value: unknown, top: boolean, depth: number) => {
    if (depth > 8) return;
    for (const selector of asList(value).filter(isRecord)) {
      out.push({ selector, top });
      walk(selector.refinedBy, false, depth + 1);
    }
  };
  walk(target.selector, true, 0);
  return out;
}

function typeOf(value: Record<string, unknown>): string {
  const t = asList(value.type ?? value['@type']).find((x) => typeof x === 'string');
  return typeof t === 'string' ? t.slice(0, 40) : 'untyped';
}

/**
 * The first target with an http(s) source and a TextQuoteSelector, at top level or refining
 * another selector (a FragmentSelector "para5" refinedBy a quote). A TextPositionSelector counts
 * only at top level: one that refines an XPath or a fragment (Hypothesis) counts inside that part,
 * not in the page's text. Logs why when there is none, naming what the file has instead.
 */
export function readTarget(annotation: Record<string, unknown>, at: string, log: InvalidLog): TargetContent | undefined {
  const targets = asList(annotation.target);
  const found: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (!isRecord(target)) {
      if (typeof target === 'string') found.push('a whole page');
      continue;
    }
    const where = Array.isArray(annotation.target) ? `${at}.target[${i}]` : `${at}.target`;
    const rawSource = isRecord(target.source) ? target.source.id ?? target.source['@id'] : target.source ?? target.id ?? target['@id'];
    const source = typeof rawSource === 'string' ? rawSource.trim() : rawSource;
    if (typeof source !== 'string' || !isHttpUrl(source)) {
      log.add(`${where}.source`, 'The target is not an http(s) page; only http and https links are kept.');
      continue;
    }
    const selectors = selectorsOf(target);
    if (selectors.length === 0) found.push('a whole page');
    const quoteAt = selectors.find((s) => hasType(s.selector, 'TextQuoteSelector'));
    const positionAt = selectors.find((s) => s.top && hasType(s.selector, 'TextPositionSelector'));
    if (!quoteAt) {
      found.push(...selectors.map((s) => typeOf(s.selector)));
      continue;
    }
    const quote = readQuoteSelector(quoteAt.selector, `${where}.selector`, log);
    if (!quote) continue;
    const position = positionAt ? readPositionSelector(positionAt.selector, `${where}.selector`, log) : undefined;
    const content: TargetContent = { url: source, quote };
    if (position) content.position = position;
    const language = targetLanguage(target);
    if (language) content.language = language;
    return content;
  }
  const instead = [...new Set(found)].slice(0, 4);
  log.add(`${at}.target`, `No http(s) target with a TextQuoteSelector${instead.length ? ` (it has ${instead.join(', ')})` : ''}: Recoupe needs the quoted text and its page.`);
  return undefined;
}
