import type { RawToken } from '@/utils/core/matching/lex';
import { definite, factsSet } from '@/utils/core/facts/facts-words';

/**
 * Sources named in the start of the quote's sentence by constructions the quote-level reader leaves
 * alone, because inside a quote they say nothing about its speaker: "une vidéo publiée par le Centre…,
 * [quote]", "géolocalisée par CNN, [quote]", "les informations du NIS selon lesquelles [quote]",
 * "Rutte, qui a pris ses fonctions…, a souligné que [quote]". Token ranges into the sentence.
 */

/** "publiée par", "shared by": who released what the quote describes (the word set `released`, with "e", "es" or "s" after it). */
const released = (w: string) => ['', 'e', 'es', 's'].some((end) => w.endsWith(end) && factsSet('released').has(w.slice(0, w.length - end.length)));
/** "les informations du NIS selon lesquelles", "reports by Yonhap that". */
const REPORTS = (): ReadonlySet<string> => factsSet('reports');
const OF = new Set(['de', 'du', 'des', 'd', 'of', 'by', 'from']);
const PHRASE_STOP = (): ReadonlySet<string> => factsSet('phraseStop');

/** A name from token i: to a clause word or punctuation; across one comma into an apposition ("…, le Centre ukrainien"). */
function phraseFrom(toks: RawToken[], i: number, text: string, limit: number): number {
  let j = i;
  let commas = 0;
  while (toks[j + 1] && toks[j + 1]!.start < limit && j - i < 16) {
    const g = text.slice(toks[j]!.end, toks[j + 1]!.start);
    const next = toks[j + 1]!;
    if (/[.;:!?"«»]/.test(g)) break;
    if (g.includes(',')) {
      const apposition = definite().has(next.lower) && /^\p{Lu}/u.test(toks[j + 2]?.text ?? '');
      if (!apposition || commas++ > 0) break;
    } else if (PHRASE_STOP().has(next.lower) && !/^\p{Lu}/u.test(next.text)) break;
    j++;
  }
  return j;
}

/** Token ranges of the names the lead (tokens before `limit`) gives. */
export function leadNames(toks: RawToken[], text: string, limit: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length && toks[i]!.start < limit; i++) {
    const w = toks[i]!.lower;
    let from = -1;
    if (released(w)) {
      // "partagée avec CNN par X": the releaser follows "par", a few words on at most.
      for (let k = i + 1; k <= i + 4 && toks[k] && toks[k]!.start < limit; k++) {
        if (toks[k]!.lower === 'par' || toks[k]!.lower === 'by') {
          from = k + 1;
          break;
        }
      }
    } else if (REPORTS().has(w) && OF.has(toks[i + 1]?.lower ?? '')) {
      from = i + 2;
    }
    if (from < 0 || !toks[from] || toks[from]!.start >= limit) continue;
    const to = phraseFrom(toks, from, text, limit);
    out.push([from, to]);
    i = to;
  }
  return out;
}
