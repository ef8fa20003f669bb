/**
 * Sentence spans with UTF-16 offsets into the original text, so a highlight
 * covers exactly the characters the reader sees. Uses Intl.Segmenter where the
 * runtime has it (Chrome, Firefox 125+, Node 16+), a punctuation rule otherwise.
 */

export interface SentenceSpan {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Sentences longer than this are cut at clause punctuation: a menu or a
 *  table flattened to text has no full stops, and one giant "sentence" would
 *  cover every claim's words somewhere. */
const MAX_SENTENCE = 600;

type SegmenterCtor = new (lang?: string, opts?: { granularity: 'sentence' }) => {
  segment(text: string): Iterable<{ segment: string; index: number }>;
};

function intlSegmenter(): SegmenterCtor | undefined {
  const ctor = (Intl as unknown as { Segmenter?: SegmenterCtor }).Segmenter;
  return typeof ctor === 'function' ? ctor : undefined;
}

// End of sentence: terminal punctuation (plus closing quotes/brackets) then
// space, or a line break.
const FALLBACK_BOUNDARY = /[.!?…]+["'»”’)\]]*\s+|\n+/g;

function fallbackSegments(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(FALLBACK_BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

type Segmenter = InstanceType<SegmenterCtor>;
const segmenters = new Map<string, Segmenter>();

/** Creating a Segmenter costs more than segmenting a paragraph: keep one per language. */
function cachedSegmenter(ctor: SegmenterCtor, lang: string): Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new ctor(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new ctor(undefined, { granularity: 'sentence' }); // malformed language tag
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Possible sentence end inside a line; lines without one are one sentence. */
const INNER_END = /[.!?…。？！]["'»”’)\]]*\s/;

function rawSegments(text: string, lang?: string, useIntl = true): SentenceSpan[] {
  const Segmenter = useIntl ? intlSegmenter() : undefined;
  if (!Segmenter) return fallbackSegments(text);
  const segmenter = cachedSegmenter(Segmenter, lang ?? '');
  const spans: SentenceSpan[] = [];
  // Line by line: Intl breaks at line ends anyway, and the many lines of a
  // page that hold no inner sentence end (menus, headings, captions) then
  // skip the segmenter, which costs more than everything else in a scan.
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!INNER_END.test(line)) spans.push({ start: lineStart, end: lineEnd });
    else for (const seg of segmenter.segment(line)) spans.push({ start: lineStart + seg.index, end: lineStart + seg.index + seg.segment.length });
    lineStart = lineEnd;
  }
  return spans;
}

function splitLong(text: string, span: SentenceSpan, out: SentenceSpan[]): void {
  if (span.end - span.start <= MAX_SENTENCE) {
    out.push(span);
    return;
  }
  let start = span.start;
  const clause = /[;:,|·•]\s+|\s[-–—]\s/g;
  clause.lastIndex = span.start;
  for (let m = clause.exec(text); m && m.index < span.end; m = clause.exec(text)) {
    const end = m.index + m[0].length;
    if (end - start >= MAX_SENTENCE / 3) {
      out.push({ start, end });
      start = end;
    }
  }
  for (; span.end - start > MAX_SENTENCE; start += MAX_SENTENCE) out.push({ start, end: start + MAX_SENTENCE });
  if (start < span.end) out.push({ start, end: span.end });
}

/** Trim whitespace off a span; returns undefined when nothing is left. */
function trim(text: string, span: SentenceSpan): SentenceSpan | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Sentences of `text`, trimmed, in order, as offsets into `text`.
 * `useIntl: false` forces the fallback (tests, engines without Segmenter).
 */
export function segmentSentences(text: string, lang?: string, useIntl = true): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const raw of rawSegments(text, lang, useIntl)) {
    const span = trim(text, raw);
    if (span) splitLong(text, span, out);
  }
  return out.map((s) => trim(text, s)).filter((s): s is SentenceSpan => s !== undefined);
}
