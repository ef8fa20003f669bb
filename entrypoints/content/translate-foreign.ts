import type { BlockMatch, PageInfo, TextBlock as SentBlock } from '@/utils/protocol/messages';

/** The parts of Chrome's on-device `Translator` API that Recoupe uses. */
export interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(o: { sourceLanguage: string; targetLanguage: string }): Promise<{ translate(text: string): Promise<string> }>;
}

export type ScanFn = (page: PageInfo, blocks: SentBlock[]) => Promise<{ matches: BlockMatch[] }>;

/** A sentence of a foreign block that states a claim once translated: offsets into the block's text. */
export interface TranslatedMatch<B> {
  block: B;
  start: number;
  end: number;
  match: Omit<BlockMatch, 'blockId' | 'start' | 'end'>;
}

/** Sentences worth translating: long enough to state a claim, short enough to translate quickly. */
const MIN_SENTENCE = 40;
const MAX_SENTENCE = 600;
/** At most this many sentences translated per page: translation is slow, the rest stays untranslated. */
const MAX_SENTENCES = 40;

/** The browser's on-device translator, where there is one (Chrome 138+ on desktop); else undefined. */
export function browserTranslator(): TranslatorApi | undefined {
  const api = (globalThis as { Translator?: Partial<TranslatorApi> }).Translator;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as TranslatorApi) : undefined;
}

/** Sentence spans of a text: enough for choosing what to translate (the engine segments properly). */
export function roughSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?…]+(?:[.!?…]+["»”’)\]]*|$)/g;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Translates, on the device, the sentences of blocks in a language the library's claims are not in,
 * and scans the translations. Only language pairs whose model is already installed are used: Recoupe
 * never makes the browser download one. Translations are kept, so a rescan costs nothing.
 */
export class ForeignTranslator {
  private translators = new Map<string, Promise<{ translate(text: string): Promise<string> } | undefined>>();
  private done = new Map<string, string>();

  constructor(
    private readonly api: TranslatorApi,
    private readonly scan: ScanFn,
  ) {}

  private translator(source: string, target: string) {
    const key = `${source}>${target}`;
    let t = this.translators.get(key);
    if (!t) {
      const pair = { sourceLanguage: source, targetLanguage: target };
      t = this.api
        .availability(pair)
        .then((a) => (a === 'available' ? this.api.create(pair) : undefined))
        .catch(() => undefined);
      this.translators.set(key, t);
    }
    return t;
  }

  async run<B extends { text: string }>(foreign: { block: B; lang: string; target: string }[], page: PageInfo, signal: AbortSignal): Promise<TranslatedMatch<B>[]> {
    const todo: { block: B; start: number; end: number; text: string; target: string }[] = [];
    for (const f of foreign) {
      if (f.lang === f.target) continue;
      const translator = await this.translator(f.lang, f.target);
      if (!translator || signal.aborted) continue;
      for (const s of roughSentences(f.block.text)) {
        if (todo.length >= MAX_SENTENCES) break;
        const original = f.block.text.slice(s.start, s.end);
        if (original.length < MIN_SENTENCE || original.length > MAX_SENTENCE) continue;
        const key = `${f.lang}>${f.target}\u0000${original}`;
        let text = this.done.get(key);
        if (text === undefined) {
          text = await translator.translate(original).catch(() => '');
          if (signal.aborted) return [];
          this.done.set(key, text);
        }
        if (text) todo.push({ block: f.block, ...s, text, target: f.target });
      }
    }
    if (!todo.length) return [];
    const { matches } = await this.scan(page, todo.map((t, id) => ({ id, text: t.text, lang: t.target })));
    const seen = new Set<string>();
    return matches.flatMap(({ blockId, start: _s, end: _e, ...match }) => {
      const t = todo[blockId];
      // One match per sentence and claim, over the whole original sentence.
      const key = `${blockId}\u0000${match.claimId}`;
      if (!t || seen.has(key)) return [];
      seen.add(key);
      return [{ block: t.block, start: t.start, end: t.end, match }];
    });
  }
}
