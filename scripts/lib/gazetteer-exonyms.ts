/**
 * Places under the names other languages give them, from the bilingual dictionaries FreeDict
 * publishes and Debian ships for dictd (GPL-2.0-or-later or GPL-3.0-or-later, FreeDict contributors,
 * https://freedict.org/; WikDict's from Wiktionary, CC BY-SA): "Schwarzes Meer", "Crno more" and
 * "mer du Nord" for the seas, "Genf", "Ginevra" and "Cenevre" for Geneva, "Breslau" for Wrocław.
 * Read both ways: an English headword that is a place's name ("Black Sea") gives its translations,
 * and a headword whose translation is a place's name ("Østersøen: Baltic Sea") is one. Used by
 * scripts/build-gazetteer.ts; each name is read only in a quote of its language, as the gazetteer's
 * other local names are.
 *
 * Install the dictionaries first (a name is taken only from those present):
 *   sudo apt-get install -y dict-freedict-eng-{fra,deu,spa,ita,por,nld,swe,dan,nor,fin,tur,ces,pol,hrv,srp,lit,ell,bul,rus,ind,ara} \
 *     dict-freedict-{fra,deu,spa,ita,por,nld,swe,dan,fin,tur,ces,slk,slv,pol,hrv,srp,lit,ell,ara}-eng
 */
import { existsSync, readdirSync } from 'node:fs';
import { readWrittenEntries, senseNames } from './dictd';
import { soundPhrase } from '@/utils/core/facts/place-key';
import { fold } from '@/utils/core/facts/text';
import { unifyTypography } from '@/utils/core/matching/normalise-text';
import { wordnetSynsets } from './wordnet-data';
import { sourceWords } from '@/utils/core/facts/source-words';

/**
 * FreeDict's language codes and the quote languages they name ("rom" is Romany, not Romanian: left out, as is
 * Japanese, written without spaces, and Hungarian, whose hun-eng is GPL version 2 only, which GPL-3.0 data
 * cannot take).
 */
const LANGS: Record<string, string> = {
  fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv', dan: 'da', nor: 'nb', fin: 'fi', tur: 'tr', ces: 'cs', slk: 'sk',
  slv: 'sl', pol: 'pl', hrv: 'hr', srp: 'sr', lit: 'lt', ell: 'el', bul: 'bg', rus: 'ru', ind: 'id', ara: 'ar', afr: 'af',
};

export interface EnglishPlace {
  /** The place as the gazetteer names it. */
  name: string;
  country?: string;
  /** Its English names as written ("Bosporus", "Bosphorus"). */
  english: string[];
}

/** What WikDict says of a name that is no place ("male given name", "festival in honour of…", "the Norman language"). */
const OTHER_SENSE = /given name|surname|family name|\bfestival|\bfeast|\blanguage\b|\bsaint\b|\bapostle|\bgod(dess)?\b/i;

/** An entry's headword: its first line up to the pronunciation or the part of speech ("Abu Dhabi //ˈɑ.bu ˈdæ.bi// <pn>"). */
const headword = (e: { first: string }) => unifyTypography(e.first.split(/\s+\/|\s*</)[0]!).replace(/\s+/g, ' ').trim();

/** English's words for the kinds of place written in their names ("Black Sea", "Lake Superior"). */
const KINDS = /\b(sea|ocean|lake|gulf|bay|strait|channel|river|mountains|islands?|peninsula|desert)\b/i;

/**
 * Whether a translation is written as the place's name, not described ("oblast v Arizoně", "Cayenne
 * şehri", "britische Regierung"): no more words than the English name, short links ("du", "del",
 * "nad") aside; all written with a capital but one word for its kind where the English name has one
 * ("Crno more", "mer du Nord").
 */
function namesLike(written: string, place: EnglishPlace): { kindWord?: string } | undefined {
  const words = written.split(/[ ]+/).filter((w) => !(w.length <= 3 && /^\p{Ll}/u.test(w)));
  const english = Math.max(...place.english.map((e) => e.split(/[ -]+/).length));
  if (words.length > english) return undefined;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  if (lower.length === 0) return {};
  return lower.length === 1 && words.length > 1 && place.english.some((e) => KINDS.test(e)) ? { kindWord: lower[0]! } : undefined;
}

/** How many names of places of a kind a language's word for the kind must be in to be one ("more" in Croatian's seas; not "oblast v Arizoně"). */
const KIND_WORD_NAMES = 3;

/**
 * A local name is kept when it is written as a name (a capital in it; a one-word name not a common
 * word of any language's lists), is not a name the gazetteer reads already (`known`: every key read
 * in all languages; `knownLocal`, per language, those read in that language), and names one place in
 * its language only. The order of `places` decides between two places of one English name. The English names
 * of cities it finds are added to their place's `english`.
 */
export function exonyms(
  places: readonly EnglishPlace[],
  known: ReadonlySet<string>,
  knownLocal: (lang: string) => ReadonlySet<string>,
  common: ReadonlySet<string>,
  dir = '/usr/share/dictd',
): { name: string; country?: string; names: Record<string, string[]> }[] {
  // By its letters, so that "Wroclaw" finds Wrocław (but "SIBO" no Sibbo); an English name counts only written as one.
  const byKey = new Map<string, EnglishPlace>();
  for (const p of places) for (const e of p.english) if (!byKey.has(fold(e))) byKey.set(fold(e), p);
  const placeNamed = (english: string, anyCase = false) => {
    const place = anyCase || /^\p{Lu}\P{Lu}/u.test(english) ? byKey.get(fold(english)) : undefined;
    return place?.country && notOnlyPlace.has(fold(english)) ? undefined : place;
  };
  const files = existsSync(dir) ? readdirSync(dir) : [];
  // Each dictionary read once: the passes below go over the same ones.
  const read = new Map<string, ReturnType<typeof readWrittenEntries>>();
  const entriesOf = (name: string) => {
    let dictionary = read.get(name);
    if (!dictionary) read.set(name, (dictionary = readWrittenEntries(dir, name)));
    return dictionary;
  };
  // A city's or a town's English name that WikDict defines as a person's, a feast's or a language's too
  // ("Frederick: male given name", "Corpus Christi: festival"): its translations are those, not the place's.
  const notOnlyPlace = new Set<string>();
  for (const f of files.filter((f) => /^freedict-eng-\w+\.index$/.test(f))) {
    const { entries, wikdict } = entriesOf(f.replace('.index', ''));
    if (wikdict) for (const e of entries) if (e.definitions.some((d) => OTHER_SENSE.test(d))) notOnlyPlace.add(fold(headword(e)));
  }
  // Per language, each local key with the place it names, or null once two places claim it.
  const found = new Map<string, Map<string, { place: EnglishPlace; written: string; kindWord?: string } | null>>();
  const note = (lang: string, as: string, place: EnglishPlace) => {
    // Without its article: "die Briten", "a Haia", "de Bosporus", "the Atlantic" (an English gloss).
    const article = /^(\p{Ll}+) (?=\p{Lu})/u.exec(as);
    const written = article && (sourceWords().DETERMINERS.has(article[1]!) || article[1] === 'the') ? as.slice(article[0].length) : as;
    const key = soundPhrase(written);
    const like = namesLike(written, place);
    if (!/\p{Lu}/u.test(written) || !key || known.has(key) || knownLocal(lang).has(key) || !like) return;
    if (lang !== 'en' && place.english.some((e) => soundPhrase(e) === key)) return;
    if (!key.includes(' ') && common.has(fold(written))) return;
    // A Turkish ending after an apostrophe ("Midilli'nin") is no name of its own.
    if (/['’]\p{Ll}/u.test(written) && !/(^|\s)\p{L}['’]/u.test(written)) return;
    let names = found.get(lang);
    if (!names) found.set(lang, (names = new Map()));
    const had = names.get(key);
    if (had === undefined) names.set(key, { place, written, ...like });
    else if (had && had.place !== place) names.set(key, null);
  };
  // English names of cities GeoNames names otherwise ("Geneva" for Genève, "Cologne" for Köln): an English
  // headword that dictionaries of three languages or more translate as the city's name ("Athenian" had two).
  const cityByKey = new Map<string, EnglishPlace>();
  for (const p of places) if (p.country) for (const e of p.english) if (!cityByKey.has(soundPhrase(e))) cityByKey.set(soundPhrase(e), p);
  const votes = new Map<string, { place: EnglishPlace; langs: Set<string> }>();
  const vote = (english: string, other: string, lang: string) => {
    const place = cityByKey.get(soundPhrase(other));
    if (!place || !/^\p{Lu}\P{Lu}/u.test(english) || byKey.has(fold(english)) || notOnlyPlace.has(fold(english)) || english.includes(' ') !== other.includes(' ')) return;
    const v = votes.get(english) ?? { place, langs: new Set<string>() };
    if (v.place === place) votes.set(english, { place, langs: v.langs.add(lang) });
  };
  for (const [code, lang] of Object.entries(LANGS)) {
    if (files.includes(`freedict-eng-${code}.index`)) {
      for (const e of entriesOf(`freedict-eng-${code}`).entries) for (const line of e.lines) for (const t of senseNames(line)) vote(headword(e), t, lang);
    }
    if (files.includes(`freedict-${code}-eng.index`)) {
      for (const e of entriesOf(`freedict-${code}-eng`).entries) for (const line of e.lines) for (const english of senseNames(line)) vote(english, e.written, lang);
    }
  }
  for (const [english, { place, langs }] of [...votes].sort(([a], [b]) => a.localeCompare(b))) {
    if (langs.size < 3) continue;
    place.english.push(english);
    byKey.set(fold(english), place);
    note('en', english, place);
  }
  for (const [code, lang] of Object.entries(LANGS)) {
    const fromEnglish = `freedict-eng-${code}`;
    if (files.includes(`${fromEnglish}.index`)) {
      const { entries } = entriesOf(fromEnglish);
      // A headword written with its capital is the place's name ("Nice", not "nice"); one in lower case
      // (some dictionaries write all so) gives only translations written as names, in a language that
      // does not write its common nouns with a capital.
      for (const e of entries) {
        const written = headword(e);
        const lower = !/^\p{Lu}/u.test(written);
        const place = lower ? (lang === 'de' ? undefined : placeNamed(written, true)) : placeNamed(written);
        if (place) for (const line of e.lines) for (const written of senseNames(line)) note(lang, written, place);
      }
    }
    const toEnglish = `freedict-${code}-eng`;
    if (files.includes(`${toEnglish}.index`)) {
      for (const e of entriesOf(toEnglish).entries) {
        const written = headword(e);
        if (!senseNames(written).includes(written)) continue;
        for (const line of e.lines) {
          for (const english of senseNames(line)) {
            const place = placeNamed(english);
            if (place) note(lang, written, place);
          }
        }
      }
    }
  }
  const out = new Map<EnglishPlace, Record<string, string[]>>();
  for (const [lang, names] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const hits = [...names.values()].filter((h) => h !== null);
    const kindWords = new Map<string, Set<EnglishPlace>>();
    for (const h of hits) if (h.kindWord) kindWords.set(h.kindWord, (kindWords.get(h.kindWord) ?? new Set()).add(h.place));
    for (const hit of hits.sort((a, b) => a.written.localeCompare(b.written))) {
      if (hit.kindWord && (kindWords.get(hit.kindWord)?.size ?? 0) < KIND_WORD_NAMES) continue;
      const record = out.get(hit.place) ?? {};
      (record[lang] ??= []).push(hit.written);
      out.set(hit.place, record);
    }
  }
  return [...out].map(([p, names]) => ({ name: p.name, ...(p.country ? { country: p.country } : {}), names }));
}

/**
 * The places the English-German dictionary (FreeDict's, from Ding; `dict-freedict-eng-deu`) tags
 * "[geogr.]" with a name for a translation: islands, regions, rivers and mountains WordNet lacks
 * ("Lanzarote", "Ore Mountains", "Lower Silesia"). Not an adjective ("Balkan": balkanisch), a people
 * ("Malagasy": Madagasse, an inhabitant), a city (GeoNames' are the gazetteer's) or a place the gazetteer has
 * under one of its names (`known`); each with the synonyms
 * the entry gives ("Basel": Basle). A one-word name that is an English common word or adjective (`adjectives`,
 * WordNet's: "Israeli", "Iberian") is left out.
 */
export function dictionaryPlaces(known: ReadonlySet<string>, englishCommon: ReadonlySet<string>, adjectives: ReadonlySet<string>, dir = '/usr/share/dictd'): string[][] {
  if (!existsSync(`${dir}/freedict-eng-deu.index`)) return [];
  const out: string[][] = [];
  const taken = new Set(known);
  for (const e of readWrittenEntries(dir, 'freedict-eng-deu').entries) {
    const name = headword(e);
    if (!/^\p{Lu}\P{Lu}/u.test(name) || !senseNames(name).includes(name) || /<adj>/.test(e.first)) continue;
    const geo = e.lines.find((l) => /\[geogr\.\]/.test(l) && !/<adj>/.test(l));
    // Cities and towns are GeoNames' (the gazetteer's cities and towns), under names the dictionary may spell otherwise ("Wroclaw").
    if (!geo || !/^\s*(\[[^\]]*\]\s*)*\p{Lu}/u.test(geo) || e.lines.some((l) => /Einwohner|inhabitant|Stadt|city|town|capital/i.test(l))) continue;
    const synonyms = e.lines.flatMap((l) => /^\s*Synonyms?:/.exec(l) ? [...l.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!) : []).filter((s) => /^\p{Lu}/u.test(s) && senseNames(s).includes(s));
    // A place the gazetteer has under one of these names is that one ("Genova", "Genoa").
    if ([name, ...synonyms].some((n) => taken.has(soundPhrase(n)))) continue;
    const names = [name, ...synonyms].filter((n) => n.includes(' ') || (!englishCommon.has(fold(n)) && !adjectives.has(n.toLowerCase())));
    if (names[0] !== name) continue;
    names.forEach((n) => taken.add(soundPhrase(n)));
    out.push(names);
  }
  return out;
}

/**
 * The dictionary's places (dictionaryPlaces) as the place list keeps them: not under a name WordNet gives a
 * person or a thing too (`weakName`: "Amazon", a river, a warrior, a shop), its adjectives left out; their
 * one-word names `weak`, read only after a preposition of place, as the towns are ("on Lanzarote").
 */
export function dictionaryRegions(known: ReadonlySet<string>, englishCommon: ReadonlySet<string>, weakName: (name: string) => boolean, wordnet = '/usr/share/wordnet'): { names: string[][]; weak: Set<string> } {
  const adjectives = new Set([...wordnetSynsets(wordnet, 'adj').values()].flatMap((s) => s.words.map((w) => w.toLowerCase())));
  const names = dictionaryPlaces(known, englishCommon, adjectives)
    .map((ns) => ns.filter((n) => !weakName(n)))
    .filter((ns) => ns.length > 0);
  return { names, weak: new Set(names.flat().filter((n) => !/[ -]/.test(n)).map(soundPhrase)) };
}
