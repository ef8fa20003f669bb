import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { createHandlers } from '@/entrypoints/background/handlers';
import { browserTranslator, ForeignTranslator, roughSentences, type ScanFn, type TranslatorApi } from '@/entrypoints/content/translate-foreign';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.es/noticia', lang: 'es' };
// A Spanish paragraph: its second sentence states a starter claim (known only in French and English).
const SPANISH = 'El frente sigue en calma esta semana. Según varios informes, las unidades norcoreanas recibirían el nombre de batallones buriatos para disimular de dónde vienen. Nadie lo ha confirmado.';
const FRENCH: Record<string, string> = {
  'El frente sigue en calma esta semana.': 'Le front reste calme cette semaine.',
  'Según varios informes, las unidades norcoreanas recibirían el nombre de batallones buriatos para disimular de dónde vienen.':
    'Selon plusieurs informations, les unités nord-coréennes seraient appelées bataillons bouriates pour cacher leur origine.',
};

let handlers: ReturnType<typeof createHandlers>['handlers'];
let k = 0;
beforeEach(() => {
  const db = openDb(`translate-${k++}`);
  handlers = createHandlers(db, new MatcherService(db), () => 'en', async () => starter).handlers;
});
afterEach(() => {
  delete (globalThis as { Translator?: unknown }).Translator;
});

/** A stand-in for Chrome's Translator: Spanish to French from a fixed table, with a given availability. */
function fakeTranslator(availability: string) {
  const translate = vi.fn(async (text: string) => FRENCH[text] ?? '');
  const api: TranslatorApi = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => ({ translate })),
  };
  return { api, translate };
}

const scanFn: ScanFn = (p, blocks) => handlers.scan({ type: 'scan', page: p, blocks });

describe('on-device translation of sentences in a language the library lacks', () => {
  it('is used only where the browser has a Translator', () => {
    expect(browserTranslator()).toBeUndefined();
    (globalThis as { Translator?: unknown }).Translator = fakeTranslator('available').api;
    expect(browserTranslator()).toBeDefined();
  });

  it('finds a claim stated in Spanish through the translation, over the original sentence', async () => {
    const { foreign } = await handlers.scan({ type: 'scan', page, blocks: [{ id: 0, text: SPANISH, lang: 'es' }] });
    expect(foreign).toEqual([{ blockId: 0, lang: 'es', target: 'fr' }]);
    // Untranslated, the Spanish sentence is at most a possible match (through names and cognates:
    // "batallones buriatos"); translated, it is a highlight.
    const untranslated = (await handlers.scan({ type: 'scan', page, blocks: [{ id: 0, text: SPANISH, lang: 'es' }] })).matches;
    expect(untranslated.filter((m) => m.level === 'highlight')).toEqual([]);

    const { api, translate } = fakeTranslator('available');
    const t = new ForeignTranslator(api, scanFn);
    const block = { text: SPANISH };
    const found = await t.run([{ block, lang: 'es', target: 'fr' }], page, new AbortController().signal);
    expect(found.map((f) => [f.match.claimId, f.match.level, SPANISH.slice(f.start, f.end)])).toEqual([
      ['buryat-battalions', 'highlight', 'Según varios informes, las unidades norcoreanas recibirían el nombre de batallones buriatos para disimular de dónde vienen.'],
    ]);
    // Only sentences long enough to state a claim are translated, and only once.
    expect(translate).toHaveBeenCalledTimes(1);
    await t.run([{ block, lang: 'es', target: 'fr' }], page, new AbortController().signal);
    expect(translate).toHaveBeenCalledTimes(1);
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it('never makes the browser download a model, and does nothing where translation fails', async () => {
    const { api, translate } = fakeTranslator('downloadable');
    expect(await new ForeignTranslator(api, scanFn).run([{ block: { text: SPANISH }, lang: 'es', target: 'fr' }], page, new AbortController().signal)).toEqual([]);
    expect(api.create).not.toHaveBeenCalled();
    expect(translate).not.toHaveBeenCalled();
    const broken: TranslatorApi = { availability: async () => 'available', create: async () => ({ translate: async () => Promise.reject(new Error('model crashed')) }) };
    expect(await new ForeignTranslator(broken, scanFn).run([{ block: { text: SPANISH }, lang: 'es', target: 'fr' }], page, new AbortController().signal)).toEqual([]);
  });

  it('splits a block into sentences with offsets into it', () => {
    const spans = roughSentences(SPANISH).map((s) => SPANISH.slice(s.start, s.end));
    expect(spans).toEqual(['El frente sigue en calma esta semana.', Object.keys(FRENCH)[1], 'Nadie lo ha confirmado.']);
    expect(roughSentences('Sin punto final')).toEqual([{ start: 0, end: 15 }]);
  });
});
