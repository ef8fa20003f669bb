import type { CardVersion } from '@/utils/protocol/card-data';
import { formatDate, t } from '@/utils/locale/i18n';
import { textDirection } from '@/utils/core/text-direction';

export interface VersionColumnProps {
  version: CardVersion;
  lang: string;
}

/** One outlet's wording of the claim, with the facts it states; facts other outlets state otherwise are marked. */
export function VersionColumn({ version, lang }: VersionColumnProps) {
  return (
    <li class="version">
      <div class="version-head">
        <strong class="outlet">{version.outletName}</strong>
        {version.publishedAt && <span class="date"> · {formatDate(version.publishedAt, lang)}</span>}
      </div>
      {/* In its own language's direction, whatever the interface's: an Arabic quote in a French card reads right to left. */}
      <blockquote lang={version.lang} dir={textDirection(version.lang)} class="quote">
        {version.quote}
      </blockquote>
      {version.marks.length > 0 && (
        <ul class="facts" aria-label={t('cardFacts')}>
          {version.marks.map((m) => (
            <li class={m.differs ? 'fact differs' : 'fact'} data-kind={m.kind}>
              <span class="fact-kind">{t(`fact_${m.kind}`)}</span> {m.differs ? <mark>{m.label}</mark> : m.label}
              {m.differs && (
                <span class="differs-note">
                  {' '}
                  <span aria-hidden="true">≠</span>
                  <span class="sr-only">{t('cardDiffers')}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {version.url ? (
        <a class="source-link" href={version.url} target="_blank" rel="noopener noreferrer">
          {t('cardReadSource', version.outletName)}
        </a>
      ) : (
        <span class="source-link none">{t('cardNoLink')}</span>
      )}
    </li>
  );
}
