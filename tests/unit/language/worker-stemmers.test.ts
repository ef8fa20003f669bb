/**
 * A restarted service worker loads a language's stemmer and stop words only when a text or the
 * index is in that language (each is a file of its own, read at the first need): a reader of German
 * pages with a German library does not wait for the French and English stemmers. The worker has no
 * synchronous reader, so using a language that was not loaded first throws, as it does here.
 * Each `worker()` is a fresh copy of the modules, as a restarted worker starts with nothing loaded.
 */
import { describe, expect, it, vi } from 'vitest';
import type { RecoupeDocument } from '@/utils/core/model';

async function worker() {
  vi.resetModules();
  const { nodeLanguageData } = await import('@/scripts/lib/node-language-data');
  const data = await import('@/utils/core/language/language-data');
  const stemmers: string[] = [];
  data.setLanguageDataSource({
    stemmer: async (name) => (stemmers.push(name), nodeLanguageData.stemmer(name)),
    stopWords: nodeLanguageData.stopWords,
    guessWords: nodeLanguageData.guessWords,
    numberWords: nodeLanguageData.numberWords,
  });
  const { MatcherService } = await import('@/utils/store/matcher-service');
  const { openDb } = await import('@/utils/store/db');
  const { loadStarterData } = await import('@/utils/store/starter-data');
  return { stemmers, MatcherService, openDb, loadStarterData, ...(await import('@/utils/core/matching')), ...(await import('@/utils/core/matching/cross-language')) };
}

const NOW = '2024-10-22T08:00:00.000Z';
/** A library in German only: one claim, one outlet's wording. */
const german: RecoupeDocument = {
  format: 'recoupe/1',
  exportedAt: NOW,
  outlets: [{ id: 'zeit', name: 'Die Zeit', domains: ['zeit.example'], origin: 'starter' }],
  claims: [{
    id: 'bahn-verspaetung',
    statement: { de: 'Im Jahr 2023 kamen nur 64 Prozent der Fernzüge der Deutschen Bahn pünktlich an.' },
    status: 'confirmed', statusReason: '', statusDate: NOW, statusHistory: [], createdAt: NOW, updatedAt: NOW, origin: 'starter',
  }],
  versions: [{
    id: 'v-bahn', claimId: 'bahn-verspaetung', outletId: 'zeit', url: 'https://zeit.example/bahn', title: 'Bahn', publishedAt: '2024-01',
    quote: 'Nur 64 Prozent der Fernzüge der Deutschen Bahn waren 2023 pünktlich', lang: 'de', createdAt: NOW, updatedAt: NOW,
  }],
  annotations: [],
} as unknown as RecoupeDocument;

describe("the worker's stemmers", () => {
  it('a German page against a German library loads the German stemmer only, and is highlighted', async () => {
    const w = await worker();
    const db = w.openDb('stemmers-de');
    await w.loadStarterData(db, german);
    const service = new w.MatcherService(db, undefined, 0);
    const page = { url: 'https://example.de/artikel', lang: 'de' };
    const blocks = [
      { id: 0, text: 'Die Deutsche Bahn meldet: 2023 erreichten nur 64 Prozent ihrer Fernzüge pünktlich das Ziel.', lang: 'de' },
      { id: 1, text: 'Am Wochenende bleibt das Wetter in Hamburg wechselhaft.', lang: 'de' },
    ];
    const result = await service.scan(page, blocks, 'de');
    expect(result.matches.map((m) => `${m.blockId}:${m.claimId}`)).toEqual(['0:bahn-verspaetung']);
    expect(w.stemmers).toEqual(['german']);
  });

  it('whatever the languages of the text and of the index, scoring needs only their own stemmers', async () => {
    const texts: Record<string, string> = {
      en: 'Emmanuel Macron said that White House officials met Kyrylo Budanov about 11,000 soldiers.',
      fr: 'Emmanuel Macron a dit que la Maison Blanche a reçu Kyrylo Budanov au sujet de 11 000 soldats.',
      de: 'Emmanuel Macron sagte, das Weiße Haus habe Kyrylo Budanov wegen 11.000 Soldaten empfangen.',
      es: 'Emmanuel Macron dijo que la Casa Blanca recibió a Kyrylo Budanov por 11.000 soldados.',
      ja: 'エマニュエル・マクロン氏は1万1000人の兵士について述べた。',
    };
    for (const indexLangs of [['en'], ['fr'], ['de'], ['de', 'en'], ['es', 'fr']]) {
      for (const textLang of Object.keys(texts)) {
        const w = await worker();
        const { ensureLanguages } = await import('@/utils/core/language/language-data');
        await ensureLanguages(indexLangs);
        const matcher = w.ClaimMatcher.build(indexLangs.map((lang) => ({ id: lang, statement: { [lang]: texts[lang]! }, versions: [] })));
        await Promise.all([ensureLanguages([textLang]), w.ensureLexicons([textLang], indexLangs)]);
        expect(() => matcher.scan(texts[textLang]!, { lang: textLang }), `${textLang} against ${indexLangs}`).not.toThrow();
      }
    }
  }, 120_000);
});
