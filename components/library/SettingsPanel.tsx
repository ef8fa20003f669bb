import { useEffect, useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import { askBackground } from '@/utils/protocol/send-message';
import { getSettings, setReviewer } from '@/utils/store/site-settings';
import { safeHttpUrl } from '@/utils/core/safe-url';
import { t } from '@/utils/locale/i18n';
import { TextField } from '@/components/library/TextField';
import { AutoAddSetting } from '@/components/library/AutoAddSetting';

export interface SettingsPanelProps {
  /** Called with the saved reviewer name (status changes record it). */
  onReviewerChange: (name: string) => void;
  /** Called after the starter data was reloaded, so the lists refresh. */
  onDataChanged: () => void;
}

/** The reviewer's name and URL (used in exports and the status history) and the starter data reload. */
export function SettingsPanel({ onReviewerChange, onDataChanged }: SettingsPanelProps) {
  const db = useDb();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [saved, setSaved] = useState('');
  const [reload, setReload] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getSettings(db).then((s) => {
      setName(s.reviewerName);
      setUrl(s.reviewerUrl);
      onReviewerChange(s.reviewerName);
    });
  }, []);

  const save = async () => {
    if (url.trim() && !safeHttpUrl(url)) {
      setSaved(t('libUrlInvalid'));
      return;
    }
    await setReviewer(db, name.trim(), url.trim() ? safeHttpUrl(url) : '');
    onReviewerChange(name.trim());
    setSaved(t('libSettingsSaved'));
  };

  const reloadStarter = async () => {
    setBusy(true);
    setReload(t('popupLoading'));
    try {
      const r = await askBackground('reloadStarterData', {});
      setReload(t('libStarterReloaded', [String(r.added), String(r.updated), String(r.kept)]));
      onDataChanged();
    } catch (e) {
      setReload(t('libStarterFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2 id="settings-heading">{t('libSettings')}</h2>
      <form
        class="settings"
        aria-labelledby="settings-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField label={t('libReviewerName')} value={name} onInput={setName} hint={t('libReviewerNameHint')} />
        <TextField label={t('libReviewerUrl')} type="url" value={url} onInput={setUrl} hint={t('libUrlHint')} />
        <button type="submit" class="primary">
          {t('libSave')}
        </button>
        <p role="status">{saved}</p>
      </form>
      <AutoAddSetting db={db} />
      <h3>{t('libStarterData')}</h3>
      <p class="muted">{t('libStarterExplain')}</p>
      <button type="button" disabled={busy} onClick={() => void reloadStarter()}>
        {t('libReloadStarter')}
      </button>
      <p role="status">{reload}</p>
    </>
  );
}
