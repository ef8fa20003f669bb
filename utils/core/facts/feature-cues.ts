import type { RawToken } from '@/utils/core/matching/lex';
import type { Place } from '@/utils/core/facts/gazetteer';
import { factsWords } from '@/utils/core/facts/facts-words';
import { capitalRun, fold, isCapitalised, isCapitalisedWord } from '@/utils/core/facts/text';
import { latinLetters } from '@/utils/core/matching/entity-key';

/**
 * Rivers, mountains, lakes, straits and islands named after the word for them, as most languages write
 * them: "el río São Francisco", "des Vulkans Villarrica", "Gunung Marapi", "l'invaso di Ancipa", "Selat
 * Bosporus", "вулкан Ключевская Сопка". WordNet's features (the gazetteer's) are in English; these are read
 * in any language. The name is given as an English atlas writes it: a mountain as "Mount X", a lake as
 * "Lake X", a river whose name is also a town's as "X River", else the name itself.
 */

export type FeatureKind = 'river' | 'mountain' | 'range' | 'lake' | 'strait' | 'island';

let cues: Map<string, FeatureKind> | undefined;
/** Folded cue word -> its kind (factsWords().featureCues: space-separated words by kind). */
function cueMap(): Map<string, FeatureKind> {
  if (!cues) {
    cues = new Map();
    const lists = factsWords().featureCues;
    for (const kind of Object.keys(lists) as FeatureKind[]) for (const w of lists[kind].split(' ')) cues.set(w, kind);
  }
  return cues;
}

/** Words between the cue and the name ("río de la Plata" keeps "la": it is a capitalised word's part only). */
const LINKS = new Set(['de', 'del', 'di', 'do', 'da', 'du', 'des', 'of', 'the', 'della', 'dello', 'd', 'l']);

/** A name in Cyrillic or Greek, in Latin letters with its words capitalised. */
function written(text: string): string {
  if (!/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)) return text;
  return latinLetters(fold(text)).replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

/** A feature named after the word for it: where its name starts (`from`), ends (`to`), and what it is called. */
export interface FeatureHit {
  from: number;
  to: number;
  kind: FeatureKind;
  name: string;
}

/**
 * The feature named from token i (a cue word, then up to three capitalised words), or undefined. Read
 * where no gazetteer name starts at i ("Rio de Janeiro", "Mount Everest" are the gazetteer's). A river, a
 * strait or an island after a cue written with a capital ("Selat Bosporus", "Pulau Bali") only after a
 * preposition of place (`located`): "Rio Tinto said" is the company. `named`, the place the gazetteer reads
 * from where the name starts, if any: an island's or a strait's name is that place ("l'île de Sicile" is
 * Sicily), a river's name that is a town's is the town's river ("rio São Francisco").
 */
export function featureAt(toks: RawToken[], i: number, quote: string, lang: string | undefined, located: boolean, named: (from: number) => { place: Place; to: number } | undefined): FeatureHit | undefined {
  const kind = cueMap().get(toks[i]!.text.toLowerCase());
  if (!kind) return undefined;
  // Next to each other: "l'invaso di Ancipa", not "the largest lake, Lake Taupo".
  const joined = (k: number) => /^(?: |['’])$/.test(quote.slice(toks[k - 1]!.end, toks[k]!.start));
  let j = i + 1;
  while (toks[j] && LINKS.has(toks[j]!.lower) && !isCapitalised(toks[j]!) && j < i + 3 && joined(j)) j++;
  if (!isCapitalisedWord(toks[j]) || !joined(j)) return undefined;
  const end = Math.min(capitalRun(toks, j, quote), j + 2);
  const hit = named(j);
  const known = hit && hit.to === end ? hit.place : undefined;
  const name = written(quote.slice(toks[j]!.start, toks[end]!.end));
  const at = (text: string): FeatureHit => ({ from: j, to: end, kind, name: text });
  switch (kind) {
    case 'mountain':
      return at(`Mount ${name}`);
    case 'range':
      return at(`${name} Mountains`);
    case 'lake':
      return at(`Lake ${name}`);
    default:
      // German writes every noun with a capital ("die Insel Sylt").
      if (isCapitalised(toks[i]!) && lang !== 'de' && !located) return undefined;
      if (known && known.kind !== 'region') return kind === 'river' ? at(`${known.name} River`) : undefined;
      return at(known?.name ?? name);
  }
}
