import { browser } from 'wxt/browser';
import type { ContentApi } from '@/utils/protocol/content-messages';

/** Tells the content scripts (all tabs, or only the active one) that something changed. */
export async function notifyTabs(type: 'nextClaim' | 'dataChanged' | 'annotateSelection', activeOnly: boolean): Promise<void> {
  const tabs = await browser.tabs.query(activeOnly ? { active: true, currentWindow: true } : {});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    // A tab without our content script (a browser page, a site switched off before load) just refuses.
    browser.tabs.sendMessage(tab.id, { type } satisfies { type: keyof ContentApi }).catch(() => undefined);
  }
}
