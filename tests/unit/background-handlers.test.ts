import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { createHandlers } from '@/entrypoints/background/handlers';
import { itWithShared, sharedPath } from '../shared-data';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const seedText = (n: string) => readFileSync(sharedPath(`seeds/${n}`), 'utf8');
let db: RecoupeDb;
let handlers: ReturnType<typeof createHandlers>['handlers'];
let k = 0;

beforeEach(() => {
  db = openDb(`handlers-${k++}`);
  handlers = createHandlers(db, new MatcherService(db), () => 'en', async () => starter).handlers;
});

const kyivPage = { url: 'https://kyivindependent.com/some-article/', siteName: 'The Kyiv Independent', lang: 'fr' };

describe('background handlers', () => {
  itWithShared('loads the starter data on first scan and finds claims in an outlet’s own paragraphs through the other outlets', ['seeds/001_0c1a127937919cce.txt'], async () => {
    const paragraphs = seedText('001_0c1a127937919cce.txt').split('\n').filter((p) => p.trim());
    const { matches, outletId } = await handlers.scan({ type: 'scan', page: kyivPage, blocks: paragraphs.map((text, id) => ({ id, text })) });
    expect(outletId).toBe('kyiv-independent');
    const ids = new Set(matches.map((m) => m.claimId));
    expect(ids).toContain('budanov-11000');
    expect(ids).toContain('zelensky-10000');
    for (const m of matches) {
      const text = paragraphs[m.blockId];
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.statement.length).toBeGreaterThan(10);
    }
  });

  it('finds nothing in text that merely shares a number or a name with a claim', async () => {
    const blocks = [
      { id: 0, text: 'About 11,000 runners took part in the Kyiv marathon on Sunday, organisers said.' },
      { id: 1, text: 'South Korea’s central bank kept its key rate unchanged in October.' },
    ];
    const { matches } = await handlers.scan({ type: 'scan', page: { url: 'https://example.org/' }, blocks });
    expect(matches).toEqual([]);
  });

  it('builds a card with the other outlets’ versions only', async () => {
    await handlers.scan({ type: 'scan', page: kyivPage, blocks: [] });
    const card = await handlers.getCard({ type: 'getCard', claimId: 'budanov-11000', page: kyivPage });
    expect(card.versions.length).toBeGreaterThan(0);
    expect(card.versions.every((v) => v.outletName !== 'The Kyiv Independent')).toBe(true);
    expect(card.ownVersions.length).toBeGreaterThan(0);
    expect(card.ownVersions.every((v) => v.outletName === 'The Kyiv Independent')).toBe(true);
    await expect(handlers.getCard({ type: 'getCard', claimId: 'no-such-claim', page: kyivPage })).rejects.toThrow(/no longer in your library/);
  });

  it("marks a claim's appearance on its page, read while the page is matched rather than after", async () => {
    await handlers.scan({ type: 'scan', page: kyivPage, blocks: [] });
    const page = { url: 'https://news.example/troops', lang: 'en' };
    await db.versions.put({ ...(await db.versions.where('claimId').equals('budanov-11000').first())!, id: 'appeared', url: page.url, quote: '' });
    const matcher = new MatcherService(db);
    const scan = matcher.scan.bind(matcher);
    const where = vi.spyOn(db.versions, 'where');
    let readBeforeMatched = false;
    matcher.scan = async (...args) => {
      const result = await scan(...args);
      readBeforeMatched = where.mock.calls.some(([index]) => (index as unknown) === 'url');
      return result;
    };
    const blocks = [{ id: 0, text: 'The weather was mild. Budanov said North Korea has sent some 11,000 soldiers to Russia.' }];
    const { matches } = await createHandlers(db, matcher, () => 'en', async () => starter).handlers.scan({ type: 'scan', page, blocks });
    expect(matches).toContainEqual(expect.objectContaining({ claimId: 'budanov-11000', appearanceOf: 'appeared' }));
    expect(readBeforeMatched).toBe(true);
  });

  it('remembers a site switched off', async () => {
    expect((await handlers.getSiteState({ type: 'getSiteState', host: 'cnn.com' })).enabled).toBe(true);
    await handlers.setSiteState({ type: 'setSiteState', host: 'cnn.com', enabled: false });
    expect((await handlers.getSiteState({ type: 'getSiteState', host: 'cnn.com' })).enabled).toBe(false);
    expect((await handlers.getSiteState({ type: 'getSiteState', host: 'example.org' })).enabled).toBe(true);
  });
});

describe('when the database cannot write', () => {
  it('a full disk fails the save with a message saying nothing was lost, and writes nothing', async () => {
    const { explainDbError } = await import('@/utils/store/db-errors');
    const { vi } = await import('vitest');
    await handlers.scan({ type: 'scan', page: kyivPage, blocks: [] });
    const claimsBefore = await db.claims.count();
    vi.spyOn(db.annotations, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const draft = {
      page: { url: 'https://example.org/a', title: 'A', siteName: 'Example', publishedAt: '', lang: 'en' },
      selectors: { quote: { type: 'TextQuoteSelector' as const, exact: 'A brand new claim about something.' } },
      target: { kind: 'new' as const, statement: 'A brand new claim', lang: 'en' },
      note: '',
      tags: [],
    };
    const error = await handlers.saveAnnotation({ type: 'saveAnnotation', draft }).then(() => null, (e: unknown) => explainDbError(e));
    expect(error?.message).toMatch(/no storage space left.*Nothing already saved was lost/);
    // The transaction rolled back: the new claim and version are not half-saved.
    expect(await db.claims.count()).toBe(claimsBefore);
    expect(await db.versions.where('url').equals('https://example.org/a').count()).toBe(0);
  });
});
