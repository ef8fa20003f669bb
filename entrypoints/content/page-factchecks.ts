import type { PageFactCheckList } from '@/utils/protocol/messages';
import { askBackground } from '@/utils/protocol/send-message';
import { readClaimReviewMarkup, type ClaimReviewMarkup } from '@/utils/page/claimreview-markup';
import { pageInfo } from './page-info';

const EMPTY: PageFactCheckList = { proposals: [], foreign: 0, capped: 0 };

/** The fact-checks this page publishes about itself: read once, parsed and compared by the background. */
export class PageFactChecks {
  private markup: ClaimReviewMarkup | undefined | null = null;
  private last: Promise<PageFactCheckList> = Promise.resolve(EMPTY);

  /** Reads the markup (once) and asks the background what it proposes; `add` names claims to add now. */
  read(add: string[] = []): Promise<PageFactCheckList> {
    if (this.markup === null) this.markup = readClaimReviewMarkup(document);
    const markup = this.markup;
    if (!markup) return (this.last = Promise.resolve(EMPTY));
    this.last = askBackground('readPageFactChecks', { page: pageInfo(), jsonLd: markup.jsonLd, microdata: markup.microdata, add }).catch((e: unknown) => {
      console.warn('Recoupe: the fact-checks of this page could not be read:', e instanceof Error ? e.message : e);
      return EMPTY;
    });
    return this.last;
  }

  current(): Promise<PageFactCheckList> {
    return this.last;
  }
}
