import { useState } from 'preact/hooks';
import type { Outlet, Version } from '@/utils/core/model';
import { formatDate, t } from '@/utils/locale/i18n';
import { ExternalLink } from '@/components/library/ExternalLink';
import { OutletEditForm } from '@/components/library/OutletEditForm';
import { VersionEditForm } from '@/components/library/VersionEditForm';

export interface VersionCardProps {
  version: Version;
  outlets: Outlet[];
  lang: string;
  onChanged: () => void;
}

/** One outlet's version of the claim: outlet, date, quote, facts and link, with its edit forms. */
export function VersionCard({ version, outlets, lang, onChanged }: VersionCardProps) {
  const [editing, setEditing] = useState<'none' | 'version' | 'outlet'>('none');
  const outlet = outlets.find((o) => o.id === version.outletId);
  const outletName = outlet?.name ?? version.outletId;
  const done = (changed: boolean) => {
    setEditing('none');
    if (changed) onChanged();
  };
  return (
    <li class="version-card">
      <h4>
        {outletName}
        {version.publishedAt && (
          <span class="muted">
            {' · '}
            <time dateTime={version.publishedAt}>{formatDate(version.publishedAt, lang)}</time>
          </span>
        )}
        {version.lang && <span class="lang-tag">{version.lang}</span>}
      </h4>
      {version.title && (
        <p class="title" lang={version.lang}>
          {version.title}
        </p>
      )}
      <blockquote lang={version.lang}>{version.quote}</blockquote>
      <dl class="facts">
        {version.figures.length > 0 && <Fact label={t('fact_figure')} values={version.figures.map((f) => [f.qualifier, f.text, f.unit].filter(Boolean).join(' '))} />}
        {version.places.length > 0 && <Fact label={t('fact_place')} values={version.places} />}
        {version.attributions.length > 0 && <Fact label={t('fact_attribution')} values={version.attributions.map((a) => a.name)} />}
        {version.dates.length > 0 && <Fact label={t('fact_date')} values={version.dates} />}
      </dl>
      <p>{version.url ? <ExternalLink href={version.url}>{t('cardReadSource', outletName)}</ExternalLink> : <span class="muted">{t('cardNoLink')}</span>}</p>
      {editing === 'version' ? (
        <VersionEditForm version={version} outlets={outlets} onDone={done} />
      ) : editing === 'outlet' && outlet ? (
        <OutletEditForm outlet={outlet} onDone={done} />
      ) : (
        <div class="actions">
          <button type="button" onClick={() => setEditing('version')}>
            {t('libEditVersion')}
          </button>
          {outlet && (
            <button type="button" onClick={() => setEditing('outlet')}>
              {t('libEditOutlet', outlet.name)}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Fact({ label, values }: { label: string; values: string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{values.join(' · ')}</dd>
    </>
  );
}
