import type { RawToken } from '@/utils/core/matching/lex';
import type { Place } from '@/utils/core/facts/gazetteer';
import { factsWords } from '@/utils/core/facts/facts-words';
import type { FeatureKind } from '@/utils/core/facts/facts-words-types';
import { capitalRun, fold, isCapitalised, isCapitalisedWord } from '@/utils/core/facts/text';
import { latinLetters } from '@/utils/core/matching/entity-key';

/**
 * Rivers, mountains, lakes, straits, islands, peninsulas, glaciers, valleys and passes named after the word
 * for them, as most languages write them: "el río São Francisco", "des Vulkans Villarrica", "Gunung Marapi",
 * "l'invaso di Ancipa", "Selat Bosporus", "вулкан Ключевская Сопка", "Pasul Prislop"; before it where a
 * language puts it there ("Peipsi järvel", "Rinjani Yanardağı") or in one word with it ("am Loiblpass").
 * WordNet's features (the gazetteer's) are in English; these are read in any language. The name is given
 * as an English atlas writes it: a mountain as "Mount X", a lake as "Lake X", a peninsula as "X Peninsula",
 * a river whose name is also a town's as "X River", else the name itself.
 */

/** How an English atlas names a feature of each kind ("#": its name); a river, a strait or an island is its name alone. */
const FORMS: Partial<Record<FeatureKind, string>> = { mountain: 'Mount #', range: '# Mountains', lake: 'Lake #', peninsula: '# Peninsula', glacier: '# Glacier', valley: '# Valley', pass: '# Pass' };
/** A compound's first part names what its second is of: "Luzonstredet" is the Luzon Strait. */
const COMPOUND_FORMS: Partial<Record<FeatureKind, string>> = { ...FORMS, strait: '# Strait' };
/** Languages that write the word after the name, as a word of its own ("Peipsi järvel", "Rinjani Yanardağı", "Peipusa ezerā"). */
const POSTPOSING = new Set(['et', 'fi', 'hu', 'tr', 'lv', 'lt']);
/** Languages that write it in one word with the name ("Triftgletscher", "Luzonstredet", "Peipsijärvellä"); in
 *  those with prepositions, read only after a preposition of place ("am Loiblpass", not "mit dem Reisepass"). */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'no', 'nn', 'is', 'fi', 'et']);

let cues: Map<string, FeatureKind> | undefined;
let endings: [string, FeatureKind][] | undefined;
/** Folded cue word -> its kind (factsWords().featureCues: space-separated words by kind). */
function cueMap(): Map<string, FeatureKind> {
  if (!cues) {
    cues = new Map();
    const lists = factsWords().featureCues;
    for (const kind of Object.keys(lists) as FeatureKind[]) for (const w of lists[kind].split(' ')) cues.set(w, kind);
  }
  return cues;
}
/** A compound's last parts (factsWords().featureEndings), longest first. */
function endingList(): [string, FeatureKind][] {
  if (!endings) {
    const lists = factsWords().featureEndings;
    endings = (Object.keys(lists) as FeatureKind[]).flatMap((kind) => lists[kind]!.split(' ').map((w): [string, FeatureKind] => [w, kind]));
    endings.sort((a, b) => b[0].length - a[0].length);
  }
  return endings;
}

/** Words between the cue and the name ("río de la Plata" keeps "la": it is a capitalised word's part only). */
const LINKS = new Set(['de', 'del', 'di', 'do', 'da', 'du', 'des', 'of', 'the', 'della', 'dello', 'd', 'l']);

/** A name in Cyrillic or Greek, in Latin letters with its words capitalised. */
export function written(text: string): string {
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
  // "la serra de Tramuntana", "la sierra de Gredos": the name keeps the word, as atlases write it.
  if (kind === 'sierra') return { from: i, to: end, kind, name: written(quote.slice(toks[i]!.start, toks[end]!.end)).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) };
  const form = FORMS[kind];
  if (form) return at(form.replace('#', name));
  // German writes every noun with a capital ("die Insel Sylt").
  if (isCapitalised(toks[i]!) && lang !== 'de' && !located) return undefined;
  if (known && known.kind !== 'region') return kind === 'river' ? at(`${known.name} River`) : undefined;
  return at(known?.name ?? name);
}

/**
 * A feature whose word follows its name: "Peipsi järvel", "Rinjani Yanardağı'nda", "Balaton-tó",
 * "Reykjanes-halvøen" (a hyphen in any language). The name is the one capitalised word i ("Islannin
 * Reykjanesin niemimaalla": Iceland's Reykjanes Peninsula); Finnish's genitive is read off it.
 * `known`: the gazetteer's place of that name, if any.
 */
export function featureBefore(toks: RawToken[], i: number, quote: string, lang: string | undefined, known: (at: number) => Place | undefined): FeatureHit | undefined {
  const cue = toks[i + 1];
  if (!cue || !isCapitalisedWord(toks[i])) return undefined;
  const gap = quote.slice(toks[i]!.end, cue.start);
  if (!(gap === '-' || (gap === ' ' && POSTPOSING.has(lang ?? '')))) return undefined;
  const kind = cueMap().get(cue.text.toLowerCase());
  if (!kind || kind === 'sierra') return undefined;
  let name = written(toks[i]!.text);
  if (lang === 'fi') name = name.replace(/(?<=\p{L}{3})n$/u, '');
  const form = FORMS[kind];
  return { from: i, to: i + 1, kind, name: form ? form.replace('#', name) : (known(i)?.name ?? name) };
}

/** A feature named in one word with the word for it ("am Loiblpass", "Luzonstredet", "Peipsijärvellä"), or undefined. */
export function featureInWord(toks: RawToken[], i: number, lang: string | undefined, located: boolean): FeatureHit | undefined {
  const tok = toks[i]!;
  if (!COMPOUNDING.has(lang ?? '') || !isCapitalisedWord(tok) || (!located && lang !== 'fi' && lang !== 'et')) return undefined;
  const word = tok.text.toLowerCase();
  for (const [ending, kind] of endingList()) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const form = COMPOUND_FORMS[kind];
    return form ? { from: i, to: i, kind, name: form.replace('#', tok.text.slice(0, word.length - ending.length).replace(/-$/, '')) } : undefined;
  }
  return undefined;
}
