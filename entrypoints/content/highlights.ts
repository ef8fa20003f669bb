import { STATUSES, type Status } from '@/utils/core/statuses';
import { FOCUS_HIGHLIGHT as FOCUS_NAME, HIGHLIGHT_PREFIX } from '@/utils/core/highlight-style';
import type { MatchWhy } from '@/utils/protocol/messages';

export interface PaintedMatch {
  claimId: string;
  status: Status;
  statement: string;
  range: Range;
  /** Set when the highlight is one of the user's own annotations. */
  annotationId?: string;
  /** Why the matcher found it (absent on annotations). */
  why?: MatchWhy;
  /** Set on a claim's appearance page (ClaimReview): the version the sentence can be saved to. */
  appearanceOf?: string;
}

/**
 * One highlight per sentence and claim: a found match that overlaps the user's annotation of the
 * same claim is the same statement, so only the annotation is kept (it carries the user's anchoring).
 */
export function mergeMatches(found: PaintedMatch[], annotated: PaintedMatch[]): PaintedMatch[] {
  const kept = found.filter((m) => !annotated.some((a) => a.claimId === m.claimId && overlaps(a.range, m.range)));
  for (const a of annotated) a.why ??= found.find((m) => m.claimId === a.claimId && overlaps(a.range, m.range))?.why;
  return [...kept, ...annotated];
}

function overlaps(a: Range, b: Range): boolean {
  // a ends after b starts, and a starts before b ends. Ranges under different roots never overlap.
  try {
    return a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
  } catch {
    return false;
  }
}

/**
 * Paints through the CSS Custom Highlight registry only. The `::highlight()` rules come with the
 * extension's content-script stylesheet, injected before the page is first styled (see
 * utils/core/highlight-style.ts): adding a stylesheet here would restyle the whole page in one frame.
 */
export class HighlightPainter {
  private painted: PaintedMatch[] = [];
  private focused: PaintedMatch | undefined;

  constructor(private readonly doc: Document) {}

  set(matches: PaintedMatch[]): void {
    this.painted = matches;
    this.repaint();
  }

  get matches(): readonly PaintedMatch[] {
    return this.painted;
  }

  focus(match: PaintedMatch | undefined): void {
    this.focused = match;
    this.repaint();
  }

  clear(): void {
    this.painted = [];
    this.focused = undefined;
    for (const s of STATUSES) CSS.highlights.delete(`${HIGHLIGHT_PREFIX}${s}`);
    CSS.highlights.delete(FOCUS_NAME);
  }

  /** Page scripts can clear the registry (the injected stylesheet is out of their reach): this checks it. */
  isIntact(): boolean {
    if (!this.painted.length) return true;
    return this.painted.every((m) => CSS.highlights.get(`${HIGHLIGHT_PREFIX}${m.status}`)?.has(m.range));
  }

  repaint(): void {
    const byStatus = new Map<Status, Range[]>();
    for (const m of this.painted) {
      if (m.range.collapsed) continue;
      byStatus.set(m.status, [...(byStatus.get(m.status) ?? []), m.range]);
    }
    for (const s of STATUSES) {
      const ranges = byStatus.get(s);
      const name = `${HIGHLIGHT_PREFIX}${s}`;
      if (ranges?.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
    if (this.focused) {
      const h = new Highlight(this.focused.range);
      h.priority = 1;
      CSS.highlights.set(FOCUS_NAME, h);
    } else CSS.highlights.delete(FOCUS_NAME);
  }

  /** The painted match under a point of the viewport, if any. */
  matchAt(x: number, y: number): PaintedMatch | undefined {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return undefined;
    const hits = this.painted.filter((m) => m.range.isPointInRange(caret.node, caret.offset) && pointInRects(m.range, x, y));
    // The shortest range is the most specific one when sentences overlap.
    return hits.sort((a, b) => a.range.toString().length - b.range.toString().length)[0];
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** A caret position snaps to the nearest character, so also check the click fell on the text itself. */
function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
