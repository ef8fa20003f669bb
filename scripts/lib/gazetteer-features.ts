/**
 * Seas, rivers, lakes, islands and mountain ranges for the gazetteer (scripts/build-gazetteer.ts),
 * from WordNet 3.0 as Debian ships it (`apt-get install wordnet-base`, /usr/share/wordnet; WordNet
 * 3.0 licence, Princeton University): the synsets WordNet makes instances of one of FEATURE_KINDS
 * ("Rhine, Rhein, Rhine River": an instance of river), under each of their names. A one-word name
 * that is a common word ("Snake", "Orange") or names anything else too (the peak "Adams", a writer)
 * is left out. Their names in the other languages come from the shipped word lists: a headword whose
 * first translation is a one-word name ("Rhein", "Reno", "Odra") and whose next two are no common
 * words, read only in a quote of that language, as the gazetteer reads a city's other names.
 */
import { soundPhrase } from '@/utils/core/facts/place-key';
import { fold } from '@/utils/core/facts/text';
import { wordLists, wordnetSynsets, type Synset } from './wordnet-data';

/** WordNet's words for the kinds of place a quote locates something in. */
const FEATURE_KINDS = new Set([
  'river', 'island', 'range', 'archipelago', 'sea', 'strait', 'gulf', 'lake', 'bay', 'ocean', 'channel', 'peninsula', 'desert', 'volcano', 'canal',
]);

/** Kinds whose name news write with the kind: "the Aegean Sea", "Lake Baikal" (not "the Scandinavian Peninsula"). */
const WATER_NAMED_WITH_KIND = new Set(['sea', 'ocean', 'lake', 'gulf', 'bay', 'strait', 'channel']);

export interface Features {
  /** Read in every language: the first name is the feature's. */
  everywhere: string[][];
  /** Per feature name, its names in other languages (read only in a quote of that language). */
  local: { name: string; names: Record<string, string[]> }[];
  /** Features the gazetteer has under another of their names (Crete as the region "Kriti"): the key it has, and WordNet's names for it, its first the name news use. */
  known: { key: string; names: string[] }[];
}

/** WordNet's most general kinds of place: an instance of a kind under one of these is a place, of anything else ("archangel", "painter") not. */
const PLACE_ROOTS = new Set(['location', 'body of water', 'geological formation', 'land']);

/**
 * Whether a one-word place name needs a preposition of place before it to be read as one (gazetteer.ts,
 * `weak`): WordNet knows it as a person or a thing too ("Michael", "Paul", "West", "Tasman"), or its sound
 * key is a common English word's ("Ouse" folds to "use", "Aare" to "are", "Dolj" to "doli", Dolly's).
 */
export function weakNameTest(common: ReadonlySet<string>, wordnet = '/usr/share/wordnet'): (name: string) => boolean {
  const nouns = wordnetSynsets(wordnet, 'noun');
  const placeKind = new Map<string, boolean>();
  const isPlaceKind = (o: string, depth = 0): boolean => {
    let known = placeKind.get(o);
    if (known === undefined) {
      const s = nouns.get(o);
      known = !!s && depth < 20 && (s.words.some((w) => PLACE_ROOTS.has(w)) || s.kindOf.some((k) => isPlaceKind(k, depth + 1)));
      placeKind.set(o, known);
    }
    return known;
  };
  // Names WordNet writes with a capital for what is not a place: a person, a saint, a people, a thing.
  const other = new Set<string>();
  for (const [offset, s] of nouns) {
    if (s.instanceOf.some((o) => isPlaceKind(o)) || isPlaceKind(offset)) continue;
    for (const w of s.words) if (!w.includes(' ') && /^\p{Lu}/u.test(w)) other.add(w.toLowerCase());
  }
  const commonSounds = new Set([...common].map((w) => soundPhrase(w)));
  return (name) => !name.includes(' ') && !name.includes('-') && (other.has(name.toLowerCase()) || commonSounds.has(soundPhrase(name)));
}

/**
 * `common`: common words of every language, for the word lists' headwords; `englishCommon`, English's
 * alone, for WordNet's names, which a word of another language does not take away ("Crete", French
 * "crête"): such a name is `weak` (weakNameTest), read only after a preposition of place.
 */
export function features(known: ReadonlySet<string>, common: ReadonlySet<string>, englishCommon: ReadonlySet<string>, latin: (s: string) => boolean, wordnet = '/usr/share/wordnet'): Features {
  const nouns = wordnetSynsets(wordnet, 'noun');
  // The kind a synset is, itself or through up to two more general ones: a "Greek island" is an island (Lesbos).
  const kindOf = (o: string, depth = 0): string | undefined => {
    const s = nouns.get(o);
    if (!s) return undefined;
    if (FEATURE_KINDS.has(s.words[0] ?? '')) return s.words[0];
    return depth < 2 ? s.kindOf.map((k) => kindOf(k, depth + 1)).find(Boolean) : undefined;
  };
  const featureKind = (s: Synset) => s.instanceOf.map((o) => kindOf(o)).find(Boolean);
  const isFeature = (s: Synset) => featureKind(s) !== undefined;
  // Names WordNet gives to a thing that is no place too ("Baltic": a sea and a language); a person's
  // ("Rhine": J. B. Rhine) does not count, as a person speaks and acts where a river does not.
  const elsewhere = new Set<string>();
  for (const s of nouns.values()) if (s.instanceOf.length === 0) for (const w of s.words) elsewhere.add(w.toLowerCase());
  const taken = new Set(known);
  const usable = (name: string) => {
    const key = soundPhrase(name);
    if (!/^\p{Lu}/u.test(name) || !latin(name) || !key || taken.has(key)) return false;
    return key.includes(' ') || (!englishCommon.has(fold(name)) && !elsewhere.has(name.toLowerCase()));
  };
  const everywhere: string[][] = [];
  const already: Features['known'] = [];
  const oneWord = new Map<string, string>();
  for (const s of nouns.values()) {
    if (!isFeature(s)) continue;
    // A place the gazetteer has under one of its names already ("Azores", a region of Portugal) stays that
    // one; its other names go to it ("Crete" to the region "Kriti").
    const had = s.words.find((w) => known.has(soundPhrase(w)));
    if (had) {
      already.push({ key: soundPhrase(had), names: s.words.filter((w) => /^\p{Lu}/u.test(w) && latin(w)) });
      continue;
    }
    if (s.words.some((w) => taken.has(soundPhrase(w)))) continue;
    const kept = [...new Set(s.words.filter(usable))];
    if (!kept.length) continue;
    // Named as news name it: a river by its bare name ("Rhine", not "Rhine River"), a body of water
    // with its kind ("Aegean Sea", "Sea of Marmara", "Lake Baikal"), anything else by WordNet's first name.
    const kind = featureKind(s)!;
    const withKind = WATER_NAMED_WITH_KIND.has(kind) ? kept.find((n) => n.toLowerCase().split(' ').includes(kind)) : undefined;
    // A river's bare name is the one WordNet also writes with "River" ("Danube, Danube River, Danau": Danube).
    const name = kind === 'river' ? (kept.find((n) => kept.includes(`${n} River`) || kept.includes(`River ${n}`)) ?? kept.reduce((a, b) => (b.length < a.length ? b : a))) : (withKind ?? kept[0]!);
    const names = [name, ...kept.filter((n) => n !== name)];
    names.forEach((n) => taken.add(soundPhrase(n)));
    everywhere.push(names);
    // Only names kept: "Flint" (a river, and flint) must not bring the word lists' "Feuerstein".
    for (const n of names) if (!n.includes(' ')) oneWord.set(n.toLowerCase(), names[0]!);
  }
  // Other languages' names: a word list's headword whose first translation is a feature's one-word name.
  const byName = new Map<string, Record<string, string[]>>();
  for (const [lang, list] of wordLists()) {
    for (const [word, translations] of Object.entries(list)) {
      const senses = translations.split(' ');
      const feature = oneWord.get(senses[0]!);
      // Not a word whose other senses are common words: "pacato" is the Pacific, and placid.
      if (!feature || word.includes(' ') || common.has(fold(word)) || senses.slice(1, 3).some((t) => common.has(fold(t)))) continue;
      const written = word[0]!.toUpperCase() + word.slice(1);
      if (taken.has(soundPhrase(written))) continue;
      const names = byName.get(feature) ?? {};
      // One name per key and language ("Tamisa", "Tâmisa").
      if ((names[lang] ?? []).some((n) => soundPhrase(n) === soundPhrase(written))) continue;
      (names[lang] ??= []).push(written);
      byName.set(feature, names);
    }
  }
  return { everywhere, local: [...byName].map(([name, names]) => ({ name, names })), known: already };
}

/**
 * A feature WordNet names otherwise than a subdivision that is it ("Crete, Kriti": the region Kriti) is read
 * under WordNet's names too, and named by its first ("Crete"), the English one. Changes `regions` in place.
 */
export function renameKnownFeatures(known: Features['known'], regions: { name: string; names: string[] }[]): void {
  for (const { key, names } of known) {
    const region = regions.find((r) => [r.name, ...r.names].some((n) => soundPhrase(n) === key));
    if (!region) continue;
    const added = names.filter((n) => ![region.name, ...region.names].some((m) => soundPhrase(m) === soundPhrase(n)));
    if (!added.length && soundPhrase(region.name) === soundPhrase(names[0]!)) continue;
    region.names = [...new Set([region.name, ...region.names, ...names])].filter((n) => n !== names[0]);
    region.name = names[0]!;
  }
}
