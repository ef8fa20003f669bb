import type { ContentRequest, FoundClaim, Result } from '@/utils/protocol/messages';
import type { RecoupePage } from './recoupe-page';

/** Requests from the popup and the background to this tab. */
export async function handleContentRequest(page: RecoupePage, req: ContentRequest): Promise<Result<unknown>> {
  try {
    switch (req.type) {
      case 'listFound': {
        const byClaim = new Map<string, FoundClaim>();
        for (const m of page.painter.matches) {
          const found = byClaim.get(m.claimId);
          if (found) found.count++;
          else byClaim.set(m.claimId, { claimId: m.claimId, status: m.status, statement: m.statement, count: 1 });
          const claim = byClaim.get(m.claimId)!;
          if (m.appearanceOf && !claim.appearance) claim.appearance = { versionId: m.appearanceOf, quote: m.range.toString().slice(0, 10_000) };
        }
        return {
          ok: true,
          value: {
            claims: [...byClaim.values()],
            enabled: page.enabled,
            host: location.hostname,
            scans: page.scans,
            detached: page.anchors.detached.map((d) => ({ id: d.id, quote: d.selectors.quote.exact, statement: d.statement })),
            possible: page.scanner.possible,
            url: location.href,
          },
        };
      }
      case 'jumpTo':
        return { ok: true, value: { found: page.navigator.goToClaim(req.claimId) } };
      case 'siteStateChanged':
        page.setEnabled(req.enabled);
        return { ok: true, value: { ok: true } };
      case 'nextClaim':
        page.navigator.step(1, 'command');
        return { ok: true, value: { ok: true } };
      case 'annotateSelection':
        void page.annotate.open();
        return { ok: true, value: { ok: true } };
      case 'pageFactChecks':
        return { ok: true, value: await page.factChecks.current() };
      case 'addPageFactCheck':
        return { ok: true, value: await page.factChecks.read([req.claimId]) };
      case 'dataChanged':
        page.rescan(true);
        return { ok: true, value: { ok: true } };
      default:
        return { ok: false, error: 'Unknown request.' };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
