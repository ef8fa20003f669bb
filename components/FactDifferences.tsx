import type { CardData } from '@/utils/protocol/card-data';
import { statementIn } from '@/utils/core/reader-language';
import { t } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';

export interface FactDifferencesProps {
  data: CardData;
  lang: string;
}

/** Where the outlets disagree (figures, places, attributions, dates), and what related claims report. */
export function FactDifferences({ data, lang }: FactDifferencesProps) {
  const outletOf = new Map([...data.versions, ...data.ownVersions].map((v) => [v.id, v.outletName]));
  const ownIds = new Set(data.ownVersions.map((v) => v.id));
  if (!data.differences.length && !data.related.length) return null;
  return (
    <section class="differences" aria-label={t('cardDifferences')}>
      {data.differences.length > 0 && (
        <>
          <h3 class="section">
            <span aria-hidden="true">≠ </span>
            {t('cardDifferences')}
          </h3>
          {data.differences.some((d) => d.kind === 'attribution') && <p class="sources-disagree">{t('cardSourcesDisagree')}</p>}
          <ul>
            {data.differences.map((d) => (
              <li data-kind={d.kind}>
                <span class="fact-kind">{t(`fact_${d.kind}`)}</span>{' '}
                {d.values.map((v, i) => (
                  <>
                    {i > 0 && <span class="vs"> {t('cardVersus')} </span>}
                    <mark>{v.label}</mark>{' '}
                    <span class="who">
                      ({v.versionIds.map((id) => (ownIds.has(id) ? t('cardThisPage') : outletOf.get(id) ?? '')).filter((x, j, a) => a.indexOf(x) === j).join(', ')})
                    </span>
                  </>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.related.length > 0 && (
        <>
          <h3 class="section">{t('cardRelated')}</h3>
          <ul class="related">
            {data.related.map((r) => (
              <li>
                <mark>{r.figures.join(' / ')}</mark> {statementIn(r.statement, lang)} <StatusBadge status={r.status} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
