/**
 * The page reader takes a text node a run at a time (utils/page/page-text.ts): a page with one 3 MB
 * text node had been read a character at a time, three million one-character strings, and stalled for
 * most of a second after load. A run at a time must give the same block text, the same spans and the
 * same way back from a block offset to a node's character as the character-at-a-time reading it
 * replaced (kept here as the reference).
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { domPoint, readTextBlocks } from '@/utils/page/page-text';

const WS = /\s/;

/** The former reading, a character at a time: the block's text and, per node, [start, end, offset]. */
function reference(datas: string[]): { text: string; spans: [number, number, number][] } {
  let text = '';
  let spaced = true;
  const spans: [number, number, number][] = [];
  for (const data of datas) {
    let span: [number, number, number] | null = null;
    for (let i = 0; i < data.length; i++) {
      const ws = WS.test(data[i]!);
      if (ws && spaced) continue;
      if (!span) span = [text.length, 0, i];
      if (ws) {
        text += ' ';
        while (i + 1 < data.length && WS.test(data[i + 1]!)) i++;
      } else text += data[i];
      spaced = ws;
    }
    if (span) {
      span[1] = text.length;
      spans.push(span);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = spans[spans.length - 1];
    if (last && last[1] > text.length) last[1] = text.length;
    if (last && last[1] <= last[0]) spans.pop();
  }
  return { text, spans };
}

/** The former way back: the node index of the k-th character a span emitted. */
function referenceIndex(data: string, offset: number, k: number): number {
  let i = offset;
  for (; k > 0 && i < data.length; k--) {
    if (WS.test(data[i]!)) while (i < data.length && WS.test(data[i]!)) i++;
    else i++;
  }
  return i;
}

const piece = fc.constantFrom('a', 'Bé', 'word', '12', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ' \n ');
const nodeText = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('the page reader, a run at a time', () => {
  it('gives the block text, spans and node offsets the character-at-a-time reading gave', () => {
    fc.assert(
      fc.property(fc.array(nodeText, { minLength: 1, maxLength: 5 }), (datas) => {
        const window = new Window({ url: 'https://page.invalid/' });
        const p = window.document.createElement('p');
        for (const data of datas) p.appendChild(window.document.createTextNode(data));
        window.document.body.appendChild(p);
        const blocks = readTextBlocks(window.document.body as unknown as Node).blocks;
        const want = reference(datas);
        expect(blocks.map((b) => b.text)).toEqual(want.text ? [want.text] : []);
        if (!want.text) return;
        const block = blocks[0]!;
        expect(block.nodes.map((s) => [s.start, s.end, s.offset])).toEqual(want.spans);
        for (let offset = 0; offset <= block.text.length; offset++) {
          const at = domPoint(block, offset, 'start');
          const span = block.nodes.find((s) => s.end > offset) ?? block.nodes[block.nodes.length - 1]!;
          const k = Math.min(offset, span.end) - span.start;
          if (at && at.node === span.node) expect(at.offset).toBe(referenceIndex(span.node.data, span.offset, k));
        }
      }),
      { numRuns: 300 },
    );
  });
});
