import type { RecoupeDb } from '@/utils/store/db';
import type { PageFactCheckList, PageInfo } from '@/utils/protocol/messages';
import { proposeFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';
import { reviewPageFactChecks } from '@/utils/store/page-factchecks';
import { getSettings } from '@/utils/store/site-settings';

/** The background's answer to a page's fact-check markup: parse, compare, add what was asked (or all, by setting). */
export async function readPageFactChecks(db: RecoupeDb, req: { page: PageInfo; jsonLd: string[]; microdata: unknown[]; add: string[] }): Promise<PageFactCheckList> {
  const now = new Date().toISOString();
  const found = proposeFactChecks(req.page.url, req.jsonLd, req.microdata, now);
  if (found.proposals.length === 0) return { proposals: [], foreign: found.foreign, capped: found.capped };
  const auto = (await getSettings(db)).autoAddPageFactChecks === true;
  const proposals = await reviewPageFactChecks(db, req.page.url, found, auto ? 'all' : req.add, now);
  return { proposals, foreign: found.foreign, capped: found.capped };
}
