/**
 * Ranking claims for a free text (suggest: the annotation form's suggestions,
 * CheckThat!-style ranking): candidates found even when every shared word is
 * common in the library, ordered by the fitted ranking score, with the
 * calibrated decision probability still given.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { fitRanking } from '@/scripts/lib/fit-ranking';

describe('suggest for a copied tweet', () => {
  // Two claims of CheckThat! 2020 (334 and 6647) and a tweet of its train split: the embed's signature
  // names its author, and the handle after the name, "NYGovCuomo", spelt him out a second time.
  const matcher = ClaimMatcher.build([
    { id: 'paladino', statement: { en: 'Former Trump campaign official Carl Paladino said he hopes President Obama dies of mad cow disease and Michelle Obama goes to live in a cave in Africa with a gorilla.' }, versions: [] },
    { id: 'cuomo-ban', statement: { en: "New York State Gov. Andrew Cuomo issued a multi-state 'travel ban' involving states with 'lax gun laws.'" }, versions: [] },
  ]);

  it('ranks the claim the tweet is about above one about its author', () => {
    const tweet = 'Carl Paladino made racist, ugly, reprehensible remarks about the President & First Lady. My wish this season is for unity. Full statement pic.twitter.com/ZHgsrHmHbp — Andrew Cuomo (@NYGovCuomo) December 23, 2016';
    const [first, second] = matcher.suggest(tweet, 2);
    expect(first?.claimId).toBe('paladino');
    expect(second!.probability).toBeLessThan(first!.probability);
  });
});

describe('suggest', () => {
  // 140 claims sharing "Donald Trump" or "photo ... mother": every word of the
  // post below is in more claims than the scan walks for one sentence.
  const fillers: IndexClaim[] = Array.from({ length: 140 }, (_, i) => ({
    id: `f${i}`,
    statement: { en: i < 70 ? `Donald Trump said item${i} would change the economy.` : `A photo shows a mother holding item${i} at a market.` },
    versions: [],
  }));
  const target: IndexClaim = { id: 'mother', statement: { en: "A photo shows Donald Trump's mother as a young woman." }, versions: [] };
  const matcher = ClaimMatcher.build([...fillers, target]);

  it("finds a claim whose shared words are all common in the library", () => {
    const ranked = matcher.suggest("This photo of Donald Trump's mother looks like a film still", 5);
    expect(ranked[0]?.claimId).toBe('mother');
  });

  it('lists up to the limit asked, each with a probability', () => {
    const ranked = matcher.suggest("This photo of Donald Trump's mother looks like a film still", 5);
    for (const r of ranked) {
      expect(r.probability).toBeGreaterThanOrEqual(0);
      expect(r.probability).toBeLessThanOrEqual(1);
    }
    expect(ranked.length).toBe(5);
  });

  it('reads a copied tweet: a link glued to a hashtag is no word, and hashtags give their words', () => {
    const library = ClaimMatcher.build([
      ...fillers,
      { id: 'iran', statement: { en: 'A video shows a US drone strike on General Soleimani in Iran.' }, versions: [] },
      { id: 'usapic', statement: { en: 'Usapic sells a photo of Donald Trump.' }, versions: [] },
    ]);
    const tweet = 'The drone attack on #Soleimani caught on camera.#IranUsapic.twitter.com/TvRkHvlgby — Someone (@SomeOne) January 6, 2020';
    const ranked = library.suggest(tweet, 5).map((r) => r.claimId);
    expect(ranked[0]).toBe('iran');
    expect(ranked).not.toContain('usapic');
  });
});

describe('fitRanking (listwise fit of the order)', () => {
  // Per query, four candidates; the relevant one has the highest first feature
  // but not always the highest second one (noise).
  const queries = Array.from({ length: 60 }, (_, q) => {
    const xs = Array.from({ length: 4 }, (_, i) => Float64Array.from([1, i === 0 ? 1 + (q % 3) * 0.1 : (i * 0.2) % 1, ((q * 7 + i * 13) % 10) / 10]));
    return { xs, relevant: [0], weight: 1 };
  });

  it('learns the feature that puts the relevant candidate first, and ranks it first', () => {
    const w = fitRanking(queries, 3, 1, new Float64Array(3));
    expect(w[1]).toBeGreaterThan(0);
    expect(Math.abs(w[2]!)).toBeLessThan(w[1]!);
    const first = queries.filter((q) => {
      const s = q.xs.map((x) => w[1]! * x[1]! + w[2]! * x[2]!);
      return s.indexOf(Math.max(...s)) === 0;
    });
    expect(first.length).toBe(queries.length);
  });

  it('is deterministic', () => {
    expect([...fitRanking(queries, 3, 1, new Float64Array(3))]).toEqual([...fitRanking(queries, 3, 1, new Float64Array(3))]);
  });
});
