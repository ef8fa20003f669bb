import { describe, expect, it } from 'vitest';
import { BACKGROUND_MESSAGES, validateRequest } from '@/utils/protocol/validate-request';
import { CONTENT_TO_BACKGROUND, PAGE_TO_BACKGROUND, type BackgroundApi } from '@/utils/protocol/background-messages';
import { TO_CONTENT, type ContentApi } from '@/utils/protocol/content-messages';
import type { FeedApi } from '@/utils/protocol/feed-messages';
import { checkMessage, message, type HandlerMap, type RequestOf } from '@/utils/protocol/define';

const page = { url: 'https://news.example/a' };
const selectors = { quote: { type: 'TextQuoteSelector' as const, exact: 'A quote' } };

/** A well-formed request of every message the background accepts (a new message needs one here too). */
const SAMPLES: { [K in keyof (BackgroundApi & FeedApi)]: RequestOf<Pick<BackgroundApi & FeedApi, K>> } = {
  scan: { type: 'scan', page, blocks: [{ id: 0, text: 'Some text', lang: 'fr' }] },
  getCard: { type: 'getCard', claimId: 'c1', page },
  getSiteState: { type: 'getSiteState', host: 'news.example' },
  suggestClaims: { type: 'suggestClaims', text: 'Some text', limit: 8 },
  saveAnnotation: {
    type: 'saveAnnotation',
    draft: { page: { url: page.url, title: 'T', siteName: 'S', publishedAt: '', lang: 'en' }, selectors, target: { kind: 'existing', claimId: 'c1' }, note: '', tags: [] },
  },
  reattachAnnotation: { type: 'reattachAnnotation', annotationId: 'a1', selectors },
  pageAnnotations: { type: 'pageAnnotations', urls: [page.url] },
  reportAnchoring: { type: 'reportAnchoring', results: [{ id: 'a1', anchored: true }] },
  readPageFactChecks: { type: 'readPageFactChecks', page, jsonLd: [], microdata: [], add: [] },
  setSiteState: { type: 'setSiteState', host: 'news.example', enabled: false },
  reloadStarterData: { type: 'reloadStarterData' } as RequestOf<Pick<BackgroundApi, 'reloadStarterData'>>,
  decideMatch: { type: 'decideMatch', url: page.url, claimId: 'c1', decision: 'dismissed' },
  saveAppearanceQuote: { type: 'saveAppearanceQuote', versionId: 'v1', quote: 'A quote' },
  listFeeds: { type: 'listFeeds' } as RequestOf<Pick<FeedApi, 'listFeeds'>>,
  subscribeFeed: { type: 'subscribeFeed', url: 'https://feeds.example/f.json' },
  refreshFeed: { type: 'refreshFeed', feedId: 'f1' },
  unsubscribeFeed: { type: 'unsubscribeFeed', feedId: 'f1' },
};

describe('the message tables', () => {
  it('accept every well-formed message from Recoupe’s own pages', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(BACKGROUND_MESSAGES).sort());
    for (const sample of Object.values(SAMPLES)) expect(validateRequest(sample, 'extension'), sample.type).toEqual({ ok: true, request: sample });
  });

  it('accept from a content script only what a content script needs, refusing settings, the starter data, decisions and feeds', () => {
    const fromContent = Object.values(SAMPLES).filter((s) => validateRequest(s, 'content').ok).map((s) => s.type);
    expect(fromContent.sort()).toEqual(Object.keys(CONTENT_TO_BACKGROUND).sort());
    for (const type of [...Object.keys(PAGE_TO_BACKGROUND), 'subscribeFeed']) {
      const r = validateRequest(SAMPLES[type as keyof typeof SAMPLES], 'content');
      expect(r, type).toEqual({ ok: false, error: `Recoupe refused a message: ${type} is accepted from Recoupe’s own pages only.` });
    }
  });

  it('say which message is wrong and why', () => {
    expect(validateRequest({ ...SAMPLES.scan, blocks: [{ id: 0, text: 'x', lang: '<b>' }] })).toEqual({ ok: false, error: 'Recoupe refused a message: scan: block 0 has a bad lang.' });
    expect(validateRequest({ type: 'toString' })).toEqual({ ok: false, error: 'Recoupe refused a message: unknown message type “toString”.' });
    const tooLong = { ...SAMPLES.saveAnnotation.draft, page: { ...SAMPLES.saveAnnotation.draft.page, title: 'x'.repeat(1001) } };
    expect(validateRequest({ type: 'saveAnnotation', draft: tooLong })).toEqual({ ok: false, error: 'Recoupe refused a message: saveAnnotation: page.title missing or too long.' });
  });

  it('check the messages a tab receives', () => {
    expect(checkMessage(TO_CONTENT, { type: 'jumpTo', claimId: 'c1' }, 'extension').ok).toBe(true);
    expect(checkMessage(TO_CONTENT, { type: 'jumpTo' }, 'extension')).toEqual({ ok: false, error: 'Recoupe refused a message: jumpTo: bad claimId.' });
    expect(checkMessage(TO_CONTENT, { type: 'siteStateChanged', enabled: 'no' }, 'extension').ok).toBe(false);
    expect(checkMessage(TO_CONTENT, { type: 'scan', page, blocks: [] }, 'extension').ok).toBe(false);
  });

  // Checked by `npx tsc --noEmit`: each @ts-expect-error fails the type check if its line compiles.
  it('do not compile without a validator or a handler', () => {
    // @ts-expect-error: a message without its validator
    message<{ a: string }, { ok: true }>('content');
    // @ts-expect-error: a handler map missing a message
    const partial: HandlerMap<ContentApi> = { listFound: async () => ({ claims: [], enabled: true, host: '', scans: 0, detached: [] }) };
    expect(partial).toBeDefined();
  });
});
