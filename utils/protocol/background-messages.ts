import type { CardData } from '@/utils/protocol/card-data';
import type { AnnotationDraft, SavedAnnotation } from '@/utils/protocol/annotation-draft';
import {
  MESSAGE_LIMITS as L,
  type BlockMatch,
  type ClaimSuggestion,
  type ForeignBlock,
  type MatchDecision,
  type PageAnnotation,
  type PageFactCheckList,
  type PageInfo,
  type TextBlock,
} from '@/utils/protocol/messages';
import { message, noFields, isObject, type ApiOf, type RequestOf } from '@/utils/protocol/define';
import { checkBlocks, checkContext, checkDraft, checkId, checkPage, checkPageMarkup, checkSelectors, isHost, isText } from '@/utils/protocol/checks';

type None = Record<string, never>;

/** Requests content scripts send to the background (Recoupe's own pages may send them too). */
export const CONTENT_TO_BACKGROUND = {
  scan: message<{ page: PageInfo; blocks: TextBlock[] }, { matches: BlockMatch[]; outletId: string | null; foreign?: ForeignBlock[] }>('content', (r) => checkPage(r.page) ?? checkBlocks(r.blocks)),
  getCard: message<{ claimId: string; page: PageInfo }, CardData>('content', (r) => (checkId(r.claimId) ? 'bad claimId' : checkPage(r.page))),
  getSiteState: message<{ host: string }, { enabled: boolean }>('content', (r) => (isHost(r.host) ? undefined : 'bad host')),
  /** Claims a selection most likely states (matcher ranking), or that match a search box query. */
  suggestClaims: message<{ text: string; limit: number }, { suggestions: ClaimSuggestion[] }>('content', (r) =>
    isText(r.text, L.maxFieldLength) && Number.isInteger(r.limit) && (r.limit as number) > 0 && (r.limit as number) <= L.maxSuggestions ? undefined : 'text or limit out of bounds',
  ),
  saveAnnotation: message<{ draft: AnnotationDraft }, SavedAnnotation>('content', (r) => checkDraft(r.draft)),
  reattachAnnotation: message<{ annotationId: string; selectors: AnnotationDraft['selectors']; context?: string }, SavedAnnotation>('content', (r) =>
    checkId(r.annotationId) ? 'bad annotationId' : (checkSelectors(r.selectors) ?? checkContext(r.context)),
  ),
  /** The user's annotations on this page (by its URL and canonical URL), to anchor again. */
  pageAnnotations: message<{ urls: string[] }, { annotations: PageAnnotation[] }>('content', (r) =>
    Array.isArray(r.urls) && r.urls.length <= L.maxPageUrls && r.urls.every((u) => isText(u, L.maxUrlLength)) ? undefined : 'bad urls',
  ),
  /** Which annotations anchored on the page and which are detached. */
  reportAnchoring: message<{ results: { id: string; anchored: boolean }[] }, { updated: number }>('content', (r) =>
    Array.isArray(r.results) && r.results.length <= L.maxBlocks && r.results.every((x) => isObject(x) && !checkId(x.id) && typeof x.anchored === 'boolean') ? undefined : 'bad results',
  ),
  /** A page's ClaimReview markup, unparsed: the fact-checks it may propose, and the ones to add now. */
  readPageFactChecks: message<{ page: PageInfo; jsonLd: string[]; microdata: unknown[]; add: string[] }, PageFactCheckList>('content', (r) =>
    checkPage(r.page) ?? checkPageMarkup(r.jsonLd, r.microdata, r.add),
  ),
};

/** Requests only Recoupe's own pages (popup, library) may send: they change settings or the library. */
export const PAGE_TO_BACKGROUND = {
  setSiteState: message<{ host: string; enabled: boolean }, { enabled: boolean }>('extension', (r) => (isHost(r.host) && typeof r.enabled === 'boolean' ? undefined : 'bad host or flag')),
  reloadStarterData: message<None, { added: number; updated: number; kept: number }>('extension', noFields),
  /** The user confirms or dismisses a possible match: remembered for this page and claim. */
  decideMatch: message<{ url: string; claimId: string; decision: MatchDecision }, { ok: true }>('extension', (r) =>
    isText(r.url, L.maxUrlLength) && !checkId(r.claimId) && (r.decision === 'confirmed' || r.decision === 'dismissed') ? undefined : 'bad url, claimId or decision',
  ),
  /** Saves the sentence highlighted on a claim's appearance page as that outlet's version. */
  saveAppearanceQuote: message<{ versionId: string; quote: string; lang?: string }, { saved: boolean }>('extension', (r) =>
    !checkId(r.versionId) && isText(r.quote, L.maxQuoteLength) && r.quote.trim() !== '' && (r.lang === undefined || isText(r.lang, L.maxLangLength)) ? undefined : 'bad versionId, quote or lang',
  ),
};

/** Requests to the background handled by entrypoints/background/handlers.ts. */
export type BackgroundApi = ApiOf<typeof CONTENT_TO_BACKGROUND> & ApiOf<typeof PAGE_TO_BACKGROUND>;
export type BackgroundRequest = RequestOf<BackgroundApi>;
