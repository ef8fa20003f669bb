import type { RecoupeDb } from '@/utils/store/db';
import type { Settings } from '@/utils/core/model';

export const DEFAULT_SETTINGS: Settings = { key: 'settings', reviewerName: '', reviewerUrl: '', disabledSites: [] };

export async function getSettings(db: RecoupeDb): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.settings.get('settings')) };
}

export async function isSiteEnabled(db: RecoupeDb, host: string): Promise<boolean> {
  return !(await getSettings(db)).disabledSites.includes(host.toLowerCase());
}

/** Saves the reviewer's name and URL; in a transaction so a site switched off meanwhile in another tab is not lost. */
export async function setReviewer(db: RecoupeDb, reviewerName: string, reviewerUrl: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ ...(await getSettings(db)), reviewerName, reviewerUrl });
  });
}

/** Remembers the switch per host; done in a transaction so two tabs toggling at once both count. */
export async function setSiteEnabled(db: RecoupeDb, host: string, enabled: boolean): Promise<boolean> {
  const h = host.toLowerCase();
  await db.transaction('rw', db.settings, async () => {
    const s = await getSettings(db);
    const sites = new Set(s.disabledSites);
    if (enabled) sites.delete(h);
    else sites.add(h);
    await db.settings.put({ ...s, disabledSites: [...sites].sort() });
  });
  return enabled;
}
