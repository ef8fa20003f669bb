import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { createHandlers } from '@/entrypoints/background/handlers';
import { validateRequest } from '@/utils/protocol/validate-request';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
interface Case { id: string; lang: string; text: string; expect: string[]; optional?: string[] }
const page = JSON.parse(readFileSync('tests/fixtures/ext-match/mixed-page.json', 'utf8')) as { cases: Case[] };
const frPage = { url: 'https://example.org/article/', lang: 'fr' };

let db: RecoupeDb;
let handlers: ReturnType<typeof createHandlers>['handlers'];
let k = 0;
const setup = (detect?: (text: string) => Promise<string | undefined>) => {
  db = openDb(`ext-match-${k++}`);
  handlers = createHandlers(db, new MatcherService(db, detect), () => 'en', async () => starter).handlers;
};
beforeEach(() => setup());

/** Claims found (highlighted, or offered as possible) in each case of the page, scanned as one French page. */
async function highlightsByCase(blocks: { id: number; text: string; lang?: string }[]) {
  const { matches } = await handlers.scan({ type: 'scan', page: frPage, blocks });
  return page.cases.map((_, i) => [...new Set(matches.filter((m) => m.blockId === i).map((m) => m.claimId))].sort());
}

describe('language per paragraph', () => {
  it('finds the English paragraphs of a French page when each block carries its lang', async () => {
    const withLang = await highlightsByCase(page.cases.map((c, id) => ({ id, text: c.text, ...(c.lang === 'en' ? { lang: 'en' } : {}) })));
    const pageLangOnly = await highlightsByCase(page.cases.map((c, id) => ({ id, text: c.text })));
    page.cases.forEach((c, i) => {
      // Never a claim the paragraph does not state.
      for (const id of withLang[i]!) expect([...c.expect, ...(c.optional ?? [])], c.id).toContain(id);
    });
    const englishFound = (found: string[][]) => page.cases.filter((c, i) => c.lang === 'en' && c.expect.length && c.expect.every((id) => found[i]!.includes(id))).length;
    const english = page.cases.filter((c) => c.lang === 'en' && c.expect.length).length;
    // The point of the test: with each block's lang, most English statements are found;
    // stemmed as French, at least two more of them are missed.
    expect(englishFound(withLang)).toBeGreaterThanOrEqual(english - 1);
    expect(englishFound(withLang) - englishFound(pageLangOnly)).toBeGreaterThanOrEqual(2);
  });

  it('uses the detector where a block has no lang attribute', async () => {
    const english = new Set(page.cases.filter((c) => c.lang === 'en').map((c) => c.text));
    setup(async (text) => (english.has(text) ? 'en' : undefined));
    const detected = await highlightsByCase(page.cases.map((c, id) => ({ id, text: c.text })));
    const withLang = await highlightsByCase(page.cases.map((c, id) => ({ id, text: c.text, ...(c.lang === 'en' ? { lang: 'en' } : {}) })));
    // Detected languages find what lang attributes find.
    expect(detected).toEqual(withLang);
    expect(detected.flat().length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a block lang that is not a language tag', () => {
    expect(validateRequest({ type: 'scan', page: frPage, blocks: [{ id: 0, text: 'x', lang: '<script>' }] }).ok).toBe(false);
    expect(validateRequest({ type: 'scan', page: frPage, blocks: [{ id: 0, text: 'x', lang: 'en-GB' }] }).ok).toBe(true);
  });
});

describe('possible matches', () => {
  /**
   * A paragraph with a possible match and no highlight: one of the page's (which one depends on the
   * engine), else one of the loose paraphrases of starter claims written for these tests.
   */
  const loose = (JSON.parse(readFileSync('tests/fixtures/ext-match/loose-paraphrases.json', 'utf8')) as { cases: Case[] }).cases;
  const possibleCase = async () => {
    for (const c of [...page.cases, ...loose]) {
      const blocks = [{ id: 0, text: c.text, lang: c.lang }];
      const { matches } = await handlers.scan({ type: 'scan', page: frPage, blocks });
      if (matches.length === 1 && matches[0]!.level === 'possible') return { c, blocks, match: matches[0]! };
    }
    throw new Error('no paragraph of tests/fixtures/ext-match/mixed-page.json or loose-paraphrases.json gives a possible match alone');
  };

  it('are reported apart from highlights, only where the paragraph may state the claim, with why', async () => {
    const { c, match } = await possibleCase();
    // A possible match is a claim the paragraph may state, never one of the paragraphs that state none.
    expect(c.expect.length + (c.optional?.length ?? 0)).toBeGreaterThan(0);
    expect([...c.expect, ...(c.optional ?? [])]).toContain(match.claimId);
    expect([...match.why.names, ...match.why.words, ...match.why.figures].length).toBeGreaterThan(0);
  });

  it('become highlights once confirmed, and disappear once dismissed, on that page only', async () => {
    const { blocks, match } = await possibleCase();
    const claimId = match.claimId;
    await handlers.decideMatch({ type: 'decideMatch', url: `${frPage.url}#top`, claimId, decision: 'confirmed' });
    let { matches } = await handlers.scan({ type: 'scan', page: frPage, blocks });
    expect(matches.map((m) => [m.claimId, m.level])).toEqual([[claimId, 'highlight']]);
    // Another page still offers it as possible.
    ({ matches } = await handlers.scan({ type: 'scan', page: { url: 'https://example.org/other', lang: 'fr' }, blocks }));
    expect(matches.map((m) => [m.claimId, m.level])).toEqual([[claimId, 'possible']]);
    await handlers.decideMatch({ type: 'decideMatch', url: frPage.url, claimId, decision: 'dismissed' });
    ({ matches } = await handlers.scan({ type: 'scan', page: frPage, blocks }));
    expect(matches).toEqual([]);
    // Stored in the database, so it outlives the service worker.
    expect(await db.matchDecisions.count()).toBe(1);
  });

  it('refuses a decision that is neither confirmed nor dismissed', () => {
    expect(validateRequest({ type: 'decideMatch', url: frPage.url, claimId: 'nk-denies', decision: 'maybe' }).ok).toBe(false);
  });
});
