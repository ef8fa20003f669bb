import { readAttributions } from '@/utils/core/facts/sources';
import { withContextSources } from '@/utils/core/facts/context-sources';
import { readDates } from '@/utils/core/facts/dates';
import { readFigureFacts } from '@/utils/core/facts/figures';
import { readPlaces } from '@/utils/core/facts/places';
import { tokens } from '@/utils/core/facts/text';
import type { ExtractOptions, QuoteFacts } from '@/utils/core/facts/types';

/**
 * The facts a quote states: figures, places, sources and dates, each with its span in the quote.
 * Places named inside a source ("le service de renseignement de Corée du Sud") say who speaks, not
 * where things happen, so they are not counted as places. With the article's context, a speaker the
 * quote names by a pronoun or not at all is read from the context (utils/core/facts/context-sources.ts).
 */
export function extractFacts(quote: string, { lang: written, ...options }: ExtractOptions = {}): QuoteFacts {
  // The base language ("pt-BR" reads as "pt"); Norwegian is "no" as often as "nb" (a page's lang, a language
  // guess): its words are listed under "nb".
  const lang = written?.toLowerCase().split(/[-_]/)[0]!.replace(/^no$/, 'nb');
  const toks = tokens(quote);
  const { figures, dateTokens } = readFigureFacts(toks, quote, lang);
  const own = readAttributions(toks, quote, lang);
  const attributions = options.context ? withContextSources(quote, own, options.context) : own;
  const inSource = (s: number, e: number) => attributions.some((a) => s >= a.start && e <= a.end);
  const places = readPlaces(toks, quote, lang).filter((p) => !inSource(p.start, p.end));
  const figureTokens = new Set<number>();
  toks.forEach((t, i) => {
    if (!dateTokens.has(i) && figures.some((f) => t.start >= f.start && t.end <= f.end)) figureTokens.add(i);
  });
  const dates = readDates(toks, quote, options.publishedAt, figureTokens, lang);
  return { figures, places, attributions, dates };
}
