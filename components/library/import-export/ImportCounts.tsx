import type { ImportPlan } from '@/utils/store/import/plan-import';
import type { Classification, TableName } from '@/utils/core/import/merge-records';
import { t } from '@/utils/locale/i18n';

export interface ImportCountsProps {
  counts: ImportPlan['counts'];
}

const ROWS: TableName[] = ['claims', 'versions', 'outlets', 'annotations'];
const COLUMNS: [Classification, string][] = [
  ['new', 'ieNew'],
  ['updated', 'ieUpdated'],
  ['duplicate', 'ieDuplicate'],
  ['conflict', 'ieConflict'],
];

/** The preview's table: per kind of record, how many are new, updated, already there, or in conflict. */
export function ImportCounts({ counts }: ImportCountsProps) {
  return (
    <table class="ie-counts">
      <caption>{t('ieCountsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ieRecords')}</th>
          {COLUMNS.map(([, key]) => (
            <th scope="col">{t(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((table) => (
          <tr data-table={table}>
            <th scope="row">{t(`ieTable_${table}`)}</th>
            {COLUMNS.map(([kind]) => (
              <td data-kind={kind} class={kind === 'conflict' && counts[table][kind] > 0 ? 'has-conflict' : undefined}>
                {counts[table][kind]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
