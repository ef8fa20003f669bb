import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/utils/store/db';
import { MatcherService } from '@/utils/store/matcher-service';
import { validateRequest } from '@/utils/protocol/validate-request';
import type { HandlerMap, Result } from '@/utils/protocol/define';
import type { BackgroundApi } from '@/utils/protocol/background-messages';
import { createHandlers } from './handlers';
import { notifyTabs } from './notify-tabs';
import { explainDbError } from '@/utils/store/db-errors';
import { makeDetector } from '@/utils/store/block-language';
import { onlyDecisionsChanged } from '@/utils/store/match-decisions';
import { isExtensionPageSender, type FeedApi } from '@/utils/protocol/feed-messages';
import { indexStoredWithData, onlyIndexStored } from '@/utils/store/match-changes';
import { createFeedService, FEED_ALARM, FEED_ALARM_MINUTES } from './feed-service';
import { setLanguageDataSource } from '@/utils/core/language/language-data';
import { cacheScriptsAtInstall, extensionLanguageFiles, fetchGazetteer, fetchLexicon, readFactsWords, readGazetteer, readLexicon, readBaseWords, readPlaces, readVerdicts } from '@/utils/store/extension-files';
import { setVerdictSource } from '@/utils/core/verdicts/verdict-table';
import { setFactsWordsSource } from '@/utils/core/facts/facts-words';
import { setBaseWordsSource } from '@/utils/core/matching/base-words';
import { setGazetteerSource, setPlacesSource } from '@/utils/core/facts/gazetteer-source';
import { setLexiconSource } from '@/utils/core/lexicon/lexicons';
import { setFactsReaderSource } from '@/utils/core/facts/facts-reader';
import { factsReaderFromScript } from '@/utils/store/facts-reader-files';
import { markStart, startMarks } from '@/utils/core/start-marks';

export default defineBackground(() => {
  markStart('main');
  // Stemmers, stop lists, the gazetteer, the verdict labels, the facts reader's and the matcher's base words are read when
  // first needed (utils/store/extension-files.ts), not parsed with this bundle at every worker start.
  setLanguageDataSource(extensionLanguageFiles);
  setGazetteerSource(readGazetteer, fetchGazetteer);
  setPlacesSource(readPlaces);
  setLexiconSource(readLexicon, fetchLexicon);
  setVerdictSource(readVerdicts);
  setFactsWordsSource(readFactsWords);
  setBaseWordsSource(readBaseWords);
  // So is the facts reader's code: a scan never reads facts, a card, an import or an annotation does.
  setFactsReaderSource(factsReaderFromScript());
  cacheScriptsAtInstall();
  const db = getDb();
  db.on('ready', () => markStart('dbOpen'));
  const matcher = new MatcherService(db, makeDetector(browser.i18n.detectLanguage?.bind(browser.i18n)));
  // What the matching index did since the worker started (scripts/bench-index-browser.ts reads it).
  (globalThis as unknown as { recoupeIndexEvents: unknown }).recoupeIndexEvents = matcher.events;
  (globalThis as unknown as { recoupeStartMarks: unknown }).recoupeStartMarks = startMarks;
  const { handlers, ensureStarterData } = createHandlers(db, matcher, () => browser.i18n.getUILanguage());
  // Feeds the user subscribed to are the only addresses Recoupe ever requests.
  const feeds = createFeedService(db, (input, init) => fetch(input, init), () => matcher.invalidate());
  const scheduleFeeds = () => browser.alarms.create(FEED_ALARM, { delayInMinutes: 1, periodInMinutes: FEED_ALARM_MINUTES });

  // Listeners are registered synchronously, as MV3 requires for a worker woken by an event.
  browser.runtime.onInstalled.addListener(() => {
    void scheduleFeeds();
    ensureStarterData().catch((e) => console.error('Recoupe: starter data not loaded', e));
    browser.contextMenus.create({ id: 'recoupe-annotate', title: browser.i18n.getMessage('menuAnnotate'), contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'recoupe-annotate' && tab?.id !== undefined) {
      browser.tabs.sendMessage(tab.id, { type: 'annotateSelection' }).catch(() => undefined);
    }
  });

  browser.runtime.onStartup.addListener(() => void scheduleFeeds());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) feeds.refreshDue().catch((e) => console.error('Recoupe: feed refresh', e));
  });

  // Every handler, one per message of the tables in utils/protocol/: a missing one does not compile.
  const all: HandlerMap<BackgroundApi & FeedApi> = { ...handlers, ...feeds.handlers };
  // Answered through sendResponse (return true): the background runs on the browser's own API, where
  // Chrome does not take a returned promise as the answer (scripts/lib/content-browser.ts).
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
    // Only our own extension's contexts may talk to the background; a content script's sender URL is
    // the web page's, so only Recoupe's own pages may send the messages reserved to them.
    if (sender.id !== browser.runtime.id) return undefined;
    const checked = validateRequest(raw, isExtensionPageSender(sender.url, browser.runtime.getURL('/')) ? 'extension' : 'content');
    if (!checked.ok) {
      sendResponse({ ok: false, error: checked.error });
      return undefined;
    }
    const type = checked.request.type;
    markStart(`${type} asked`);
    const handler = all[type] as (r: unknown) => Promise<unknown>;
    void handler(checked.request)
      .then(
        (value) => (markStart(`${type} answered`), { ok: true as const, value }),
        (e: unknown) => ({ ok: false as const, error: explainDbError(e).message }),
      )
      .then(sendResponse);
    return true;
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'next-claim') void notifyTabs('nextClaim', true);
    if (command === 'annotate-selection') void notifyTabs('annotateSelection', true);
  });

  // Extension pages (library, import) write to the same database; Dexie broadcasts their changes,
  // and the matcher follows them through the journal they wrote (utils/store/match-changes.ts).
  let pending: ReturnType<typeof setTimeout> | undefined;
  // As a scan does, after the starter data: a database just created (its event names every table)
  // would otherwise be indexed, and that empty index stored, before the starter data is in it.
  const refreshIndex = () => void ensureStarterData().then(() => matcher.refresh(), (e: unknown) => console.error('Recoupe: starter data not loaded', e));
  Dexie.on('storagemutated', (parts) => {
    // Storing the matching index changes nothing a page shows.
    if (onlyIndexStored(parts)) return;
    if (!onlyDecisionsChanged(parts)) matcher.invalidate();
    // An import stored the library's index with its writes: its load starts now, not when a page asks.
    if (indexStoredWithData(parts)) refreshIndex();
    clearTimeout(pending);
    pending = setTimeout(() => {
      void notifyTabs('dataChanged', false);
      // The index follows now (and is stored), not at the next page: after an import, that page loads it.
      refreshIndex();
    }, 300);
  });
  // Nearly every start is for a page's scan (or a write the index must follow): the stored index is
  // read from now on, while the first message is still on its way.
  matcher.prefetch();
  markStart('listening');
});
