import type { Claim, LangText, StatusChange } from '@/utils/core/model';
import { isStatus, STATUSES } from '@/utils/core/statuses';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { evidenceCheck, isHttpUrl, isRecord, languageOr, readDate, readId, readStringList, readText, typeName } from '@/utils/core/import/read-fields';

export function readLangText(value: unknown, at: string, log: InvalidLog): LangText | undefined {
  if (!isRecord(value)) {
    log.add(at, value === undefined ? 'Missing.' : `Expected texts by language, found ${typeName(value)}.`);
    return undefined;
  }
  const out: LangText = {};
  for (const [lang, text] of Object.entries(value)) {
    if (languageOr(lang, '') !== lang) {
      log.add(`${at}.${lang.slice(0, 20)}`, 'Not a language tag (fr, en-GB, …); this statement was left out.');
      continue;
    }
    const t = readText(text, `${at}.${lang}`, log);
    if (t !== undefined) out[lang] = t;
  }
  if (Object.keys(out).length === 0) {
    log.add(at, 'No statement in any language.');
    return undefined;
  }
  return out;
}

function readStatus(value: unknown, at: string, log: InvalidLog): Claim['status'] | undefined {
  if (isStatus(value)) return value;
  log.add(at, `Unknown status ${JSON.stringify(value)}; expected one of ${STATUSES.join(', ')}.`);
  return undefined;
}

function readStatusChange(value: unknown, at: string, log: InvalidLog): StatusChange | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected a status change, found ${typeName(value)}.`);
    return undefined;
  }
  const status = readStatus(value.status, `${at}.status`, log);
  const reason = readText(value.reason, `${at}.reason`, log);
  const date = readDate(value.date, `${at}.date`, log);
  const by = readText(value.by, `${at}.by`, log);
  if (!status || reason === undefined || !date || by === undefined) return undefined;
  const change: StatusChange = { status, reason, date, by };
  if (value.evidence !== undefined) {
    const evidence = readStringList(value.evidence, `${at}.evidence`, log, evidenceCheck(log));
    if (evidence) change.evidence = evidence;
  }
  const note = readText(value.note, `${at}.note`, log, false);
  if (note !== undefined) change.note = note;
  return change;
}

/** A claim as Recoupe JSON writes it; undefined (and logged) when a required field is unusable. */
export function readClaim(value: unknown, at: string, log: InvalidLog): Claim | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected a claim, found ${typeName(value)}.`);
    return undefined;
  }
  const id = readId(value.id, `${at}.id`, log);
  const statement = readLangText(value.statement, `${at}.statement`, log);
  const status = readStatus(value.status, `${at}.status`, log);
  const statusReason = readText(value.statusReason, `${at}.statusReason`, log);
  const statusDate = readDate(value.statusDate, `${at}.statusDate`, log);
  const tags = readStringList(value.tags, `${at}.tags`, log);
  const origin = readText(value.origin, `${at}.origin`, log);
  const createdAt = readDate(value.createdAt, `${at}.createdAt`, log);
  const updatedAt = readDate(value.updatedAt, `${at}.updatedAt`, log);
  let history: StatusChange[] | undefined;
  if (Array.isArray(value.statusHistory)) {
    history = [];
    value.statusHistory.forEach((change, i) => {
      const read = readStatusChange(change, `${at}.statusHistory[${i}]`, log);
      if (read) history?.push(read);
    });
  } else {
    log.add(`${at}.statusHistory`, `Expected a list, found ${typeName(value.statusHistory)}.`);
  }
  if (!id || !statement || !status || statusReason === undefined || !statusDate || !tags || origin === undefined || !createdAt || !updatedAt || !history) {
    return undefined;
  }
  const claim: Claim = { id, statement, status, statusReason, statusDate, statusHistory: history, tags, origin, createdAt, updatedAt };
  if (typeof value.userModified === 'boolean') claim.userModified = value.userModified;
  if (typeof value.sourcePage === 'string' && isHttpUrl(value.sourcePage)) claim.sourcePage = value.sourcePage;
  if (typeof value.ratingLabel === 'string' && value.ratingLabel.trim() && value.ratingLabel.length <= 300) claim.ratingLabel = value.ratingLabel;
  if (typeof value.claimant === 'string' && value.claimant.trim() && value.claimant.length <= 300) claim.claimant = value.claimant;
  return claim;
}
