/**
 * Shared by the unit test and scripts/anchoring-report.ts: runs the readability quote cases
 * (../shared/corpora/anchoring/readability-quote-cases.json) against our page text.
 * Pages are parsed once each, scripts off and every request refused.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import type { TextQuoteSelector } from '@/utils/core/model';
import { anchor, type AnchorMatch } from '@/utils/core/anchoring/anchor';
import { textContentBlock } from '@/utils/page/anchor-dom';
import { domPoint, pageTextFromBlocks, readTextBlocks, blockAt, type PageText } from '@/utils/page/page-text';

import { SHARED_ROOT, sharedPath } from '../../shared-data';

export const SHARED = `${SHARED_ROOT}/`;
export const PAGES_REL = 'corpora/readability/pages/';
export const PAGES = sharedPath(PAGES_REL);
export const QUOTE_CASES_REL = 'corpora/anchoring/readability-quote-cases.json';

export interface QuoteCase {
  id: string;
  page: string;
  kind: 'exact' | 'typo' | 'straight-quotes';
  selector: TextQuoteSelector;
  expect: { anchored: boolean; text: string; occurrences?: number };
}

export interface CaseResult {
  id: string;
  kind: QuoteCase['kind'];
  pass: boolean;
  why?: string;
  method?: AnchorMatch['method'];
  /** Whether the right occurrence could be checked against the corpus text model. */
  verified: boolean;
}

export function loadQuoteCases(): QuoteCase[] {
  const raw = JSON.parse(readFileSync(`${SHARED}corpora/anchoring/readability-quote-cases.json`, 'utf8'));
  return raw.cases as QuoteCase[];
}

export type Parser = 'happy-dom' | 'linkedom';
let window: Window | null = null;

/**
 * A page parsed without running its scripts or loading anything. Neither parser
 * follows the HTML spec fully: happy-dom 21 drops everything after cnet's inline
 * <svg><use/></svg>; linkedom splits yahoo-3's two <body> tags into two bodies.
 */
export function parsePage(path: string, parser: Parser = 'happy-dom'): Document {
  const html = readFileSync(`${PAGES}${path}`, 'utf8');
  if (parser === 'linkedom') return parseHTML(html).document as unknown as Document;
  window ??= new Window({
    url: 'https://corpus.invalid/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 404 }),
          beforeSyncRequest: () => ({ status: 404, statusText: 'Not Found', ok: false, url: '', redirected: false, headers: new Headers(), body: Buffer.alloc(0) }) as never,
        },
      },
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text models disagree on whitespace (textContent ignores <br>, we read it as a space). */
const squeeze = (s: string) => s.replace(/\s+/g, '');

export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

/**
 * The corpus text model (whitespace-normalised body.textContent) with, for each of its
 * characters, the raw textContent index it came from: the independent referee of which
 * occurrence is the right one.
 */
class TextModel {
  readonly text: string;
  private readonly rawIndex: number[] = [];
  readonly nodeStart = new Map<Node, number>();
  constructor(body: Node) {
    const block = textContentBlock(body);
    for (const span of block.nodes) this.nodeStart.set(span.node, span.start);
    let text = '';
    let pendingSpace = false;
    for (let i = 0; i < block.text.length; i++) {
      if (/\s/.test(block.text[i])) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        this.rawIndex.push(i);
        pendingSpace = false;
      }
      text += block.text[i];
      this.rawIndex.push(i);
    }
    this.text = text;
  }
  /** Raw indexes where the expected text starts with its stored context around it. */
  expectedStarts(c: QuoteCase): number[] {
    const prefix = c.selector.prefix ?? '';
    const needle = prefix + c.expect.text + (c.selector.suffix ?? '');
    const starts: number[] = [];
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) starts.push(this.rawIndex[at + prefix.length]);
    return starts;
  }
}

const visibleCache = new WeakMap<PageText, [number, number][]>();
/** Raw textContent ranges of the text nodes that made the page text. */
function visibleRaw(page: PageText, model: TextModel): [number, number][] {
  let ranges = visibleCache.get(page);
  if (!ranges) {
    ranges = page.blocks.flatMap((b) => b.nodes.map((s): [number, number] => {
      const start = model.nodeStart.get(s.node) ?? -1;
      return [start, start + s.node.data.length];
    }));
    visibleCache.set(page, ranges);
  }
  return ranges;
}

export interface LoadedPage {
  page: PageText;
  model: TextModel;
}

export function loadPage(path: string, parser?: Parser): LoadedPage {
  const doc = parsePage(path, parser);
  const body = doc.body ?? doc.documentElement;
  return { page: pageTextFromBlocks(readTextBlocks(body).blocks), model: new TextModel(body) };
}

export function runCase(c: QuoteCase, { page, model }: LoadedPage): CaseResult {
  const base = { id: c.id, kind: c.kind, verified: false };
  const match = anchor(page.text, { quote: c.selector });
  if (!match) return { ...base, pass: false, why: 'not anchored' };
  const found = normalise(page.text.slice(match.start, match.end));
  const expected = normalise(c.expect.text);
  const distance = squeeze(found) === squeeze(expected) ? 0 : editDistance(found, expected);
  if (distance > (c.kind === 'typo' ? 3 : 0)) return { ...base, method: match.method, pass: false, why: `text differs: ${found}` };
  // The corpus text model includes script text (JSON-LD repeats articles): only
  // occurrences a reader can see, hence in our page text, can be the right one.
  const want = model.expectedStarts(c).filter((raw) => visibleRaw(page, model).some(([from, to]) => raw >= from && raw < to));
  if (want.length === 0) return { ...base, method: match.method, pass: true };
  const b = blockAt(page, match.start);
  const point = domPoint(page.blocks[b], match.start - page.starts[b], 'start');
  const got = point ? (model.nodeStart.get(point.node) ?? -1) + point.offset : -1;
  // Within the typo tolerance, a start may shift by the edit distance.
  const ok = want.some((w) => Math.abs(got - w) <= distance);
  return { ...base, method: match.method, verified: true, pass: ok, why: ok ? undefined : `wrong occurrence (${got} vs ${want})` };
}

export function runAll(cases: QuoteCase[], parser?: Parser): CaseResult[] {
  const byPage = new Map<string, QuoteCase[]>();
  for (const c of cases) byPage.set(c.page, [...(byPage.get(c.page) ?? []), c]);
  const results: CaseResult[] = [];
  for (const [path, pageCases] of byPage) {
    const loaded = loadPage(path, parser);
    for (const c of pageCases) results.push(runCase(c, loaded));
  }
  return results;
}

export function passRates(results: CaseResult[]): Record<string, { pass: number; total: number; rate: number }> {
  const rates: Record<string, { pass: number; total: number; rate: number }> = {};
  for (const r of results) {
    const entry = (rates[r.kind] ??= { pass: 0, total: 0, rate: 0 });
    entry.total++;
    if (r.pass) entry.pass++;
    entry.rate = entry.pass / entry.total;
  }
  return rates;
}
