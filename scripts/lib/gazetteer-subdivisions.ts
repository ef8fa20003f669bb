/**
 * The states, regions, provinces and counties of every country (ISO 3166-2's first level) for the
 * gazetteer (scripts/build-gazetteer.ts), from iso3166-2-db (MIT, https://github.com/esosedi/3166;
 * its names are Wikipedia's article titles in English, German, French, Spanish, Italian, Portuguese
 * and Danish). It is read from node_modules but is not a dependency (283 MB unpacked, for a list
 * the build reads once):
 *
 *   npm install --no-save iso3166-2-db@2.3.11
 *
 * and WordNet 3.0 as Debian ships it (`apt-get install wordnet-base`, /usr/share/wordnet) to tell
 * common words from names.
 *
 * Each subdivision is read:
 * - in every language, under its English name and under its own country's name for it where the
 *   dataset has that language ("Nordrhein-Westfalen", "Emilia-Romagna", "Andalucía"): news in any
 *   language write those;
 * - in a quote of one of the dataset's other languages, under that language's name ("Rhénanie-du-
 *   Nord-Westphalie" in French only).
 * Left out: a one-word name that is a common word (commonWords: "Centre", "Nord", "Central", "Para",
 * "Alba"), where a capitalised sentence start would become a place; and a
 * name the gazetteer has already (a country's, a city's, a hand-kept region's). A name that is also
 * a town of the same country with 15,000 people or more ("Leiria", "Uppsala") is left to that town (gazetteer-towns.ts): news
 * name the town more often than the district, and "in Leiria" is the town.
 */
import { createRequire } from 'node:module';
import { soundPhrase } from '@/utils/core/facts/place-key';
import { fold } from '@/utils/core/facts/text';
import { SNOWBALL_STOP_LANGS, snowballStopWords } from '@/scripts/lib/snowball-stop-words';
import { wordLists, wordnetSynsets } from './wordnet-data';

const require = createRequire(import.meta.url);

/** The dataset's languages besides English that the gazetteer reads. */
const LANGS = ['de', 'fr', 'es', 'it', 'pt', 'da'] as const;
/** Countries whose own language is one of LANGS: the dataset's name in it is the country's own. */
const OWN_LANGUAGE: Record<string, (typeof LANGS)[number]> = {
  DE: 'de', AT: 'de', LI: 'de', FR: 'fr', LU: 'fr', MC: 'fr', IT: 'it', SM: 'it', PT: 'pt', BR: 'pt', AO: 'pt', MZ: 'pt', DK: 'da',
  ...Object.fromEntries(['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'CU', 'DO'].map((c) => [c, 'es' as const])),
};
/** Towns that take a subdivision's name from it (`towns`: by country and key, each town's name and country). */
export const SHADOWING_TOWN_PEOPLE = 15_000;
/** Towns the facts reader reads after a preposition of place (gazetteer-towns.ts readTowns). */
export const TOWN_PEOPLE = 5_000;

interface Region {
  name: string;
  iso: string;
  reference?: { openstreetmap_level?: number };
}
/** OpenStreetMap's admin levels of municipalities (Slovenia's 209, North Macedonia's 79): no region a news story names by itself. */
const MUNICIPAL_LEVEL = 7;
/** A word that starts this many of a language's names is a kind of subdivision ("Provincia", "Comté", "Woiwodschaft"). */
const KIND_WORD_NAMES = 25;
type CountryFile = Record<string, { regions?: Region[] }>;

export interface Subdivisions {
  /** Read in every language under `name` (the English one, unless a common word or taken) and `names`. */
  regions: { name: string; names: string[] }[];
  /** Names read only in a quote of one language: the English name and, per language, its names. */
  local: { name: string; names: Record<string, string[]> }[];
}

function load(lang: string): CountryFile {
  try {
    return require(`iso3166-2-db/i18n/${lang}.json`) as CountryFile;
  } catch {
    throw new Error('scripts/lib/gazetteer-subdivisions.ts: iso3166-2-db is not installed; run `npm install --no-save iso3166-2-db@2.3.11` first');
  }
}

/**
 * Common words, folded: the stop words of every language, English words that WordNet 3.0 knows
 * mostly in lower case ("central", "down", "centre"), and the words of the shipped word lists whose
 * first translation is one of those ("Nord" is "north", "Centro" "centre", "Alba" "aurora"). A name's word
 * lists translate too ("Calabria", "Sassonia": Saxony), but WordNet writes those with a capital.
 * `withWordLists` false leaves the word lists' words out: English's own common words only.
 */
export function commonWords(wordnet = '/usr/share/wordnet', stopLangs: readonly string[] = SNOWBALL_STOP_LANGS, withWordLists = true): Set<string> {
  // Senses per lemma written in lower case, and written as a name (a capital, then lower case: "CORE" is an acronym).
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const { words } of wordnetSynsets(wordnet, part).values()) {
      for (const lemma of words) {
        const into = /^\p{Lu}\P{Lu}*$/u.test(lemma) ? capital : /\p{Lu}/u.test(lemma) ? undefined : lower;
        into?.set(lemma.toLowerCase(), (into.get(lemma.toLowerCase()) ?? 0) + 1);
      }
    }
  }
  // More senses in lower case than as a name: "centre" (one region of France among ten senses), not "saxony" (a cloth and the Land).
  const english = (w: string) => (lower.get(w) ?? 0) > (capital.get(w) ?? 0);
  const words = new Set<string>([...lower.keys()].filter(english).map(fold));
  // The first translation only: the lists' later senses are loose ("bavière": bavaria, beard).
  if (withWordLists) for (const [, list] of wordLists()) for (const [w, translations] of Object.entries(list)) if (english(translations.split(' ')[0]!)) words.add(fold(w));
  for (const lang of stopLangs) for (const w of snowballStopWords(lang) ?? []) words.add(fold(w));
  return words;
}

export function subdivisions(
  known: ReadonlySet<string>,
  towns: ReadonlyMap<string, { name: string; country: string }>,
  latin: (s: string) => boolean,
  common: ReadonlySet<string>,
): Subdivisions {
  const english = load('en');
  const byLang = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], CountryFile>;
  const taken = new Set(known);
  const usable = (name: string | undefined): name is string => {
    if (!name || !latin(name) || name.includes(',')) return false;
    const key = soundPhrase(name);
    if (!key || taken.has(key)) return false;
    return key.includes(' ') || !common.has(fold(name));
  };
  // Per language, the first words that name a kind of subdivision: a name that starts with one ("Provincia de
  // Upsala", "Parrocchia di Ordino") is read by its bare name, or by the place reader's own phrases.
  const kindWords = Object.fromEntries(
    LANGS.map((lang) => {
      const firsts = new Map<string, number>();
      for (const { regions = [] } of Object.values(byLang[lang])) for (const r of regions) firsts.set(fold(r.name.split(/[\s']/)[0]!), (firsts.get(fold(r.name.split(/[\s']/)[0]!)) ?? 0) + 1);
      return [lang, new Set([...firsts].filter(([, n]) => n >= KIND_WORD_NAMES).map(([w]) => w))];
    }),
  ) as Record<(typeof LANGS)[number], Set<string>>;
  // English writes the kind last ("Lorestan Province", "Uppsala County", "Zamfara State"): a news story
  // often drops it, so the bare name is read too.
  const lasts = new Map<string, number>();
  for (const { regions = [] } of Object.values(english)) for (const r of regions) lasts.set(lastWord(r.name), (lasts.get(lastWord(r.name)) ?? 0) + 1);
  const kindLast = new Set([...lasts].filter(([, n]) => n >= KIND_WORD_NAMES).map(([w]) => w));
  const bare = (name: string) => (kindLast.has(lastWord(name)) && name.includes(' ') ? name.slice(0, name.lastIndexOf(' ')) : undefined);
  const out: Subdivisions = { regions: [], local: [] };
  for (const [country, { regions = [] }] of Object.entries(english)) {
    for (const region of regions) {
      if ((region.reference?.openstreetmap_level ?? 0) >= MUNICIPAL_LEVEL) continue;
      const names: Partial<Record<(typeof LANGS)[number], string>> = {};
      for (const lang of LANGS) names[lang] = byLang[lang][country]?.regions?.find((r) => r.iso === region.iso)?.name;
      const own = OWN_LANGUAGE[country] ? names[OWN_LANGUAGE[country]] : undefined;
      // A town of the country under one of its names: the town, under its own name.
      const town = [region.name, own, bare(region.name), ...Object.values(names)].map((n) => n && towns.get(`${country} ${soundPhrase(n)}`)).find(Boolean);
      // Left to the towns (gazetteer-towns.ts), which are read after a preposition of place.
      if (town) {
        taken.add(soundPhrase(town.name));
        continue;
      }
      // The bare name first, as the region's name: "Gotland" rather than "Gotland County".
      const everywhere = [...new Set([bare(region.name), region.name, own].filter(usable))];
      everywhere.forEach((n) => taken.add(soundPhrase(n)));
      const local: Record<string, string[]> = {};
      for (const lang of LANGS) {
        const n = names[lang];
        if (n && !kindWords[lang].has(fold(n.split(/[\s']/)[0]!)) && usable(n)) local[lang] = [n];
      }
      // Named by its English name (bare) where that is read, else by the first name that is.
      if (everywhere.length) out.regions.push({ name: everywhere[0]!, names: everywhere.slice(1) });
      if (Object.keys(local).length) out.local.push({ name: everywhere[0] ?? region.name, names: local });
    }
  }
  return out;
}

/** The last word of a name, folded. */
function lastWord(name: string): string {
  return fold(name.slice(name.lastIndexOf(' ') + 1));
}
