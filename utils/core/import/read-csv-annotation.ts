import type { Annotation, TextQuoteSelector } from '@/utils/core/model';
import type { CsvColumn } from '@/utils/core/formats/csv-columns';
import { splitCsvList } from '@/utils/core/formats/csv-list';
import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { evidenceCheck, readId, readText, readUrl } from '@/utils/core/import/read-fields';
import { stableHash } from '@/utils/core/import/derive-ids';
import { csvDateOf, type CsvRow } from '@/utils/core/import/read-csv-claim';

/** A created or updated date: as written, else the import's (and said why when the cell was not blank). */
function dateCell(row: CsvRow, column: CsvColumn, now: string, log: InvalidLog): string {
  const text = row.cell(column).trim();
  const date = text ? csvDateOf(text) : undefined;
  if (text && !date) log.add(row.at(column), `Not a date this import can read (${JSON.stringify(text.slice(0, 40))}): the import's date is used.`);
  return date ?? now;
}

/** The place of the quote in the page, when both ends are whole numbers in order; else none (and said why). */
function positionOf(row: CsvRow, log: InvalidLog): Annotation['selectors']['position'] {
  const [start, end] = [row.cell('position_start').trim(), row.cell('position_end').trim()];
  if (!start && !end) return undefined;
  if (/^\d{1,15}$/.test(start) && /^\d{1,15}$/.test(end) && Number(start) <= Number(end)) {
    return { type: 'TextPositionSelector', start: Number(start), end: Number(end) };
  }
  log.add(row.at('position_start'), 'position_start and position_end must be whole numbers, start <= end; the annotation is kept without its position.');
  return undefined;
}

/**
 * An annotation row (record "annotation") of the claim `claimId`, or undefined when its page, quote
 * or note cannot be read (each problem said where). A blank prefix or suffix is none; a row without
 * annotation_id gets an id from its claim, page and quote, so that importing the sheet twice finds
 * the same annotation.
 */
export function annotationOf(row: CsvRow, claimId: string, now: string, log: InvalidLog): Annotation | undefined {
  const url = readUrl(row.cell('url'), row.at('url'), log);
  const exact = readText(row.cell('quote'), row.at('quote'), log);
  const note = readText(row.cell('note'), row.at('note'), log);
  const prefix = readText(row.cell('prefix'), row.at('prefix'), log);
  const suffix = readText(row.cell('suffix'), row.at('suffix'), log);
  const givenId = row.cell('annotation_id').trim();
  const id = givenId ? readId(givenId, row.at('annotation_id'), log) : `csv-a-${stableHash(`${claimId} ${url} ${exact}`)}`;
  const versionId = row.cell('version_id').trim() ? readId(row.cell('version_id').trim(), row.at('version_id'), log) : undefined;
  if (!url || exact === undefined || note === undefined || prefix === undefined || suffix === undefined || !id) return undefined;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  const keep = evidenceCheck(log);
  const annotation: Annotation = {
    id, claimId, url, selectors: { quote }, note, tags: splitCsvList(row.cell('tags')),
    evidence: splitCsvList(row.cell('evidence')).filter((e) => keep(e, row.at('evidence'))),
    createdAt: dateCell(row, 'created', now, log), updatedAt: dateCell(row, 'updated', now, log),
  };
  const position = positionOf(row, log);
  if (position) annotation.selectors.position = position;
  if (versionId) annotation.versionId = versionId;
  const state = row.cell('anchor_state').trim().toLowerCase();
  if (state === 'anchored' || state === 'detached') annotation.anchorState = state;
  else if (state) log.add(row.at('anchor_state'), `Unknown anchor state ${JSON.stringify(state.slice(0, 40))} (anchored or detached); left out.`);
  return annotation;
}
