import type { Attribution, Figure, Version } from '@/utils/core/model';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { recentContext } from '@/utils/core/facts/recent-context';
import { isRecord, languageOr, readDate, readId, readStringList, readText, readUrl, typeName } from '@/utils/core/import/read-fields';

function readFigure(value: unknown, at: string, log: InvalidLog): Figure | undefined {
  if (!isRecord(value) || typeof value.value !== 'number' || !Number.isFinite(value.value)) {
    log.add(at, `Expected a figure with a numeric value, found ${typeName(value)}.`);
    return undefined;
  }
  const text = readText(value.text, `${at}.text`, log);
  if (text === undefined) return undefined;
  const figure: Figure = { value: value.value, text };
  const unit = readText(value.unit, `${at}.unit`, log, false);
  const qualifier = readText(value.qualifier, `${at}.qualifier`, log, false);
  if (unit !== undefined) figure.unit = unit;
  if (qualifier !== undefined) figure.qualifier = qualifier;
  return figure;
}

function readAttribution(value: unknown, at: string, log: InvalidLog): Attribution | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected an attribution, found ${typeName(value)}.`);
    return undefined;
  }
  const name = readText(value.name, `${at}.name`, log);
  if (name === undefined) return undefined;
  const key = readText(value.key, `${at}.key`, log, false);
  return key === undefined ? { name } : { name, key };
}

function readList<T>(value: unknown, at: string, log: InvalidLog, read: (v: unknown, at: string, log: InvalidLog) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) {
    log.add(at, `Expected a list, found ${typeName(value)}.`);
    return undefined;
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const record = read(item, `${at}[${i}]`, log);
    if (record !== undefined) out.push(record);
  });
  return out;
}

/** '' (unknown) or a language tag; anything else is reported and read as "und". */
function readLang(value: unknown, at: string, log: InvalidLog): string | undefined {
  const text = readText(value, at, log);
  if (text === undefined || text === '' || languageOr(text, '') === text) return text;
  log.add(at, 'Not a language tag (fr, en-GB, …); read as "und".');
  return 'und';
}

/** A version as Recoupe JSON writes it. The URL must be http(s); the quote may be empty (not anchored). */
export function readVersion(value: unknown, at: string, log: InvalidLog): Version | undefined {
  if (!isRecord(value)) {
    log.add(at, `Expected a version, found ${typeName(value)}.`);
    return undefined;
  }
  const v = {
    id: readId(value.id, `${at}.id`, log),
    claimId: readId(value.claimId, `${at}.claimId`, log),
    outletId: readId(value.outletId, `${at}.outletId`, log),
    url: readUrl(value.url, `${at}.url`, log),
    title: readText(value.title, `${at}.title`, log),
    publishedAt: readDate(value.publishedAt, `${at}.publishedAt`, log, true),
    quote: readText(value.quote, `${at}.quote`, log),
    lang: readLang(value.lang, `${at}.lang`, log),
    figures: readList(value.figures, `${at}.figures`, log, readFigure),
    places: readStringList(value.places, `${at}.places`, log),
    attributions: readList(value.attributions, `${at}.attributions`, log, readAttribution),
    dates: readStringList(value.dates, `${at}.dates`, log),
    origin: readText(value.origin, `${at}.origin`, log),
    createdAt: readDate(value.createdAt, `${at}.createdAt`, log),
    updatedAt: readDate(value.updatedAt, `${at}.updatedAt`, log),
  };
  for (const field of Object.values(v)) if (field === undefined) return undefined;
  const version = v as Version;
  if (typeof value.userModified === 'boolean') version.userModified = value.userModified;
  // Whose facts these are: a user's corrections must survive a round trip through a file.
  if (typeof value.factsByUser === 'boolean') version.factsByUser = value.factsByUser;
  if (typeof value.factsExtracted === 'boolean') version.factsExtracted = value.factsExtracted;
  // The text before the quote: only what the extractor reads of it is kept (its last paragraphs, bounded).
  const context = readText(value.context, `${at}.context`, log, false);
  if (context) version.context = recentContext(context);
  return version;
}
