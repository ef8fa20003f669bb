import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '@/utils/core/anchoring/anchor';
import { describe } from '@/utils/core/anchoring/describe';

const select = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return describe(text, start, start + part.length);
};

suite('describe', () => {
  it('counts positions in code points, so an emoji before the quote counts once', () => {
    const text = 'Smile 😃 then read the claim here.';
    const { position, quote } = select(text, 'the claim');
    expect(position).toEqual({ type: 'TextPositionSelector', start: 18, end: 27 });
    expect(quote).toMatchObject({ exact: 'the claim', prefix: 'Smile 😃 then read ', suffix: ' here.' });
  });

  it('keeps 32 characters of context on each side without splitting an emoji', () => {
    const text = `${'😃'.repeat(40)}quote${'x'.repeat(40)}`;
    const { quote } = describe(text, 80, 85);
    expect(quote.prefix).toBe('😃'.repeat(16));
    expect(quote.suffix).toBe('x'.repeat(32));
  });
});

suite('anchor', () => {
  const page = 'Intro.\nThe minister said taxes would rise by 2%.\nLater, the minister said taxes would rise by 2%. Then more.';

  it('anchors by position when the quote is still there, with emoji before it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const cps = [...text];
        const [s, e] = [a % (cps.length + 1), b % (cps.length + 1)].sort((x, y) => x - y);
        const start = cps.slice(0, s).join('').length;
        const end = cps.slice(0, e).join('').length;
        const found = anchor(text, describe(text, start, end));
        expect(found).toMatchObject({ start, end, method: 'position' });
      }),
    );
  });

  it('picks the repeated occurrence that its prefix and suffix describe', () => {
    const second = select(page, 'the minister said taxes would rise by 2%.', 20);
    const found = anchor(page, { quote: second.quote });
    expect(found?.start).toBe(page.lastIndexOf('the minister said'));
    expect(found?.method).toBe('quote');
  });

  it('re-anchors by quote after the page changed before it, nearest the old position', () => {
    const { quote, position } = select(page, 'Later, the minister');
    const edited = `Breaking: an update was added at the top.\n${page}`;
    const found = anchor(edited, { quote, position });
    expect(found).toMatchObject({ start: edited.indexOf('Later, the minister'), method: 'quote' });
  });

  it('finds a quote whose typo was corrected on the page', () => {
    const text = 'Officials confirmed that 11,000 soldiers had been deployed near the border.';
    const found = anchor(text, { quote: { type: 'TextQuoteSelector', exact: '11,000 soliders had been deployed' } });
    expect(found).toMatchObject({ method: 'fuzzy' });
    expect(text.slice(found!.start, found!.end)).toBe('11,000 soldiers had been deployed');
  });

  it('matches straight quotes against curly ones and collapsed whitespace', () => {
    const text = 'He said: “we won’t back down” and left.';
    const found = anchor(text, { quote: { type: 'TextQuoteSelector', exact: '"we  won\'t\nback down"' } });
    expect(found && text.slice(found.start, found.end)).toBe('“we won’t back down”');
  });

  it('does not guess for a short quote that is not on the page', () => {
    expect(anchor('lorem ipsum dolor amet', { quote: { type: 'TextQuoteSelector', exact: 'dolar' } })).toBeNull();
  });

  it('does not attach a short quote whose stored context disagrees', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'taxes', prefix: 'the president said ' };
    expect(anchor(page, { quote })).toBeNull();
  });

  it('keeps a long quote found once even if the page around it changed', () => {
    const exact = 'The minister said taxes would rise by 2%.';
    const quote = { type: 'TextQuoteSelector' as const, exact, prefix: 'Completely different words here ', suffix: ' and other changed text after it' };
    expect(anchor(page, { quote })?.start).toBe(page.indexOf(exact));
  });

  it('gives up on a long quote with too many differences', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'The chancellor announced levies could fall by 9%.' };
    expect(anchor(page, { quote })).toBeNull();
  });

  it('ignores a position past the end of a shorter page and falls back to the quote', () => {
    const text = 'short page with the quote';
    const found = anchor(text, {
      position: { type: 'TextPositionSelector', start: 500, end: 505 },
      quote: { type: 'TextQuoteSelector', exact: 'quote' },
    });
    expect(found).toMatchObject({ start: 20, end: 25, method: 'quote' });
  });
});
