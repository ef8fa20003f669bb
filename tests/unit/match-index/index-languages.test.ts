/**
 * A restarted background that loads its stored index also loads the stemmers of every language the
 * index holds, not only those of the samples its analysis check reads: explaining a match reads its
 * wording in the wording's language, and a restart that had not loaded it could not check the page.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { loadStarterData } from '@/utils/store/starter-data';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;

let db: RecoupeDb;
let k = 0;
const restarted = () => new MatcherService(db, undefined, 0);

beforeEach(async () => {
  db = openDb(`index-languages-${k++}`);
  await loadStarterData(db, starter);
  const first = new MatcherService(db, undefined, 0);
  await first.scan({ url: 'https://example.org/news/', lang: 'en' }, starter.versions.map((v, id) => ({ id, text: v.quote, lang: v.lang })), 'en');
  await first.flush();
});

describe('a restarted worker with a stored index', () => {
  /** A fresh copy of the modules, as a restarted worker starts, with nothing of any language loaded. */
  async function freshWorker() {
    vi.resetModules();
    const { nodeLanguageData } = await import('@/scripts/lib/node-language-data');
    const data = await import('@/utils/core/language/language-data');
    const stemmers: string[] = [];
    data.setLanguageDataSource({ stemmer: async (name) => (stemmers.push(name), nodeLanguageData.stemmer(name)), stopWords: nodeLanguageData.stopWords, guessWords: nodeLanguageData.guessWords, numberWords: nodeLanguageData.numberWords });
    const { MatcherService: Service } = await import('@/utils/store/matcher-service');
    const { openDb: open } = await import('@/utils/store/db');
    return { stemmers, Service, open };
  }

  it('still loads the languages of the claims it holds, which explaining a match on a page in another language needs', async () => {
    const french = { url: 'https://example.fr/article', lang: 'fr' };
    const frenchBlocks = starter.versions.filter((v) => v.lang === 'fr').map((v, id) => ({ id, text: v.quote, lang: 'fr' }));
    const found = async (service: MatcherService) => (await service.scan(french, frenchBlocks, 'fr')).matches.map((m) => `${m.blockId}:${m.claimId}:${m.level}`).sort();
    const expected = await found(restarted());
    expect(expected.length).toBeGreaterThan(3);
    // A stored index whose check samples are all French (a spread of a mostly French library can be).
    const record = (await db.matchIndex.get('current'))!;
    const keep = record.samples!.map((sample, i) => [sample, i] as const).filter(([sample]) => sample.lang === 'fr');
    expect(keep.length).toBeLessThan(record.samples!.length);
    await db.matchIndex.put({ ...record, samples: keep.map(([sample]) => sample), sampleRanges: record.sampleRanges && keep.flatMap(([, i]) => record.sampleRanges!.slice(2 * i, 2 * i + 2)) });
    const name = db.name;
    const w = await freshWorker();
    const restartedWorker = new w.Service(w.open(name), undefined, 0);
    expect(await found(restartedWorker as unknown as MatcherService)).toEqual(expected);
    expect(restartedWorker.events).toMatchObject({ built: 0, loaded: 1 });
    expect(w.stemmers).toContain('english');
  });
});
