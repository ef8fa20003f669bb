import { useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { Attribution, Figure, Outlet, Version } from '@/utils/core/model';
import { updateVersion, type VersionPatch } from '@/utils/store/claim-edits';
import { t } from '@/utils/locale/i18n';
import { EditForm } from '@/components/library/EditForm';
import { SelectField } from '@/components/library/SelectField';
import { TextField } from '@/components/library/TextField';
import { useConflictSave } from '@/components/library/use-conflict-save';

export interface VersionEditFormProps {
  version: Version;
  outlets: Outlet[];
  onDone: (changed: boolean) => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string) => line.split('|').map((c) => c.trim());

/** "11 000 | 11000 | soldiers | environ" per line; a line without a number keeps its text as the value's source. */
export function parseFigures(text: string): Figure[] {
  return lines(text).map((line) => {
    const [written, value, unit, qualifier] = cells(line);
    const figure: Figure = { text: written, value: Number((value || written).replace(/[^\d.,-]/g, '').replace(',', '.')) || 0 };
    if (unit) figure.unit = unit;
    if (qualifier) figure.qualifier = qualifier;
    return figure;
  });
}

export function formatFigures(figures: Figure[]): string {
  return figures.map((f) => [f.text, String(f.value), f.unit ?? '', f.qualifier ?? ''].join(' | ').replace(/( \| )+$/, '')).join('\n');
}

function parseAttributions(text: string): Attribution[] {
  return lines(text).map((line) => {
    const [name, key] = cells(line);
    return key ? { name, key } : { name };
  });
}

/** Edits every field of one outlet's version. */
export function VersionEditForm({ version, outlets, onDone }: VersionEditFormProps) {
  const db = useDb();
  const [v, setV] = useState({
    outletId: version.outletId,
    url: version.url,
    title: version.title,
    publishedAt: version.publishedAt,
    quote: version.quote,
    lang: version.lang,
    figures: formatFigures(version.figures),
    places: version.places.join('\n'),
    attributions: version.attributions.map((a) => (a.key ? `${a.name} | ${a.key}` : a.name)).join('\n'),
    dates: version.dates.join('\n'),
  });
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
  const labels = {
    outletId: t('libOutlet'),
    url: t('libUrl'),
    title: t('libTitle'),
    publishedAt: t('libPublished'),
    quote: t('libQuote'),
    lang: t('libLanguage'),
    figures: t('fact_figure'),
    places: t('fact_place'),
    attributions: t('fact_attribution'),
    dates: t('fact_date'),
  };
  const save = useConflictSave<Version>(labels, () => onDone(true));

  const submit = () => {
    const patch: VersionPatch = {
      outletId: v.outletId,
      url: v.url.trim(),
      title: v.title,
      publishedAt: v.publishedAt.trim(),
      quote: v.quote,
      lang: v.lang.trim().toLowerCase(),
      figures: parseFigures(v.figures),
      places: lines(v.places),
      attributions: parseAttributions(v.attributions),
      dates: lines(v.dates),
    };
    void save.run((stored) => updateVersion(db, version.id, patch, (stored ?? version).updatedAt));
  };

  return (
    <EditForm
      label={t('libEditVersion')}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onDiscard={() => onDone(true)}
      busy={save.busy}
      error={save.error}
      conflict={save.conflict}
    >
      <SelectField label={labels.outletId} value={v.outletId} options={outlets.map((o) => ({ value: o.id, label: o.name }))} onChange={set('outletId')} />
      <TextField label={labels.url} type="url" value={v.url} onInput={set('url')} hint={t('libUrlHint')} />
      <TextField label={labels.title} value={v.title} onInput={set('title')} lang={v.lang} />
      <TextField label={labels.publishedAt} value={v.publishedAt} onInput={set('publishedAt')} hint={t('libDateHint')} />
      <TextField label={labels.lang} value={v.lang} onInput={set('lang')} hint={t('libLanguageCodeHint')} />
      <TextField label={labels.quote} rows={4} value={v.quote} onInput={set('quote')} lang={v.lang} />
      <TextField label={labels.figures} rows={2} value={v.figures} onInput={set('figures')} hint={t('libFiguresHint')} />
      <TextField label={labels.places} rows={2} value={v.places} onInput={set('places')} hint={t('libOnePerLine')} />
      <TextField label={labels.attributions} rows={2} value={v.attributions} onInput={set('attributions')} hint={t('libAttributionsHint')} />
      <TextField label={labels.dates} rows={2} value={v.dates} onInput={set('dates')} hint={t('libOnePerLine')} />
    </EditForm>
  );
}
