import type { LibraryQuery } from '@/utils/store/library-query';
import type { Outlet } from '@/utils/core/model';
import { STATUSES, STATUS_STYLES, statusLabel } from '@/utils/core/statuses';
import { t } from '@/utils/locale/i18n';
import { SelectField } from '@/components/library/SelectField';
import { TextField } from '@/components/library/TextField';

export type LibraryFilterValues = Omit<LibraryQuery, 'offset' | 'limit'>;

export interface LibraryFiltersProps {
  value: LibraryFilterValues;
  outlets: Outlet[];
  tags: string[];
  langs: string[];
  lang: string;
  onChange: (value: LibraryFilterValues) => void;
}

/** The search box and the filter menus; every change runs the query again. */
export function LibraryFilters({ value, outlets, tags, langs, lang, onChange }: LibraryFiltersProps) {
  const set = (patch: Partial<LibraryFilterValues>) => onChange({ ...value, ...patch });
  const any = { value: '', label: t('libAny') };
  const annotations = value.hasAnnotations === undefined ? '' : value.hasAnnotations ? 'yes' : 'no';
  return (
    <div role="search" class="filters" aria-label={t('libSearchAndFilter')}>
      <TextField label={t('libSearch')} type="search" value={value.text ?? ''} onInput={(text) => set({ text })} hint={t('libSearchHint')} />
      <div class="filter-row">
        <SelectField
          label={t('libStatus')}
          value={value.status ?? ''}
          options={[any, ...STATUSES.map((s) => ({ value: s, label: `${STATUS_STYLES[s].glyph} ${statusLabel(s, lang)}` }))]}
          onChange={(v) => set({ status: (v || undefined) as LibraryFilterValues['status'] })}
        />
        <SelectField
          label={t('libOutlet')}
          value={value.outletId ?? ''}
          options={[any, ...outlets.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(v) => set({ outletId: v || undefined })}
        />
        <SelectField label={t('libTag')} value={value.tag ?? ''} options={[any, ...tags.map((x) => ({ value: x, label: x }))]} onChange={(v) => set({ tag: v || undefined })} />
        <SelectField label={t('libLanguage')} value={value.lang ?? ''} options={[any, ...langs.map((x) => ({ value: x, label: x }))]} onChange={(v) => set({ lang: v || undefined })} />
        <TextField label={t('libFrom')} type="date" value={value.from ?? ''} onInput={(v) => set({ from: v || undefined })} />
        <TextField label={t('libTo')} type="date" value={value.to ?? ''} onInput={(v) => set({ to: v || undefined })} />
        <SelectField
          label={t('libAnnotations')}
          value={annotations}
          options={[any, { value: 'yes', label: t('libWithAnnotations') }, { value: 'no', label: t('libWithoutAnnotations') }]}
          onChange={(v) => set({ hasAnnotations: v === '' ? undefined : v === 'yes' })}
        />
      </div>
      <button type="button" onClick={() => onChange({})}>
        {t('libClearFilters')}
      </button>
    </div>
  );
}
