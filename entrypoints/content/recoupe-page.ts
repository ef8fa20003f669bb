import type { HighlightPainter } from './highlights';
import type { CardUi } from './card-ui';
import type { ClaimNavigator } from './claim-navigator';
import type { Scanner } from './scanner';
import type { AnnotationAnchors } from './annotation-anchors';
import type { AnnotateUi } from './annotate-ui';
import type { PageFactChecks } from './page-factchecks';

/** The content script's parts on one page, built by index.ts and shared with the request handler and the page watcher. */
export interface RecoupePage {
  enabled: boolean;
  scans: number;
  painter: HighlightPainter;
  card: CardUi;
  navigator: ClaimNavigator;
  scanner: Scanner;
  anchors: AnnotationAnchors;
  annotate: AnnotateUi;
  factChecks: PageFactChecks;
  rescan(forget?: boolean): void;
  setEnabled(enabled: boolean): void;
}
