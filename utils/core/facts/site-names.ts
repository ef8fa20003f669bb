import type { RawToken } from '@/utils/core/matching/lex';
import type { Place } from '@/utils/core/facts/gazetteer';
import { factsSet } from '@/utils/core/facts/facts-words';
import { capitalRun, isCapitalisedWord } from '@/utils/core/facts/text';
import { written } from '@/utils/core/facts/feature-cues';

/**
 * A settlement named after the word for it, in the languages beside English and French (places.ts reads
 * "le village de X", "the town of X"): "nel comune di Riposto", "w miejscowości Zawoja", "в селе
 * Покровское", "τα χωριά Ροβιές", "di desa Sembalun". The gazetteer's place when it knows the name, else
 * the name as written (in Latin letters). The word in lower case only; not in German, which writes every
 * noun with a capital ("vor Ort Hilfe leisten"). `lookup`: the gazetteer's place whose name starts at a
 * token, and where it ends.
 */
export function siteNameAt(toks: RawToken[], i: number, quote: string, lang: string | undefined, lookup: (at: number) => { place: Place; to: number } | undefined) {
  // In lower case: written with a capital, the word is the name's own ("Kampung Melayu", "Porto Alegre").
  if (!lang || lang === 'de' || isCapitalisedWord(toks[i]) || !factsSet('siteNames').has(toks[i]!.lower)) return undefined;
  let j = i + 1;
  // "il comune di Riposto", "a aldeia de Pias": the Romance languages' "of" between (Indonesian "di" is "in").
  if (/^(?:it|es|pt|ca|gl)$/.test(lang) && factsSet('romanceOf').has(toks[j]?.lower ?? '') && !isCapitalisedWord(toks[j])) j++;
  if (!isCapitalisedWord(toks[j]) || quote.slice(toks[j - 1]!.end, toks[j]!.start) !== ' ') return undefined;
  const hit = lookup(j);
  if (hit) return { from: i, to: hit.to, name: hit.place.name, via: 'gazetteer' as const };
  const end = Math.min(capitalRun(toks, j, quote), j + 2);
  return { from: i, to: end, name: written(quote.slice(toks[j]!.start, toks[end]!.end)), via: 'phrase' as const, site: true };
}
