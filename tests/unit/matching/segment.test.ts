import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { segmentSentences } from '@/utils/core/matching/segment-sentences';

const TEXT =
  '  🇺🇦 Le centre a publié une vidéo. « Il y en a des millions ici », a dit un homme…\nNouvelle ligne sans point\n\nEt une dernière phrase.  ';

describe('sentence segmentation', () => {
  for (const useIntl of [true, false]) {
    it(`gives offsets into the original text (${useIntl ? 'Intl.Segmenter' : 'fallback'})`, () => {
      const sentences = segmentSentences(TEXT, 'fr', useIntl).map((s) => TEXT.slice(s.start, s.end));
      expect(sentences).toEqual([
        '🇺🇦 Le centre a publié une vidéo.',
        '« Il y en a des millions ici », a dit un homme…',
        'Nouvelle ligne sans point',
        'Et une dernière phrase.',
      ]);
    });
  }

  it('cuts a very long run without full stops at clause punctuation', () => {
    const text = Array.from({ length: 60 }, (_, i) => `élément de menu numéro ${i}`).join(', ');
    const spans = segmentSentences(text, 'fr');
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(600);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
  });
});

describe('match offsets', () => {
  it('cover exactly the matched sentence, after emoji and non-ASCII text', () => {
    const matcher = ClaimMatcher.build([
      {
        id: 'flag',
        statement: { fr: 'Un drapeau nord-coréen a été hissé dans le village occupé de Tsukuryne, près de Pokrovsk.' },
        versions: [],
      },
    ]);
    const sentence = 'Un drapeau nord-coréen aurait été hissé à Tsukuryne, un village occupé près de Pokrovsk.';
    const text = `😀 Première phrase sans rapport, écrite en français. ${sentence} Et la suite, qui parle d’autre chose.`;
    const [match, ...rest] = matcher.scan(text, { lang: 'fr' });
    expect(rest).toEqual([]);
    expect(text.slice(match!.start, match!.end)).toBe(sentence);
    expect(match!.explanation.via).toBe('statement');
    expect(match!.explanation.sharedEntities).toEqual(expect.arrayContaining(['Tsukuryne', 'Pokrovsk']));
    expect(match!.explanation.sharedTerms).toEqual(expect.arrayContaining(['drapeau', 'hissé']));
  });
});
