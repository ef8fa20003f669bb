/**
 * The service worker reads no word list synchronously: its related-stems tables are not in the
 * worker's install cache (every start of the worker is sent that cache, 3.6 MB of tables among it),
 * so they are fetched before a scan needs them, as stemmers are loaded first. A reader notices that
 * a restart of a library in one language reads no word list, and that highlights stay the same.
 * Each `worker()` is a fresh copy of the modules, as a restarted worker starts with nothing loaded;
 * its synchronous reader fails as the worker's does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { lexiconPart } from '@/scripts/lib/language-assets';
import type { LexiconData } from '@/utils/core/lexicon/lexicon';
import type { RecoupeDocument } from '@/utils/core/model';
import { openDb } from '@/utils/store/db';
import { MatcherService } from '@/utils/store/matcher-service';
import { loadStarterData } from '@/utils/store/starter-data';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
/** The starter library in French only: its statements' French wording and its (French) versions. */
const frenchOnly: RecoupeDocument = { ...starter, claims: starter.claims.map((c) => ({ ...c, statement: { fr: c.statement.fr! } })) };

async function worker() {
  vi.resetModules();
  await import('@/scripts/lib/node-language-data');
  const lexicons = await import('@/utils/core/lexicon/lexicons');
  const fetched: string[] = [];
  lexicons.setLexiconSource(
    (pair) => {
      throw new Error(`read synchronously: ${pair}`);
    },
    async (pair, part) => (fetched.push(pair), JSON.parse(lexiconPart(pair, part)) as LexiconData),
  );
  const { MatcherService: Service } = await import('@/utils/store/matcher-service');
  const { openDb: open } = await import('@/utils/store/db');
  return { fetched, service: (name: string) => new Service(open(name), undefined, 0), ...(await import('@/utils/core/matching')), ...(await import('@/utils/core/matching/cross-language')) };
}

const blocksOf = (doc: RecoupeDocument, lang: string) => doc.claims.map((c, id) => ({ id, text: c.statement[lang] ?? '', lang }));
const found = (r: { matches: { blockId: number; claimId: string; level: string }[] }) => r.matches.map((m) => `${m.blockId}:${m.claimId}:${m.level}`).sort();

/** What a scan finds with the word lists read synchronously (Node's reader). */
async function expected(name: string, page: { url: string; lang?: string }, blocks: { id: number; text: string; lang?: string }[]) {
  return found(await new MatcherService(openDb(name), undefined, 0).scan(page, blocks, 'en'));
}

describe("the worker's word lists", () => {
  it('a restart of a library in one language reads none; a scan reads its own language’s only', async () => {
    await loadStarterData(openDb('lexicons-fr'), frenchOnly);
    const page = { url: 'https://example.fr/article', lang: 'fr' };
    const blocks = blocksOf(frenchOnly, 'fr');
    const first = await worker();
    await first.service('lexicons-fr').flush();
    expect(first.fetched).toEqual([]);

    const restarted = await worker();
    const service = restarted.service('lexicons-fr');
    service.prefetch();
    await service.flush();
    expect(service.events.loaded).toBe(1);
    expect(restarted.fetched).toEqual([]);
    const result = found(await service.scan(page, blocks, 'en'));
    // Person names: whether a capitalised word has an English translation.
    expect(restarted.fetched).toEqual(['fr-en']);
    expect(result.length).toBeGreaterThan(0);
    expect(result).toEqual(await expected('lexicons-fr', page, blocks));
  });

  it('a library in French and English reads the French–English one; pages in other languages read theirs', async () => {
    await loadStarterData(openDb('lexicons-fr-en'), starter);
    const w = await worker();
    const service = w.service('lexicons-fr-en');
    const english = { url: 'https://example.org/news', lang: 'en' };
    const result = found(await service.scan(english, blocksOf(starter, 'en'), 'en'));
    expect(result).toEqual(await expected('lexicons-fr-en', english, blocksOf(starter, 'en')));
    expect(w.fetched).toEqual(['fr-en']);
    const german = { url: 'https://example.de/artikel', lang: 'de' };
    const blocks = [{ id: 0, text: 'Rund 11.000 nordkoreanische Soldaten trainieren laut Kyrylo Budanov im Osten Russlands.', lang: 'de' }];
    expect(found(await service.scan(german, blocks, 'en'))).toEqual(await expected('lexicons-fr-en', german, blocks));
    expect(w.fetched).toEqual(['fr-en', 'de-en']);
    // A text of no known language may be guessed as any: every list its guess may read.
    expect((await service.suggest('Des soldats nord-coréens en Russie, selon Kyrylo Budanov', 3)).length).toBeGreaterThan(0);
  });

  it('whatever the languages of the text and of the index, scoring reads only what lexiconsNeeded names', async () => {
    const texts: Record<string, string> = {
      en: 'Emmanuel Macron said that White House officials met Kyrylo Budanov about 11,000 soldiers.',
      fr: 'Emmanuel Macron a dit que la Maison Blanche a reçu Kyrylo Budanov au sujet de 11 000 soldats.',
      de: 'Emmanuel Macron sagte, das Weiße Haus habe Kyrylo Budanov wegen 11.000 Soldaten empfangen.',
      es: 'Emmanuel Macron dijo que la Casa Blanca recibió a Kyrylo Budanov por 11.000 soldados.',
      nl: 'Emmanuel Macron zei dat het Witte Huis Kyrylo Budanov ontving over 11.000 soldaten.',
      ja: 'エマニュエル・マクロン氏は1万1000人の兵士について述べた。',
    };
    const indexes = [['en'], ['fr'], ['de', 'en'], ['fr', 'en', 'es', 'pt'], ['nl', 'it']];
    for (const indexLangs of indexes) {
      for (const textLang of [...Object.keys(texts), undefined]) {
        const w = await worker();
        const claims = indexLangs.map((lang) => ({ id: lang, statement: { [lang]: texts[lang] ?? texts.en! }, versions: [] }));
        const matcher = w.ClaimMatcher.build(claims);
        await w.ensureLexicons([textLang], indexLangs);
        const text = texts[textLang ?? 'de']!;
        expect(() => matcher.scan(text, { lang: textLang }), `${textLang} against ${indexLangs}`).not.toThrow();
      }
    }
  }, 120_000);
});
