import type { FoundOnPage, PageFactCheckList } from '@/utils/protocol/messages';
import { message, noFields, type ApiOf, type RequestOf } from '@/utils/protocol/define';
import { checkId } from '@/utils/protocol/checks';

type None = Record<string, never>;
type Done = { ok: true };
const claimId = (r: Record<string, unknown>) => (checkId(r.claimId) ? 'bad claimId' : undefined);

/**
 * Messages the popup and the background send to a tab's content script. Only Recoupe's own contexts
 * can reach it (the content script checks the sender's extension id); the checks guard against a
 * confused sender, not a hostile one.
 */
export const TO_CONTENT = {
  listFound: message<None, FoundOnPage>('extension', noFields),
  jumpTo: message<{ claimId: string }, { found: boolean }>('extension', claimId),
  siteStateChanged: message<{ enabled: boolean }, Done>('extension', (r) => (typeof r.enabled === 'boolean' ? undefined : 'bad flag')),
  nextClaim: message<None, Done>('extension', noFields),
  /** Library data changed: scan again. Answers once the scan is done. */
  dataChanged: message<None, Done>('extension', noFields),
  /** Open the annotation form on the current selection (context menu, keyboard command). */
  annotateSelection: message<None, Done>('extension', noFields),
  /** The fact-checks this page's markup proposes (popup). */
  pageFactChecks: message<None, PageFactCheckList>('extension', noFields),
  addPageFactCheck: message<{ claimId: string }, PageFactCheckList>('extension', claimId),
};

export type ContentApi = ApiOf<typeof TO_CONTENT>;
export type ContentRequest = RequestOf<ContentApi>;
