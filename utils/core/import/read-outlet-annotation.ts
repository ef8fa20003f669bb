import type { Annotation, Outlet, TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { evidenceCheck, isRecord, readDate, readId, readStringList, readText, readUrl, typeName } from '@/utils/core/import/read-fields';

const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

export function readOutlet(value: unknown, at: string, log: InvalidLog): Outlet | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected an outlet, found ${typeName(value)}.`);
    return undefined;
  }
  const id = readId(value.id, `${at}.id`, log);
  const name = readText(value.name, `${at}.name`, log);
  const origin = readText(value.origin, `${at}.origin`, log);
  const domains = readStringList(value.domains, `${at}.domains`, log, (d, where) => {
    if (DOMAIN.test(d)) return true;
    log.add(where, `Not a domain name (${JSON.stringify(d.slice(0, 40))}).`);
    return false;
  });
  if (!id || name === undefined || origin === undefined || !domains) return undefined;
  const outlet: Outlet = { id, name, domains, origin };
  if (typeof value.userModified === 'boolean') outlet.userModified = value.userModified;
  return outlet;
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

export function readQuoteSelector(value: unknown, at: string, log: InvalidLog): TextQuoteSelector | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected a TextQuoteSelector, found ${typeName(value)}.`);
    return undefined;
  }
  const exact = readText(value.exact, `${at}.exact`, log);
  if (exact === undefined) return undefined;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  const prefix = readText(value.prefix, `${at}.prefix`, log, false);
  const suffix = readText(value.suffix, `${at}.suffix`, log, false);
  if (prefix !== undefined) quote.prefix = prefix;
  if (suffix !== undefined) quote.suffix = suffix;
  return quote;
}

export function readPositionSelector(value: unknown, at: string, log: InvalidLog): TextPositionSelector | undefined {
  if (!isRecord(value) || !isOffset(value.start) || !isOffset(value.end) || value.end < value.start) {
    log.add(at, 'Expected a TextPositionSelector with whole start <= end (Unicode code points).');
    return undefined;
  }
  return { type: 'TextPositionSelector', start: value.start, end: value.end };
}

export function readAnnotation(value: unknown, at: string, log: InvalidLog): Annotation | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected an annotation, found ${typeName(value)}.`);
    return undefined;
  }
  const id = readId(value.id, `${at}.id`, log);
  const claimId = readId(value.claimId, `${at}.claimId`, log);
  const url = readUrl(value.url, `${at}.url`, log);
  const selectors = isRecord(value.selectors) ? value.selectors : undefined;
  if (!selectors) log.add(`${at}.selectors`, 'Missing selectors.');
  const quote = selectors ? readQuoteSelector(selectors.quote, `${at}.selectors.quote`, log) : undefined;
  const note = readText(value.note, `${at}.note`, log);
  const tags = readStringList(value.tags, `${at}.tags`, log);
  const evidence = readStringList(value.evidence, `${at}.evidence`, log, evidenceCheck(log));
  const createdAt = readDate(value.createdAt, `${at}.createdAt`, log);
  const updatedAt = readDate(value.updatedAt, `${at}.updatedAt`, log);
  if (!id || !claimId || !url || !quote || note === undefined || !tags || !evidence || !createdAt || !updatedAt) return undefined;
  const annotation: Annotation = { id, claimId, url, selectors: { quote }, note, tags, evidence, createdAt, updatedAt };
  if (selectors?.position !== undefined) {
    const position = readPositionSelector(selectors.position, `${at}.selectors.position`, log);
    if (position) annotation.selectors.position = position;
  }
  if (value.versionId !== undefined) {
    const versionId = readId(value.versionId, `${at}.versionId`, log);
    if (versionId) annotation.versionId = versionId;
  }
  if (value.anchorState === 'anchored' || value.anchorState === 'detached') annotation.anchorState = value.anchorState;
  return annotation;
}
