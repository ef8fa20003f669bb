import { describe, expect, it } from 'vitest';
import { ClaimMatcher, HIGHLIGHT_PROBABILITY, POSSIBLE_PROBABILITY, type IndexClaim } from '@/utils/core/matching/index';
import { Model, SHIPPED_MODEL } from '@/utils/core/matching/model';

const CLAIMS: IndexClaim[] = [
  {
    id: 'uniforms',
    statement: { en: 'North Korean soldiers were filmed queuing to receive Russian military uniforms at a camp in Russia.' },
    versions: [],
  },
  {
    id: 'us-election',
    statement: { en: 'The US presidential election will be held on 5 November 2024.' },
    versions: [],
  },
  {
    id: 'troops-11000',
    statement: { en: 'About 11,000 North Korean soldiers are training in eastern Russia, according to Ukrainian intelligence.' },
    versions: [],
  },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = (text: string) => matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('two levels of confidence', () => {
  it('exports thresholds with a highlight above a possible match', () => {
    expect(POSSIBLE_PROBABILITY).toBeGreaterThan(0);
    expect(HIGHLIGHT_PROBABILITY).toBeGreaterThanOrEqual(POSSIBLE_PROBABILITY);
    expect(HIGHLIGHT_PROBABILITY).toBeLessThan(1);
  });

  it('gives every match a probability that agrees with its level', () => {
    const text = 'Ukrainian intelligence says about 11,000 North Korean soldiers are training in eastern Russia.';
    const found = matcher.scan(text, { lang: 'en' });
    expect(found.map((m) => m.claimId)).toEqual(['troops-11000']);
    // The thresholds of a three-claim library (Model.forLibrary).
    const { highlightProbability, possibleProbability } = matcher.model.file;
    for (const m of found) {
      expect(m.probability).toBeGreaterThanOrEqual(possibleProbability);
      expect(m.level).toBe(m.probability >= highlightProbability ? 'highlight' : 'possible');
    }
  });

  it('asks more of a sentence the more claims the library holds', () => {
    // Shipped: the fit chose a threshold per library size, none lower for a larger library.
    const sizes = SHIPPED_MODEL.file.bySize ?? [];
    expect(sizes.length).toBeGreaterThan(1);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!.highlightProbability).toBeGreaterThanOrEqual(sizes[i - 1]!.highlightProbability);
    expect(sizes[sizes.length - 1]!.highlightProbability).toBe(HIGHLIGHT_PROBABILITY);
    // The same sentence and claim: highlighted in a library of 3 claims, only possible in one of 40.
    const model = new Model({
      ...SHIPPED_MODEL.file,
      highlightProbability: 0.999,
      possibleProbability: 0.5,
      bySize: [
        { claims: 10, highlightProbability: 0.6, possibleProbability: 0.5 },
        { claims: 100, highlightProbability: 0.999, possibleProbability: 0.5 },
      ],
    });
    const fillers: IndexClaim[] = Array.from({ length: 37 }, (_, i) => ({ id: `filler-${i}`, statement: { en: `Harbour ${i} of Lisbon reopened for fishing boats after the storm.` }, versions: [] }));
    const text = 'Ukrainian intelligence says about 11,000 North Korean soldiers are training in eastern Russia.';
    const levels = (claims: IndexClaim[]) => ClaimMatcher.build(claims, { model }).scan(text, { lang: 'en' }).filter((m) => m.claimId === 'troops-11000').map((m) => `${m.claimId} ${m.level}`);
    expect(levels(CLAIMS)).toEqual(['troops-11000 highlight']);
    expect(levels([...CLAIMS, ...fillers])).toEqual(['troops-11000 possible']);
    expect(model.forLibrary(5000).file.highlightProbability).toBe(0.999);
  });

  it('names the figures a sentence contradicts', () => {
    const text = 'About 12,000 North Korean soldiers are training in eastern Russia, according to Ukrainian intelligence.';
    // The other figure keeps it under both thresholds; a model that reports everything shows why.
    expect(matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight')).toEqual([]);
    const everything = new Model({ ...SHIPPED_MODEL.file, bySize: undefined, highlightProbability: 0.5, possibleProbability: 1e-6 });
    const [m] = ClaimMatcher.build([CLAIMS[2]!], { model: everything }).scan(text, { lang: 'en' });
    expect(m!.explanation.contradictedFigures).toEqual([{ text: '12,000', claim: '11,000' }]);
    expect(m!.explanation.sharedTerms).toEqual(expect.arrayContaining(['soldiers', 'training']));
  });
});

describe('subject agreement', () => {
  it('wants the claim’s subject, not only its predicate', () => {
    expect(highlighted('Football fans were filmed queuing to receive new team jerseys at a shop in Manchester.')).toEqual([]);
    expect(highlighted('Videos show North Korean soldiers queuing to receive Russian military uniforms at a camp in Russia.')).toEqual(['uniforms']);
  });

  it('does not take another country’s election date for the US one', () => {
    expect(highlighted('The Romanian presidential election will be held on 24 November 2024.')).toEqual([]);
  });
});
