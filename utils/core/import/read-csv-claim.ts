import type { Claim, StatusChange } from '@/utils/core/model';
import { isStatus, type Status } from '@/utils/core/statuses';
import { statusFromLabel } from '@/utils/core/verdicts/read-verdict';
import type { CsvColumn } from '@/utils/core/formats/csv-columns';
import { splitCsvList } from '@/utils/core/formats/csv-list';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { evidenceCheck, readDate, readText, spreadsheetDate } from '@/utils/core/import/read-fields';

/** A row's cells by column name ('' where the header lacks the column), and where each is, for reports. */
export interface CsvRow {
  cell: (column: CsvColumn) => string;
  at: (column: CsvColumn) => string;
  has: (column: CsvColumn) => boolean;
}

/** What the import writes where a file gives no reason (files written before status_reason, or by hand). */
const NO_REASON = 'Imported from CSV';

/** A status as typed in a spreadsheet: the key in any case ("False", "Partly true"), or a published label ("Faux"). */
export function statusOf(cell: string): Status | undefined {
  const key = cell.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (isStatus(key)) return key;
  return cell.trim() ? statusFromLabel(cell.trim()) : undefined;
}

/** A date as written (ISO 8601), or as a spreadsheet wrote it back where its form says which is the day. */
export function csvDateOf(text: string): string | undefined {
  return spreadsheetDate(text) ?? readDate(text, '', new InvalidLog(), true);
}

/** Optional text: '' for a blank cell, undefined (reported) for one over the length limit. */
function optionalText(row: CsvRow, column: CsvColumn, log: InvalidLog): string | undefined {
  return readText(row.cell(column), row.at(column), log);
}

/**
 * A claim from its first row: the current status with its reason and date, who made the claim, the
 * fact-checker's label and the tags. The statement is added by the caller, the history by claimHistory.
 */
export function claimFromRow(id: string, status: Status, row: CsvRow, now: string, log: InvalidLog): Claim {
  const dateText = row.cell('status_date').trim();
  const date = dateText ? csvDateOf(dateText) : undefined;
  if (dateText && !date) log.add(row.at('status_date'), `Not a date this import can read (${JSON.stringify(dateText.slice(0, 40))}): the status is dated by the import.`);
  const claim: Claim = {
    id, statement: {}, status, statusReason: row.has('status_reason') ? optionalText(row, 'status_reason', log) ?? '' : NO_REASON,
    statusDate: date ?? now, statusHistory: [], tags: splitCsvList(row.cell('tags')), origin: 'import', createdAt: now, updatedAt: now,
  };
  const claimant = optionalText(row, 'claimant', log)?.trim();
  if (claimant) claim.claimant = claimant;
  const label = optionalText(row, 'rating_label', log)?.trim();
  if (label) claim.ratingLabel = label;
  return claim;
}

/** A status change row: one entry of a claim's history, or undefined (and said why) when it cannot be read. */
export function statusChangeOf(row: CsvRow, log: InvalidLog): StatusChange | undefined {
  const status = statusOf(row.cell('status'));
  if (!status) {
    log.add(row.at('status'), `Unknown status ${JSON.stringify(row.cell('status').slice(0, 40))}; the status change is left out.`);
    return undefined;
  }
  const dateText = row.cell('status_date').trim();
  const date = csvDateOf(dateText);
  if (!date) {
    log.add(row.at('status_date'), `${dateText ? `Not a date this import can read (${JSON.stringify(dateText.slice(0, 40))})` : 'Missing'}: a status change needs its date (2024-04-30 or 2024-04-30T09:00:00Z). It is left out.`);
    return undefined;
  }
  const reason = optionalText(row, 'status_reason', log);
  const by = optionalText(row, 'status_by', log);
  const note = optionalText(row, 'note', log);
  if (reason === undefined || by === undefined || note === undefined) return undefined;
  const change: StatusChange = { status, reason, date, by: by.trim() || 'import' };
  if (note) change.note = note;
  const keep = evidenceCheck(log);
  const evidence = splitCsvList(row.cell('evidence')).filter((e) => keep(e, row.at('evidence')));
  if (evidence.length > 0) change.evidence = evidence;
  return change;
}

/**
 * The claim's history from its status change rows, oldest first whatever order the sheet was sorted
 * in. A current status that is not the last change's (edited in the sheet), or a file without
 * history, adds one change stating it.
 */
export function setHistory(claim: Claim, changes: StatusChange[], now: string): void {
  const history = [...changes].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const last = history[history.length - 1];
  if (!last || last.status !== claim.status) {
    const date = !last || Date.parse(claim.statusDate) >= Date.parse(last.date) ? claim.statusDate : now;
    history.push({ status: claim.status, reason: claim.statusReason || NO_REASON, date, by: 'import' });
  }
  claim.statusHistory = history;
}
