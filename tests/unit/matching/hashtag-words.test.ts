import { describe, expect, it } from 'vitest';
import { splitHashtag } from '@/utils/core/matching/clean-query';
import { ClaimMatcher } from '@/utils/core/matching/index';

describe('a hashtag written in one case', () => {
  const words = new Set(['cape', 'town', 'storm', 'fyre', 'festival', 'airport', 'martelli', 'rapist', 'black', 'lives', 'matter']);
  const known = (w: string) => words.has(w);

  it('is read as the words the library knows', () => {
    expect(splitHashtag('capetownstorm', known)).toBe('cape town storm');
    expect(splitHashtag('fyrefestival', known)).toBe('fyre festival');
    expect(splitHashtag('blacklivesmatter', known)).toBe('black lives matter');
    // One word the library does not know, beside one it does: a person's first name.
    expect(splitHashtag('krystinamartelli', known)).toBe('krystina martelli');
    expect(splitHashtag('exumaairport', known)).toBe('exuma airport');
  });

  it('is left whole when the library knows it, or knows too little of it', () => {
    expect(splitHashtag('festival', known)).toBeUndefined();
    expect(splitHashtag('therapist', known)).toBeUndefined(); // not "the rapist"
    expect(splitHashtag('qanonmagabomber', known)).toBeUndefined();
  });

  it('ranks the claim whose words the hashtag holds first among the suggestions', () => {
    const matcher = ClaimMatcher.build([
      { id: 'oklahoma', statement: { en: 'Videos of the tornado that hit Oklahoma are fake.' }, versions: [] },
      { id: 'cape-town', statement: { en: 'Videos show tornadoes in Cape Town, South Africa.' }, versions: [] },
    ]);
    expect(matcher.suggest('All #capetownstorm tornado videos are fake', 2)[0]?.claimId).toBe('cape-town');
    expect(matcher.suggest('All #CapeTownStorm tornado videos are fake', 2)[0]?.claimId).toBe('cape-town');
    // Only the first letter in capitals, as a tag typed at the start of a word often is.
    expect(matcher.suggest('All #Capetownstorm tornado videos are fake', 2)[0]?.claimId).toBe('cape-town');
  });
});
