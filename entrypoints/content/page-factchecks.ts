import type { PageFactCheckList } from '@/utils/protocol/messages';
import { askBackground } from '@/utils/protocol/send-message';
import { readClaimReviewMarkup, type ClaimReviewMarkup } from '@/utils/page/claimreview-markup';
import { pageInfo } from './page-info';

const EMPTY: PageFactCheckList = { proposals: [], foreign: 0, capped: 0 };

/** The fact-checks this page publishes about itself: read once, parsed and compared by the background. */
export class PageFactChecks {
  private markup: ClaimReviewMarkup | undefined | null = null;
  /** Settles with the first read: a popup opened while the page starts waits for it, not for an empty list. */
  private settleFirst: ((list: Promise<PageFactCheckList>) => void) | undefined;
  private last: Promise<PageFactCheckList> = new Promise((resolve) => (this.settleFirst = resolve));

  /** Reads the markup (once) and asks the background what it proposes; `add` names claims to add now. */
  read(add: string[] = []): Promise<PageFactCheckList> {
    if (this.markup === null) this.markup = readClaimReviewMarkup(document);
    const markup = this.markup;
    if (!markup) return this.settle(Promise.resolve(EMPTY));
    return this.settle(askBackground('readPageFactChecks', { page: pageInfo(), jsonLd: markup.jsonLd, microdata: markup.microdata, add }).catch((e: unknown) => {
      console.warn('Recoupe: the fact-checks of this page could not be read:', e instanceof Error ? e.message : e);
      return EMPTY;
    }));
  }

  /** Recoupe is off on this site: nothing will be read, and a waiting popup gets the empty list. */
  none(): void {
    this.settleFirst?.(Promise.resolve(EMPTY));
    this.settleFirst = undefined;
  }

  current(): Promise<PageFactCheckList> {
    return this.last;
  }

  private settle(list: Promise<PageFactCheckList>): Promise<PageFactCheckList> {
    this.settleFirst?.(list);
    this.settleFirst = undefined;
    this.last = list;
    return list;
  }
}
