/**
 * A restarted worker reads its matching data ahead, asynchronously, while its stored index is read
 * (utils/store/index-warmup.ts): the first lookup then uses what was fetched and reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { lexiconPart } from '@/scripts/lib/language-assets';
import { ensureLanguages } from '@/utils/core/language/language-data';
import type { LexiconData } from '@/utils/core/lexicon/lexicon';
import { lexiconBetween, preloadLexicon, relatedStems, setLexiconSource, type LexiconPart } from '@/utils/core/lexicon/lexicons';
import { lazyData } from '@/utils/core/lazy-data';

describe('data read ahead', () => {
  it('a preloaded lexicon table is what the first lookup uses, and it gives the same stems', async () => {
    await ensureLanguages(['fr', 'en']);
    const read: string[] = [];
    const fetched: string[] = [];
    const data = (pair: string, part: LexiconPart) => JSON.parse(lexiconPart(pair, part)) as LexiconData;
    setLexiconSource(
      (pair, part) => (read.push(`${pair} ${part}`), data(pair, part)),
      async (pair, part) => (fetched.push(`${pair} ${part}`), data(pair, part)),
    );
    await preloadLexicon('fr');
    expect(fetched).toEqual(['fr-en related']);
    const table = data('fr-en', 'related').related!['fr>en']!;
    expect(relatedStems('soldat', 'fr', 'en')).toEqual(table['soldat']!.split(' '));
    expect(read).toEqual([]);
    // Read once: a second preload fetches nothing.
    await preloadLexicon('fr');
    expect(fetched).toHaveLength(1);
    expect(lexiconBetween('fr', 'en')!.translateWord('soldat', 'fr', 'en')[0]).toBe('soldier');
    expect(read).toEqual(['fr-en words']);
  });

  it('lazy data: a preload spares the synchronous read, and a synchronous read that came first is kept', async () => {
    let syncReads = 0;
    const ahead = lazyData<{ from: string }>('test data');
    ahead.set(() => (syncReads++, { from: 'sync' }), async () => ({ from: 'fetch' }));
    await ahead.preload();
    expect(ahead.get()).toEqual({ from: 'fetch' });
    expect(syncReads).toBe(0);

    const raced = lazyData<{ from: string }>('test data');
    raced.set(() => ({ from: 'sync' }), async () => ({ from: 'fetch' }));
    const preload = raced.preload();
    expect(raced.get()).toEqual({ from: 'sync' });
    await preload;
    expect(raced.get()).toEqual({ from: 'sync' });

    const nodeOnly = lazyData<{ from: string }>('test data');
    nodeOnly.set(() => (syncReads++, { from: 'sync' }));
    await nodeOnly.preload();
    expect(syncReads).toBe(0);
    expect(nodeOnly.get()).toEqual({ from: 'sync' });
  });
});
