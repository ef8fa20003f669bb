import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';

// The annotation form's request (`saveAnnotation`, `reattachAnnotation`) and its answer: sent by the
// content script, saved by utils/store/save-annotation.ts.

/** What the annotation form sends: the selection, where it was made, and what to do with it. */
export interface AnnotationDraft {
  page: { url: string; canonicalUrl?: string; title: string; siteName: string; publishedAt: string; lang: string };
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector };
  target: { kind: 'existing'; claimId: string } | { kind: 'new'; statement: string; lang: string };
  status?: { status: Status; reason: string; evidence: string[]; note: string };
  note: string;
  tags: string[];
  /**
   * The page's text before the selection (its paragraph, and the ones before), at most
   * DRAFT_CONTEXT_CHARS: the fact extractor reads there who "il a déclaré" or "he said" is. Its last
   * paragraphs are kept on the version (`Version.context`) for later extractions.
   */
  context?: string;
}

/** How much page text before the selection a draft carries (the extractor reads no more). */
export const DRAFT_CONTEXT_CHARS = 2000;

/** The page text before a selection (page text and its start in UTF-16 units), bounded, for the draft. */
export function textBefore(pageText: string, start: number): string {
  const from = Math.max(0, start - DRAFT_CONTEXT_CHARS);
  // Never start inside a surrogate pair.
  const at = /[\uDC00-\uDFFF]/.test(pageText[from] ?? '') ? from + 1 : from;
  return pageText.slice(at, Math.max(at, start));
}

export interface SavedAnnotation {
  annotationId: string;
  claimId: string;
  versionId: string;
}
