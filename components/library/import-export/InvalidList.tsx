import { useId } from 'preact/hooks';
import type { InvalidEntry } from '@/utils/core/import/import-types';
import { t } from '@/utils/locale/i18n';

export interface InvalidListProps {
  entries: InvalidEntry[];
}

/**
 * Every record or field the import leaves out, with where it is in the file and why. The list
 * scrolls in its own box, which takes keyboard focus so it can be scrolled without a mouse.
 * Positions and reasons can quote the file: rendered as text only.
 */
export function InvalidList({ entries }: InvalidListProps) {
  const id = useId();
  if (entries.length === 0) return <p class="ie-ok">{t('ieInvalidNone')}</p>;
  return (
    <>
      <h4 id={`${id}-h`}>{t('ieInvalidHeading', String(entries.length))}</h4>
      <div class="ie-invalid" role="region" tabIndex={0} aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`}>
        <p id={`${id}-d`} hidden>
          {t('ieInvalidList')}
        </p>
        <ol>
          {entries.map((e) => (
            <li>
              <code>{e.position}</code>: {e.reason}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
