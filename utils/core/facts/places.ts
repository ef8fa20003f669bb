import type { RawToken } from '@/utils/core/matching/lex';
import { nameWrittenAsPlace, factsGazetteer, placeKey, soundOf, soundWord, townOf, type Place } from '@/utils/core/facts/gazetteer';
import { afterLocative, conjunctionsOf, type LocalHit, localLookup, locativeOf, longerLocalName, lowerLocalLookup, turkishLocation } from '@/utils/core/facts/place-grammar';
import { capitalRun, fold, isCapitalised } from '@/utils/core/facts/text';
import type { PlaceFact } from '@/utils/core/facts/types';
import { definite, factsSet } from '@/utils/core/facts/facts-words';
import { featureAt, featureBefore, featureInWord, written, type FeatureHit } from '@/utils/core/facts/feature-cues';
import { siteNameAt } from '@/utils/core/facts/site-names';
import { INFLECTING } from '@/utils/core/facts/inflected-names';

/**
 * Places a quote names: gazetteer names (countries, cities, regions, in French or English),
 * parts of them ("l'est de la Russie" = Eastern Russia), admin areas ("l'oblast de Koursk"),
 * borders, and place phrases the gazetteer lacks ("le village de Tsukuryne").
 */

const DIRECTIONS_FR: Record<string, string> = { nord: 'Northern', sud: 'Southern', est: 'Eastern', ouest: 'Western', centre: 'Central' };
/** English directions ("northern", "southeastern"), a word set: a place's part is the word capitalised. */
const DIRECTIONS_EN = (): ReadonlySet<string> => factsSet('directionsEn');
const ADMIN: Record<string, string> = { oblast: 'Oblast', region: 'region', province: 'Province', district: 'district', krai: 'Krai', etat: 'State', state: 'State' };
// Words that name a settlement or site; the capitalised words after "de/of" are its name (a word set).
const SITE_WORDS = (): ReadonlySet<string> => factsSet('siteWords');
const SITE_FILLERS = (): ReadonlySet<string> => factsSet('siteFillers');
const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'l', 'le', 'les', 'of', 'the']);

interface Found {
  from: number;
  to: number;
  name: string;
  via: 'gazetteer' | 'phrase';
  /** Named after a settlement's word ("τα χωριά Ροβιές"): a list may go on from it. */
  site?: boolean;
}

/** The longest gazetteer name starting at token i (first word capitalised); the gazetteer's names
 *  in the quote's language `lang` (a base code, "pl") count too. */
function lookup(toks: RawToken[], i: number, lang: string | undefined): LocalHit | undefined {
  const g = factsGazetteer();
  if (!toks[i]) return undefined;
  if (!isCapitalised(toks[i]!)) return lowerLocalLookup(toks, i, lang);
  const most = g.firstWords.get(soundWord(toks[i]!.text));
  if (!most) return localLookup(toks, i, lang);
  for (let n = Math.min(most, toks.length - i); n >= 1; n--) {
    const last = toks[i + n - 1]!;
    // "Corée du Nord" yes, "Corée du" no: a name ends on a content word.
    if (n > 1 && LINKS.has(last.lower)) continue;
    if (n === 1 && !nameWrittenAsPlace(last.text)) continue;
    const place = g.places.get(soundOf(toks.slice(i, i + n).map((t) => t.text)));
    // "NIS", "HUR", "URI" in capitals are bodies or terms, not Niš, Hur or the canton of Uri: a short word in
    // capitals is an acronym, a city or a region is written as a name (a country may be: "UK").
    if (place && n === 1 && place.kind !== 'country' && last.text.length <= 4 && last.text === last.text.toUpperCase()) continue;
    if (place) {
      // The quote language's name of as many words or more first: "América Latina" is no America and a Latina,
      // German "Wien" is Vienna, not the Austrian state of that name.
      return longerLocalName(toks, i, lang, n - 1) ?? { place, to: i + n - 1 };
    }
  }
  return localLookup(toks, i, lang);
}

function skipLinks(toks: RawToken[], i: number): number {
  while (toks[i] && LINKS.has(toks[i]!.lower) && !isCapitalised(toks[i]!)) i++;
  return i;
}

/** The words a place of several words may start with: a direction, a site, a border (made at first use). */
let compositeStarts: ReadonlySet<string> | undefined;
const COMPOSITE_STARTS = () => (compositeStarts ??= new Set([...Object.keys(DIRECTIONS_FR), ...DIRECTIONS_EN(), ...SITE_WORDS(), ...factsSet('compositeStarts')]));

function composite(toks: RawToken[], i: number, quote: string, lang: string | undefined): Found | undefined {
  const t = toks[i]!;
  if (!COMPOSITE_STARTS().has(t.lower) && !isCapitalised(t)) return undefined;
  // French part of a place: "l'est de la Russie" (after l'/le so that the verb "est" is not read).
  const dirFr = DIRECTIONS_FR[t.lower];
  if (dirFr && ['l', 'le', 'dans'].includes(toks[i - 1]?.lower ?? '') && ['de', 'du', 'des', 'd'].includes(toks[i + 1]?.lower ?? '')) {
    const hit = lookup(toks, skipLinks(toks, i + 1), lang);
    if (hit) return { from: i, to: hit.to, name: `${dirFr} ${hit.place.name}`, via: 'gazetteer' };
  }
  const en = t.lower.replace(/-/g, '');
  const dirEn = DIRECTIONS_EN().has(en) ? en[0]!.toUpperCase() + en.slice(1) : undefined;
  if (dirEn) {
    const hit = lookup(toks, i + 1, lang);
    if (hit) return { from: i, to: hit.to, name: `${dirEn} ${hit.place.name}`, via: 'gazetteer' };
  }
  // Borders: "la frontière entre la Russie et la Chine", "the border between Russia and China".
  if ((t.lower === 'frontiere' && toks[i + 1]?.lower === 'entre') || (t.lower === 'border' && toks[i + 1]?.lower === 'between')) {
    const a = lookup(toks, skipLinks(toks, i + 2), lang);
    const and = a ? toks[a.to + 1]?.lower : undefined;
    const b = a && (and === 'et' || and === 'and') ? lookup(toks, skipLinks(toks, a.to + 2), lang) : undefined;
    if (a && b) return { from: i, to: b.to, name: `${a.place.name}-${b.place.name} border`, via: 'gazetteer' };
  }
  // Admin areas and sites: "l'oblast de Koursk", "le village occupé de Tsukuryne", "the city of Kherson".
  if (SITE_WORDS().has(t.lower)) {
    let j = i + 1;
    while (toks[j] && SITE_FILLERS().has(toks[j]!.lower) && !isCapitalised(toks[j]!)) j++;
    const of = (k: number) => ['de', 'du', 'd', 'of'].includes(toks[k]?.lower ?? '');
    if (!of(j - 1) && !of(j)) return undefined;
    if (of(j)) j++;
    const hit = lookup(toks, j, lang);
    const admin = ADMIN[t.lower];
    if (hit) return { from: i, to: hit.to, name: admin && hit.place.kind === 'city' ? adminName(hit.place, admin) : hit.place.name, via: 'gazetteer' };
    const end = capitalRun(toks, j, quote);
    if (end >= 0) {
      const written = quote.slice(toks[j]!.start, toks[end]!.end);
      return { from: i, to: end, name: admin ? `${written} ${admin}` : written, via: 'phrase' };
    }
  }
  // English admin areas after the name: "the Kursk region", "Kursk Oblast".
  const hit = lookup(toks, i, lang);
  const after = hit ? ADMIN[toks[hit.to + 1]?.lower ?? ''] : undefined;
  if (hit && after && hit.place.kind === 'city') return { from: i, to: hit.to + 1, name: adminName(hit.place, after), via: 'gazetteer' };
  return undefined;
}

/** A city's area: "Kursk Oblast" (a region of Russia, Ukraine or Belarus), "Kherson Province". */
const adminName = (place: Place, admin: string) => `${place.name} ${admin === 'region' && ['RU', 'UA', 'BY'].includes(place.country ?? '') ? 'Oblast' : admin}`;

/** Words that may follow a place named as a location ("en Russie pour…", "to Russia in…"). */
const AFTER_LOCATION = (): ReadonlySet<string> => factsSet('afterLocation');

/**
 * A country or city directly followed by a verb is an actor ("Pyongyang prévoit d'envoyer", "la
 * Corée du Nord avait envoyé"), not where the claim happens: only locations count as places.
 */
function actsAsSubject(toks: RawToken[], from: number, to: number, quote: string, lang: string | undefined): boolean {
  const next = toks[to + 1];
  if (!next || quote.slice(toks[to]!.end, next.start) !== ' ' || next.kind !== 'word') return false;
  // "Pyongyang a envoyé": French "a" before a past participle is a verb, not the English article;
  // after a preposition ("le nombre de cas en Europe a été…") the verb's subject is another noun.
  if (next.text === 'a' && PARTICIPLE.test(toks[to + 2]?.lower ?? '')) return !PREPOSITIONS().has(toks[from - 1]?.lower ?? '');
  // In the other languages, an "and" or a preposition of place after the name is no verb either ("Lisboa, Porto e
  // Coimbra", "die Elbe bei Bad Schandau", "între Giurgiu și Ruse"); Turkish marks a place's role on the name
  // itself (turkishLocation decides).
  const other = lang !== undefined && (lang === 'tr' || conjunctionsOf(lang)?.has(next.lower) || locativeOf(lang)?.has(next.lower));
  return /^\p{Ll}/u.test(next.text) && !AFTER_LOCATION().has(next.accented) && !other;
}

const PARTICIPLE = /^\p{Ll}+(e|es|i|is|it|u|us|ert|int|ait)$/u;
const PREPOSITIONS = (): ReadonlySet<string> => factsSet('placePrepositions');

/**
 * "aux côtés de la Russie", "alongside Russia", "allié de la Russie": a party to the claim, not where it happens
 * (the word set `partyBefore`, each phrase's words joined by "_").
 */
function namedAsParty(toks: RawToken[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && definite().has(toks[j]!.lower)) j--;
  for (let n = 1; n <= 3 && j - n + 1 >= 0; n++) if (factsSet('partyBefore').has(toks.slice(j - n + 1, j + 1).map((t) => t.lower).join('_'))) return true;
  return false;
}

function partOfName(toks: RawToken[], k: number, i: number, quote: string, lang: string | undefined): boolean {
  const other = toks[k];
  if (!other || !/^\p{Lu}\p{Ll}/u.test(other.text)) return false;
  const between = k < i ? quote.slice(other.end, toks[i]!.start) : quote.slice(toks[i]!.end, other.start);
  if (between !== ' ') return false;
  // A sentence's first word is capitalised anyway.
  if (k < i && (k === 0 || /[.!?"]\s*$/.test(quote.slice(0, other.start)))) return false;
  return !lookup(toks, k, lang);
}

/** The longest run of up to three capitalised words from i that names a town (townOf). */
function townAt(toks: RawToken[], i: number, quote: string): { place: Place; to: number } | undefined {
  // "at the White House": a town of two words or more takes no article in English ("the Washington area" is a place).
  const article = toks[i - 1]?.text === 'the';
  const end = capitalRun(toks, i, quote);
  for (let to = Math.min(end, i + 2); to >= i; to--) {
    if (article && to > i) continue;
    if (to === i && !nameWrittenAsPlace(toks[i]!.text)) break;
    const place = townOf(soundOf(toks.slice(i, to + 1).map((t) => t.text)));
    // As written, but for accents and case: a town's sound key is loose, and "on Bloomberg" is no Blomberg.
    // "in Parkinson's disease": a small town's name with "'s" is more often a person's.
    if (place && /^['’]s\b/.test(quote.slice(toks[to]!.end))) continue;
    if (place && fold(quote.slice(toks[i]!.start, toks[to]!.end)) === fold(place.name)) return { place, to };
  }
  return undefined;
}

/**
 * A name in a list of places that one found starts: after a comma, where a conjunction ends the list ("su
 * Zafferana Etnea, Giarre e Riposto"), or after that conjunction ("… e Riposto"). It is located as the first is.
 */
function listed(toks: RawToken[], i: number, quote: string, lang: string | undefined, last: Found | undefined): boolean {
  const and = conjunctionsOf(lang ?? '');
  if (!last || !and) return false;
  if (last.to === i - 2 && and.has(toks[i - 1]!.lower)) return true;
  if (last.to !== i - 1 || quote.slice(toks[i - 1]!.end, toks[i]!.start) !== ', ') return false;
  let k = i;
  while (toks[k + 1] && isCapitalised(toks[k]!) && /^(?: |, |-)$/.test(quote.slice(toks[k]!.end, toks[k + 1]!.start))) k++;
  return and.has(toks[k]!.lower) && k > i && !!toks[k + 1] && isCapitalised(toks[k + 1]!);
}

/** `lang` is the quote's base language ("pt", not "pt-BR"; extractFacts makes it so): the gazetteer's names and the prepositions are by it. */
export function readPlaces(toks: RawToken[], quote: string, lang?: string): PlaceFact[] {
  const found: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const c = composite(toks, i, quote, lang) ?? siteNameAt(toks, i, quote, lang, (at) => lookup(toks, at, lang));
    if (c) {
      found.push(c);
      i = c.to;
      continue;
    }
    // "Peipsi järvel", "Rinjani Yanardağı", "Reykjanes-halvøen": a feature before the word for it ("Van Gölü" is no city of Van).
    const before = featureBefore(toks, i, quote, lang, (at) => {
      const h = lookup(toks, at, lang);
      return h?.to === at ? h.place : undefined;
    });
    const feature = (f: FeatureHit) => {
      found.push({ from: f.from, to: f.to, name: f.name, via: 'phrase' });
      i = f.to;
    };
    if (before) {
      feature(before);
      continue;
    }
    const hit = lookup(toks, i, lang);
    // "Vladimir Poutine", "Lloyd Austin", "Europa League": a one-word city or region inside a run of names is part of a name.
    if (hit && hit.place.kind !== 'country' && hit.to === i && (partOfName(toks, i - 1, i, quote, lang) || partOfName(toks, i + 1, i, quote, lang))) continue;
    // "The New York Times", "New York University": a longer name, not the state.
    if (hit && hit.place.kind !== 'country' && hit.to > i && partOfName(toks, hit.to + 1, hit.to, quote, lang)) {
      i = hit.to;
      continue;
    }
    const located = afterLocative(toks, i, lang) || listed(toks, i, quote, lang, found[found.length - 1]);
    const cued = () => featureAt(toks, i, quote, lang, located, (from) => lookup(toks, from, lang));
    // A name that is a person's or a common word's too is read only where a preposition of place puts
    // it ("in Tasman", not "Tasman's achievement"), as a town's is; it may be the word for a feature ("Danau Segara Anak").
    if (hit && hit.place.weak && !located) {
      const f = cued();
      if (f) feature(f);
      continue;
    }
    // "l'envoi des soldats par Pyongyang", "was denied by Moscow": the agent, not a location.
    const agent = hit && (['par', 'by'].includes(toks[i - 1]?.lower ?? '') || namedAsParty(toks, i));
    // A name in another case than the nominative is no verb's subject ("Helsingin ja Tallinnan välillä", "Szegednél").
    if (hit && (agent || (actsAsSubject(toks, i, hit.to, quote, lang) && !hit.inflected && !afterLocative(toks, i, lang)))) {
      i = hit.to;
      continue;
    }
    if (hit && lang === 'tr' && !turkishLocation(toks, hit.to, quote)) {
      i = hit.to;
      continue;
    }
    if (hit) {
      found.push({ from: i, to: hit.to, name: hit.place.name, via: 'gazetteer' });
      i = hit.to;
      continue;
    }
    // "el río São Francisco", "Gunung Marapi", "l'invaso di Ancipa": a feature after the word for it; "am
    // Loiblpass", "Peipsijärvellä": in one word with it (a town's name is the town: "in Spittal").
    const one = featureInWord(toks, i, lang, located);
    const f = cued() ?? (one && !townOf(soundOf([toks[i]!.text])) ? one : undefined);
    if (f) {
      feature(f);
      continue;
    }
    // A town after a preposition of place ("near the town of Ronda"); inflected ("w Raciborzu"), localLookup reads it.
    const town = located ? townAt(toks, i, quote) : undefined;
    if (town && !partOfName(toks, town.to + 1, town.to, quote, lang)) {
      found.push({ from: i, to: town.to, name: town.place.name, via: 'gazetteer' });
      i = town.to;
      continue;
    }
    // The last of a list of places: "Chongjin, Hamhung et Musudan", "τα χωριά Ροβιές και Κεχριές"; not a verb's subject ("in Berlin und Merkel sagte").
    const prev = found[found.length - 1];
    // In a language that declines its names, only after a settlement's word, which names them as they are ("w Pradze i Czeskim Krumlowie" is no list of names as written).
    const declines = lang !== undefined && (INFLECTING.has(lang) || /^(?:ru|uk|bg|be|el)$/.test(lang));
    const and = (w: string) => ['et', 'and'].includes(w) || (lang !== undefined && lang !== 'en' && lang !== 'fr' && conjunctionsOf(lang)?.has(w) && (prev?.site || !declines));
    if (prev && prev.to === i - 2 && and(toks[i - 1]!.lower) && (prev.via === 'gazetteer' || prev.site)) {
      const end = capitalRun(toks, i, quote);
      if (end >= 0 && !(lang && lang !== 'en' && lang !== 'fr' && actsAsSubject(toks, i, end, quote, lang))) {
        found.push({ from: i, to: end, name: written(quote.slice(toks[i]!.start, toks[end]!.end)), via: 'phrase' });
        i = end;
      }
    }
  }
  const seen = new Set<string>();
  const out: PlaceFact[] = [];
  for (const f of found) {
    const key = placeKey(f.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: f.name, key, from: f.via, start: toks[f.from]!.start, end: toks[f.to]!.end });
  }
  return out;
}
