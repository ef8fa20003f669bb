import { rangeFor } from '@/utils/page/page-text';
import { askBackground } from '@/utils/protocol/send-message';
import { mergeMatches, type PaintedMatch } from './highlights';
import { browserTranslator, ForeignTranslator } from './translate-foreign';
import { pageInfo } from './page-info';
import type { HighlightPainter } from './highlights';
import type { Scanner } from './scanner';

let translator: ForeignTranslator | null | undefined;

/** Paints the claims found in translated sentences, and lists their possible matches, after the scan. */
export async function addTranslatedMatches(page: { scanner: Scanner; painter: HighlightPainter }, found: PaintedMatch[], annotated: PaintedMatch[], signal: AbortSignal): Promise<void> {
  if (translator === undefined) {
    const api = browserTranslator();
    translator = api ? new ForeignTranslator(api, (p, blocks) => askBackground('scan', { page: p, blocks })) : null;
  }
  if (!translator) return;
  try {
    const extra = await translator.run(page.scanner.foreign, pageInfo(), signal);
    if (signal.aborted || !extra.length) return;
    const painted = [...found];
    for (const { block, start, end, match } of extra) {
      if (match.level === 'possible') {
        page.scanner.possible.push({ claimId: match.claimId, status: match.status, statement: match.statement, sentence: block.text.slice(start, end), why: match.why });
        continue;
      }
      const range = rangeFor(block, start, end, document);
      if (range) painted.push({ claimId: match.claimId, status: match.status, statement: match.statement, range, why: match.why });
    }
    page.painter.set(mergeMatches(painted, annotated));
  } catch (e) {
    console.warn('Recoupe: translated sentences could not be checked:', e instanceof Error ? e.message : e);
  }
}
