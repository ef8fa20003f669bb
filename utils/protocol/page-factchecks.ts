import type { FactCheckProposal } from '@/utils/core/page-factchecks/propose-factchecks';

/**
 * What became of a page's fact-check: offered (`new`), written now (`added`, `updated` when the
 * page's review changed since it was added), already there unchanged (`known`), left alone because
 * the user edited the claim (`kept`) or because it belongs to another source (`other-source`).
 */
export type ProposalState = 'new' | 'added' | 'known' | 'updated' | 'kept' | 'other-source';
export type PageFactCheck = FactCheckProposal & { state: ProposalState };
