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
}

export interface SavedAnnotation {
  annotationId: string;
  claimId: string;
  versionId: string;
}
