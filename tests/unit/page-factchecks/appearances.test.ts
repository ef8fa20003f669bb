import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoupeDb } from '@/utils/store/db';
import { bestSentence } from '@/utils/core/page-factchecks/best-sentence';
import { saveAppearanceQuote, withAppearances } from '@/utils/store/appearances';
import { claim, freshDb, version } from '../library/library-fixtures';

const NEWS = 'https://news.example/troops';
const blocks = [
  { id: 0, text: 'The council met on Tuesday. It discussed the budget.' },
  { id: 1, text: 'Officials said Pyongyang has dispatched roughly 12,000 troops to Russia. Kyiv confirmed it.' },
];

describe('appearances become versions', () => {
  it('finds the sentence that states the claim best, with a lower bar than the matcher', () => {
    const hit = bestSentence(blocks, 'North Korea sent 12,000 troops to Russia', 'en')!;
    expect(blocks[hit.blockId]!.text.slice(hit.start, hit.end)).toBe('Officials said Pyongyang has dispatched roughly 12,000 troops to Russia.');
    expect(bestSentence(blocks, 'Vaccines contain microchips', 'en')).toBeUndefined();
  });

  let db: RecoupeDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  it('marks the sentence on a page the claim appeared on, and saves it as that outlet’s version once', async () => {
    await db.claims.put(claim('c1', { statement: { en: 'North Korea sent 12,000 troops to Russia' }, status: 'confirmed' }));
    await db.versions.put(version('v1', 'c1', { url: NEWS, quote: '', lang: 'en' }));
    const matches = await withAppearances(db, { url: `${NEWS}#top` }, blocks, [], 'en');
    expect(matches).toEqual([expect.objectContaining({ claimId: 'c1', blockId: 1, appearanceOf: 'v1', status: 'confirmed' })]);
    // Elsewhere, nothing.
    expect(await withAppearances(db, { url: 'https://news.example/other' }, blocks, [], 'en')).toEqual([]);
    // A match the matcher already made is the one marked.
    const own = { blockId: 0, start: 0, end: 5, claimId: 'c1', status: 'confirmed' as const, statement: 'x', level: 'highlight' as const, why: { names: [], figures: [], words: [], contradicts: [] } };
    expect(await withAppearances(db, { url: NEWS }, blocks, [own], 'en')).toEqual([{ ...own, appearanceOf: 'v1' }]);

    expect(await saveAppearanceQuote(db, 'v1', 'Officials said Pyongyang has dispatched roughly 12,000 troops to Russia.', 'en')).toEqual({ saved: true });
    expect((await db.versions.get('v1'))!.quote).toContain('dispatched roughly 12,000 troops');
    expect(await saveAppearanceQuote(db, 'v1', 'Another sentence.', 'en')).toEqual({ saved: false });
    expect(await withAppearances(db, { url: NEWS }, blocks, [], 'en')).toEqual([]);
  });
});
