/**
 * The 57 data-driven cases of Apache Annotator (../shared/corpora/anchoring), run
 * against our own anchoring over the document's full textContent, as those cases assume.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { describeWithShared } from '../../shared-data';
import type { TextPositionSelector, TextQuoteSelector } from '@/utils/core/model';
import { anchor } from '@/utils/core/anchoring/anchor';
import { anchorRange, cssSelectorMatches, describeRange, pageOffsetOf, textContentPage } from '@/utils/page/anchor-dom';
import { SHARED } from './readability-corpus';

interface RangeInfo {
  startContainerXPath: string;
  startOffset: number;
  endContainerXPath: string;
  endOffset: number;
}
interface MatchCase {
  html: string;
  selector: TextQuoteSelector | TextPositionSelector;
  expected: RangeInfo[];
}
interface DescribeCase {
  html: string;
  range: RangeInfo;
  expected: TextQuoteSelector;
}
interface CssCase {
  html: string;
  selector: { type: 'CssSelector'; value: string };
  scopeXPath?: string;
  expected: string[];
}

const CASES_REL = 'corpora/anchoring/apache-annotator-cases.json';
const suite = (name: string, fn: () => void) => describeWithShared(name, [CASES_REL], fn);
// Read when a suite collects its cases, so that a clone without ../shared only skips them.
let data: Record<string, unknown> | undefined;
const groups = <T>(key: string): [string, T][] =>
  Object.values((data ??= JSON.parse(readFileSync(`${SHARED}${CASES_REL}`, 'utf8')))[key] as Record<string, Record<string, T>>).flatMap((group) => Object.entries(group));

/**
 * A window per case: happy-dom 21 gives a DOMParser document's createRange() to the
 * window's own document, so that setStart/setEnd collapse on "foreign" nodes.
 */
function parse(html: string): Document {
  const window = new Window({ url: 'https://cases.invalid/' });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** The few XPath forms the cases use: //name, then /name[n] or /text()[n] steps. */
function resolve(doc: Document, xpath: string): Node {
  const [first, ...steps] = xpath.replace(/^\/\//, '').split('/');
  let node: Node | undefined = doc.getElementsByTagName(first)[0];
  for (const step of steps) {
    const [, name, index] = /^([\w()]+)(?:\[(\d+)\])?$/.exec(step) ?? [];
    const wanted = (n: Node) => (name === 'text()' ? n.nodeType === 3 : n.nodeName.toLowerCase() === name);
    node = Array.from(node?.childNodes ?? []).filter(wanted)[Number(index ?? 1) - 1];
  }
  if (!node) throw new Error(`no node at ${xpath}`);
  return node;
}

function offsetsOf(doc: Document, info: RangeInfo): [number, number] {
  const page = textContentPage(doc.documentElement);
  const at = (xpath: string, offset: number) => pageOffsetOf(page, resolve(doc, xpath), offset, doc.documentElement);
  return [at(info.startContainerXPath, info.startOffset), at(info.endContainerXPath, info.endOffset)];
}

suite('Apache Annotator cases: text position and text quote match', () => {
  const cases = [...groups<MatchCase>('text-position_match-cases'), ...groups<MatchCase>('text-quote_match-cases')];
  it.each(cases)('%s', (_name, c) => {
    const doc = parse(c.html);
    const page = textContentPage(doc.documentElement);
    const selectors = c.selector.type === 'TextQuoteSelector' ? { quote: c.selector } : { position: c.selector };
    const found = anchorRange(page, selectors, doc);
    if (c.expected.length === 0) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    const { range } = found!;
    const got = [
      pageOffsetOf(page, range.startContainer, range.startOffset, doc.documentElement),
      pageOffsetOf(page, range.endContainer, range.endOffset, doc.documentElement),
    ];
    expect(c.expected.map((e) => offsetsOf(doc, e))).toContainEqual(got);
  });
});

suite('Apache Annotator cases: text quote describe', () => {
  const cases = groups<DescribeCase>('text-quote_describe-cases');
  // Their options (minimal context, minimum quote length) are not ours: we always keep
  // 32 characters of context, a superset of theirs that must anchor back to the same text.
  it.each(cases)('%s', (_name, c) => {
    const doc = parse(c.html);
    const page = textContentPage(doc.documentElement);
    const range = doc.createRange();
    range.setStart(resolve(doc, c.range.startContainerXPath), c.range.startOffset);
    range.setEnd(resolve(doc, c.range.endContainerXPath), c.range.endOffset);
    const { quote, position } = describeRange(page, range, doc.documentElement);
    expect(quote.exact).toBe(c.expected.exact);
    const [ours, theirs] = [quote.prefix ?? '', c.expected.prefix ?? ''];
    expect(ours.endsWith(theirs) || theirs.endsWith(ours)).toBe(true);
    const [oursAfter, theirsAfter] = [quote.suffix ?? '', c.expected.suffix ?? ''];
    expect(oursAfter.startsWith(theirsAfter) || theirsAfter.startsWith(oursAfter)).toBe(true);
    const want = offsetsOf(doc, c.range);
    const byQuote = anchor(page.text, { quote });
    expect([byQuote?.start, byQuote?.end]).toEqual(want);
    expect(anchor(page.text, { quote, position })).toMatchObject({ start: want[0], end: want[1], method: 'position' });
  });
});

suite('Apache Annotator cases: CSS selector match', () => {
  it.each(groups<CssCase>('css_match-cases'))('%s', (_name, c) => {
    const doc = parse(c.html);
    const scope = c.scopeXPath ? (resolve(doc, c.scopeXPath) as Element) : doc;
    expect(cssSelectorMatches(c.selector, scope)).toEqual(c.expected.map((x) => resolve(doc, x)));
  });
});
