import { Window } from 'happy-dom';
import { describe as suite, expect, it } from 'vitest';
import { anchorRange, describeRange, pageOffsetOf } from '@/utils/page/anchor-dom';
import { pageTextFromBlocks, readTextBlocks } from '@/utils/page/page-text';

function page(html: string) {
  const window = new Window({ url: 'https://page.invalid/' });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  return { doc, text: () => pageTextFromBlocks(readTextBlocks(doc.body).blocks) };
}

const HTML = `<body><h1>Troops   massed</h1><script>var x = "massed";</script>
  <p>The ministry said <b>11,000</b>   soldiers were sent.</p><p>Officials denied it.</p></body>`;

suite('DOM adapter', () => {
  it('describes a selection across elements and paints it again after the page changed', () => {
    const { doc, text } = page(HTML);
    const range = doc.createRange();
    range.setStart(doc.querySelector('b')!.firstChild!, 3);
    range.setEnd(doc.querySelectorAll('p')[1].firstChild!, 9);
    const selectors = describeRange(text(), range, doc.body);
    expect(selectors.quote.exact).toBe('000 soldiers were sent.\nOfficials');

    doc.body.insertAdjacentHTML('afterbegin', '<p>Update: a new paragraph at the top.</p>');
    const found = anchorRange(text(), selectors, doc);
    expect(found?.match.method).toBe('quote');
    expect(found?.range.toString().replace(/\s+/g, ' ')).toBe('000 soldiers were sent.Officials');
  });

  it('leaves the whitespace at the ends of a selection out of the quote', () => {
    const { doc, text } = page(HTML);
    const range = doc.createRange();
    const [first, second] = doc.querySelectorAll('p');
    // A triple-click on a paragraph selects up to the start of the next one, line break included.
    range.setStart(first, 0);
    range.setEnd(second, 0);
    expect(describeRange(text(), range, doc.body).quote.exact).toBe('The ministry said 11,000 soldiers were sent.');
  });

  it('moves a boundary inside skipped or collapsed text to the next character read', () => {
    const { doc, text } = page(HTML);
    const pageText = text();
    const script = doc.querySelector('script')!.firstChild!;
    expect(pageText.text.slice(pageOffsetOf(pageText, script, 2, doc.body))).toMatch(/^The ministry/);
    const gap = doc.querySelector('p')!.lastChild as Text; // "   soldiers were sent."
    expect(pageText.text.slice(pageOffsetOf(pageText, gap, 2, doc.body))).toMatch(/^soldiers/);
  });

  it('returns null when the quote is gone', () => {
    const { doc, text } = page(HTML);
    const quote = { type: 'TextQuoteSelector' as const, exact: 'an entirely different sentence that is not here' };
    expect(anchorRange(text(), { quote }, doc)).toBeNull();
  });
});
