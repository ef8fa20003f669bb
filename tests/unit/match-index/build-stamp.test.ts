/**
 * A restarted background of the same build, in the same browser, trusts the index it stored (or already
 * checked) and skips the analysis check (utils/store/build-stamp.ts); another build or browser checks it,
 * once. What a reader notices: the same highlights, sooner after a restart, and a changed analysis still
 * never highlights from a stale index.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.org/news/', lang: 'en' };
const blocks = starter.versions.map((v, id) => ({ id, text: v.quote, lang: v.lang }));
const highlights = async (service: MatcherService) =>
  (await service.scan(page, blocks, 'en')).matches.filter((m) => m.level === 'highlight').map((m) => `${m.blockId}:${m.claimId}`).sort();

let db: RecoupeDb;
let k = 0;
let before: string[];
const restarted = () => new MatcherService(db, undefined, 0);

/** The stored record with one sample's first stem changed: the analysis check, if made, fails. */
async function tamperSamples(): Promise<void> {
  const record = (await db.matchIndex.get('current'))!;
  const samples = record.samples!.map((s, i) => (i === 3 ? { ...s, stems: s.stems.map((stem, j) => (j === 0 ? `${stem}x` : stem)) } : s));
  await db.matchIndex.put({ ...record, samples });
}

beforeEach(async () => {
  vi.stubGlobal('__RECOUPE_BUILD__', 'build-a');
  vi.stubGlobal('navigator', { userAgent: 'Chromium 156' });
  db = openDb(`build-stamp-${k++}`);
  const { loadStarterData } = await import('@/utils/store/starter-data');
  await loadStarterData(db, starter);
  const first = new MatcherService(db, undefined, 0);
  before = await highlights(first);
  await first.flush();
});
afterEach(() => vi.unstubAllGlobals());

describe('a restart of the same build', () => {
  it('loads the index it stored without analysing its samples again', async () => {
    expect((await db.matchIndex.get('current'))!.builtBy).toBe('build-a Chromium 156');
    await tamperSamples();
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 0, loaded: 1 });
  });

  it('after an update, checks the stored index once, then trusts it at the next restarts', async () => {
    vi.stubGlobal('__RECOUPE_BUILD__', 'build-b');
    const updated = restarted();
    expect(await highlights(updated)).toEqual(before);
    expect(updated.events).toMatchObject({ built: 0, loaded: 1 });
    await vi.waitFor(async () => expect((await db.meta.get('matchIndexChecked'))?.value).toMatchObject({ stamp: 'build-b Chromium 156' }));
    await tamperSamples();
    const again = restarted();
    expect(await highlights(again)).toEqual(before);
    expect(again.events).toMatchObject({ built: 0, loaded: 1 });
  });

  it('checks again in another build or another browser version, and builds again when the analysis changed', async () => {
    await tamperSamples();
    vi.stubGlobal('navigator', { userAgent: 'Chromium 157' });
    const newBrowser = restarted();
    expect(await highlights(newBrowser)).toEqual(before);
    expect(newBrowser.events).toMatchObject({ built: 1, loaded: 0 });
    expect(newBrowser.events.stale).toMatch(/analysis changed/);
  });

  it('checks every load outside a build (no build id)', async () => {
    vi.stubGlobal('__RECOUPE_BUILD__', undefined);
    await tamperSamples();
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 1, loaded: 0 });
  });
});

describe('a restarted worker that trusts its stored index', () => {
  /** A fresh copy of the modules, as a restarted worker starts, with nothing of any language loaded. */
  async function freshWorker() {
    vi.resetModules();
    const { nodeLanguageData } = await import('@/scripts/lib/node-language-data');
    const data = await import('@/utils/core/language/language-data');
    const stemmers: string[] = [];
    data.setLanguageDataSource({ stemmer: async (name) => (stemmers.push(name), nodeLanguageData.stemmer(name)), stopWords: nodeLanguageData.stopWords, guessWords: nodeLanguageData.guessWords });
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
    const name = db.name;
    const w = await freshWorker();
    const restartedWorker = new w.Service(w.open(name), undefined, 0);
    expect(await found(restartedWorker as unknown as MatcherService)).toEqual(expected);
    expect(restartedWorker.events).toMatchObject({ built: 0, loaded: 1 });
    expect(w.stemmers).toContain('english');
  });
});
