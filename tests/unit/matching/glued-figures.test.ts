/**
 * A figure glued to its unit ("3MB", "10km") or to a name's letters ("HDR10", "PS4") reads as the
 * same figure and word written apart ("3 MB", "HDR 10"): glued, the whole was one word that the
 * other writing never had, so the two shared neither the figure nor the word.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

const read = (text: string, lang: string) => {
  const a = analyseText(text, lang);
  return { figures: a.figures.map((f) => f.key), stems: a.words.filter((w) => !w.stop).map((w) => w.stem) };
};

describe('figures glued to a unit or a name', () => {
  it('read as the figure and the word written apart', () => {
    expect(read('The update weighs 3MB and the track is 10km long', 'en')).toEqual(read('The update weighs 3 MB and the track is 10 km long', 'en'));
    expect(read('La mise à jour pèse 1,5Go', 'fr')).toEqual(read('La mise à jour pèse 1,5 Go', 'fr'));
    expect(read('The screen supports HDR10 and the PS4 runs it', 'en')).toEqual(read('The screen supports HDR 10 and the PS 4 runs it', 'en'));
    expect(read('155mm shells', 'en').figures).toEqual(['n155']);
  });

  it('leaves one glued letter, times of day and ordinals as they were', () => {
    // "5G", "4K", "G7", "A380": one letter is a name's as often as a unit's.
    expect(read('5G masts, a 4K screen, the G7 and an A380', 'en').figures).toEqual([]);
    expect(read('the 100m sprint', 'en').figures).toEqual([]);
    expect(read('polls close at 9pm or 11am', 'en').figures).toEqual(['n21', 'n11']);
    expect(read('the 3rd time, le 4ème', 'fr').figures).toEqual(['n3', 'n4']);
  });

  it('highlights a sentence that writes apart the figure a claim glues to a name, and tells two models apart', () => {
    const claims: IndexClaim[] = [
      { id: 'hdr', statement: { en: 'The Vortex 7 television does not support Dolby Vision, only the HDR10 format.' }, versions: [] },
      { id: 'console', statement: { en: 'The Zephyr PS4 handheld ships with a purple screen in Japan.' }, versions: [] },
    ];
    const matcher = ClaimMatcher.build(claims);
    const found = (text: string) => matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Sadly the Vortex 7 television lacks Dolby Vision support, so you get only the HDR 10 format.')).toEqual(['hdr']);
    expect(found('The Zephyr PS4 handheld ships with a purple screen in Japan.')).toEqual(['console']);
    expect(found('The Zephyr PS5 handheld ships with a purple screen in Japan.')).toEqual([]);
  });
});
