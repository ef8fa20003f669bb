import { useState } from 'preact/hooks';
import { askBackground } from '@/utils/protocol/send-message';
import { t } from '@/utils/locale/i18n';

export interface AppearanceSaveProps {
  versionId: string;
  quote: string;
}

/** On a page a fact-check names as where the claim appeared: save the highlighted sentence as this outlet's version. */
export function AppearanceSave({ versionId, quote }: AppearanceSaveProps) {
  const [state, setState] = useState<'idle' | 'saved' | 'not-saved'>('idle');
  const save = async () => {
    const r = await askBackground('saveAppearanceQuote', { versionId, quote }).catch(() => ({ saved: false }));
    setState(r.saved ? 'saved' : 'not-saved');
  };
  return (
    <div class="appearance">
      <q>{quote}</q>
      {state === 'idle' ? (
        <button type="button" class="save-appearance" onClick={() => void save()}>
          {t('crSaveAppearance')}
        </button>
      ) : (
        <p role="status">{t(state === 'saved' ? 'crAppearanceSaved' : 'crAppearanceNotSaved')}</p>
      )}
    </div>
  );
}
