import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { F } from '@/utils/core/matching/model';

/** subjectReplaced of the claim's best-scored span of `text`, or undefined when it is no candidate. */
function subjectReplaced(matcher: ClaimMatcher, text: string, lang: string): number | undefined {
  const spans = matcher.scoredSpans(text, { lang }).sort((a, b) => b.logit - a.logit);
  return spans[0]?.x[F.subjectReplaced];
}

describe('subject replaced: the claim\'s predicate and figures said of another subject', () => {
  const game = ClaimMatcher.build([
    { id: 'eve', statement: { en: 'Eve Valkyrie, already a hit on the Oculus Rift, costs $60 on PlayStation VR.' }, versions: [] },
  ]);

  it('is set when the sentence names another game in the place of the claim\'s', () => {
    expect(subjectReplaced(game, 'Star Trek: Bridge Crew, already a hit on the Oculus Rift, costs $60 on PlayStation VR.', 'en')).toBe(1);
  });

  it('is not set when the sentence, or the one before it, names the claim\'s subject', () => {
    expect(subjectReplaced(game, 'Already a hit on the Oculus Rift, Eve Valkyrie costs $60 on Sony\'s PlayStation VR.', 'en')).toBe(0);
    expect(subjectReplaced(game, 'Eve Valkyrie is out today. Already a hit on the Oculus Rift, the game costs $60 on Sony\'s PlayStation VR.', 'en')).toBe(0);
  });

  it('takes a country by any of its names, in any language', () => {
    const sudan = ClaimMatcher.build([
      { id: 'sudan', statement: { en: 'The United States will lift its trade sanctions on Sudan, officials said.' }, versions: [] },
    ]);
    expect(subjectReplaced(sudan, 'Les États-Unis lèveront leurs sanctions commerciales contre le Soudan, a annoncé la Maison Blanche.', 'fr')).toBe(0);
  });
});
