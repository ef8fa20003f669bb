import { useEffect, useState } from 'preact/hooks';
import type { RecoupeDb } from '@/utils/store/db';
import { getSettings } from '@/utils/store/site-settings';
import { t } from '@/utils/locale/i18n';

export interface AutoAddSettingProps {
  db: RecoupeDb;
}

/** The switch that adds the fact-checks pages publish about themselves without asking in the popup. */
export function AutoAddSetting({ db }: AutoAddSettingProps) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    void getSettings(db).then((s) => setOn(s.autoAddPageFactChecks === true));
  }, []);
  const change = async (value: boolean) => {
    setOn(value);
    // In a transaction so a site switched off meanwhile in another tab is not lost.
    await db.transaction('rw', db.settings, async () => {
      const current = await getSettings(db);
      await db.settings.put({ ...current, autoAddPageFactChecks: value });
    });
  };
  return (
    <label class="auto-add">
      <input type="checkbox" checked={on} onChange={(e) => void change((e.target as HTMLInputElement).checked)} /> {t('crAutoAdd')}
    </label>
  );
}
