// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mergeMatches, type PaintedMatch } from '@/entrypoints/content/highlights';

const why = { names: ['Budanov'], figures: ['11,000'], words: ['soldiers'], contradicts: [] };

function setup() {
  document.body.innerHTML = '<p id="p">About 11,000 soldiers are training. Budanov said so. Another sentence.</p>';
  const text = document.getElementById('p')!.firstChild as Text;
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };
  const match = (claimId: string, start: number, end: number, extra: Partial<PaintedMatch> = {}): PaintedMatch => ({ claimId, status: 'unverified', statement: claimId, range: range(start, end), ...extra });
  return { match };
}

describe('one highlight per sentence and claim', () => {
  it('keeps only the annotation where the matcher found the same claim in the same sentence, with the matcher’s why', () => {
    const { match } = setup();
    const found = [match('budanov-11000', 0, 35, { why }), match('budanov-11000', 53, 70), match('other', 0, 35)];
    const annotated = [match('budanov-11000', 6, 20, { annotationId: 'a1' })];
    const merged = mergeMatches(found, annotated);
    expect(merged.map((m) => [m.claimId, m.range.toString(), m.annotationId ?? null])).toEqual([
      ['budanov-11000', 'Another sentence.', null],
      ['other', 'About 11,000 soldiers are training.', null],
      ['budanov-11000', '11,000 soldier', 'a1'],
    ]);
    expect(merged[2]!.why).toEqual(why);
  });

  it('keeps both where they only touch', () => {
    const { match } = setup();
    const merged = mergeMatches([match('c', 0, 35)], [match('c', 35, 50, { annotationId: 'a' })]);
    expect(merged).toHaveLength(2);
  });
});
