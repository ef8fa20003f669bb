import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportPlan } from '@/utils/store/import/plan-import';
import type { ConflictPolicy } from '@/utils/store/import/apply-import';
import { t } from '@/utils/locale/i18n';
import { formatLabel } from '@/components/library/import-export/format-labels';
import { ImportCounts } from '@/components/library/import-export/ImportCounts';
import { InvalidList } from '@/components/library/import-export/InvalidList';
import { ConflictChoice } from '@/components/library/import-export/ConflictChoice';

export interface ImportPreviewProps {
  fileName: string;
  plan: ImportPlan;
  onImport: (policy: ConflictPolicy) => void;
  onCancel: () => void;
}

/** What an import would do, before anything is written: counts, records left out, conflicts. */
export function ImportPreview({ fileName, plan, onImport, onCancel }: ImportPreviewProps) {
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-local');
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the preview they asked for.
  useEffect(() => heading.current?.focus(), []);
  const writes = Object.values(plan.counts).reduce((n, c) => n + c.new + c.updated + c.conflict, 0);
  return (
    <section class="ie-preview" aria-labelledby="ie-preview-heading">
      <h4 id="ie-preview-heading" ref={heading} tabIndex={-1}>
        {t('iePreviewHeading', fileName)}
      </h4>
      <p>{t('ieDetected', formatLabel(plan.format))}</p>
      <ImportCounts counts={plan.counts} />
      {writes === 0 && <p>{t('ieNothingToImport')}</p>}
      {plan.unmappedVerdicts > 0 && <p class="ie-unmapped">{t('crVerdictsNotUnderstood', String(plan.unmappedVerdicts))}</p>}
      <InvalidList entries={plan.invalid} />
      {plan.conflicts.length > 0 && <ConflictChoice conflicts={plan.conflicts} value={policy} onChange={setPolicy} />}
      <div class="ie-row">
        <button type="button" class="primary" onClick={() => onImport(policy)}>
          {t('ieImportButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ieCancel')}
        </button>
      </div>
    </section>
  );
}
