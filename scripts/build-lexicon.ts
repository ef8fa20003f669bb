/**
 * Builds utils/core/lexicon/XX-en.json, the word lists between English and French, German, Spanish,
 * Italian, Portuguese, Dutch, Swedish, Danish, Finnish, Turkish, Czech, Greek, Polish, Russian, Arabic,
 * Hungarian, Croatian (also read for Serbian and Bosnian), Lithuanian, Slovenian, Icelandic, Bulgarian,
 * Indonesian and Norwegian that the matcher uses to find
 * a claim known in one language in a sentence written in another, from FreeDict's dictionaries (each
 * GPL-2.0-or-later, Danish's GPL-3.0-or-later or CC-BY-SA, Slovenian's and Icelandic's GPL-3.0-or-later,
 * WikDict's Finnish, Greek, Polish, Bulgarian, Indonesian and Norwegian CC-BY-SA 3.0; the
 * dictionary's own header says so) as Debian ships them for dictd:
 *
 *   sudo apt-get install -y dict-freedict-{fra,deu,spa,ita,por,nld,swe,dan,fin,tur,ces,ell,pol,ara}-eng \
 *     dict-freedict-eng-{fra,deu,spa,ita,por,nld,swe,dan,fin,tur,ces,ell,rus,ara} dict-freedict-{fra,deu,ita}-rus \
 *     dict-freedict-fra-{deu,spa,ita,por} dict-freedict-deu-{fra,spa,ita,por} dict-freedict-{spa,ita,por}-deu \
 *     dict-freedict-ita-{spa,por} dict-freedict-por-spa dict-freedict-spa-por \
 *     dict-freedict-{hrv,lit,slv,isl}-eng dict-freedict-eng-{hun,hrv,lit,bul,ind,nor} \
 *     dict-freedict-{fra,deu,ita,swe,nld,pol,fin,ell}-bul dict-freedict-{deu,ita,nld,pol,fin,ell}-ind \
 *     dict-freedict-{ita,swe,pol,fin,ell}-nor dict-freedict-{fra,ita,nld,fin,ell}-lit
 *   npx tsx scripts/build-lexicon.ts [DICTD_DIR [OUT_DIR [LANG...]]]
 *   (defaults: /usr/share/dictd, utils/core/lexicon, every language below)
 *   Without root: `apt-get download PACKAGE...`, `dpkg-deb -x PACKAGE.deb DIR` for each, and give
 *   DIR/usr/share/dictd as DICTD_DIR. The lists that keep only common English words (German, Finnish,
 *   Turkish, Czech, Greek, Polish, Arabic, Hungarian, Croatian) also read the CheckThat! 2020 claims at
 *   ../shared/benchmarks/checkthat-2020/verified_claims.docs.tsv (commonEnglishWords). Then
 *   scripts/add-english-irregular-forms.ts, scripts/add-english-spelling-variants.ts and
 *   scripts/build-lexicon-related.ts.
 *
 * German comes from FreeDict's deu-eng and eng-deu, made from the Ding dictionary (GPL-2.0-or-later;
 * FreeDict's converter is AGPL-3.0, its output the dictionary's data): half a million headwords,
 * so only the translations that both directions give are kept.
 *
 * Kept: single-word headwords and single-word translations (multi-word senses such as "give up"
 * cannot be matched word for word), lowercase with their accents: Snowball's French stemmer needs
 * the accents to find endings, and the lexicon module folds them away itself for lookups.
 * Senses: a headword's own, then words of the other dictionary that list it as a translation (the
 * reverse direction fills the gaps of a small dictionary). Order: translations that translate back
 * to the headword first, cognates first among equals, dictionary order otherwise; at most
 * MAX_TRANSLATIONS each. The output is deterministic for a given pair of dictionaries.
 *
 * Russian has FreeDict's eng-rus alone with English (1,693 headwords, GPL-2.0-or-later; Debian has no
 * rus-eng), read both ways, and pivots through WikDict's fra-rus, deu-rus and ita-rus (CC-BY-SA 3.0).
 *
 * Of the lists added at stop 59: Hungarian reads eng-hun alone (hun-eng's header gives GPL version 2.0
 * alone); Slovenian and Icelandic their X-eng alone (Debian has no eng-slv, eng-isl); Croatian both
 * directions (Debian's Serbian dictionaries have 390 and 588 headwords, Slovak's slk-eng 760: neither
 * has a list; eng-rom is Romany, not Romanian; Debian has no Ukrainian one). Bulgarian, Indonesian and
 * Norwegian (bokmål) have WikDict's eng-X alone (1,100 to 5,700 headwords), and pivot, as Lithuanian
 * also does, through WikDict's dictionaries with the pivots below and with Swedish, Dutch, Polish,
 * Finnish and Greek, through those languages' lists as written (MORE_PIVOTS).
 *
 * French, Spanish, Italian and Portuguese also pivot (scripts/lib/lexicon-pivot.ts): FreeDict's
 * fra-eng has 7,000 headwords and lacks "élection" and "croissance", while FreeDict's WikDict
 * dictionaries between French and German (both ways), Spanish, Italian and Portuguese, made from
 * Wiktionary (CC-BY-SA 3.0, WikDict's headers say so), have 20,000 to 47,000; their words' English
 * translations in the pivot language's own list, when supported, come after the pair's own senses.
 * A file made with WikDict's data is GPL-3.0-or-later (see the `license` text it carries and README).
 * Dutch, Swedish, Finnish, Turkish, Greek and Polish pivot so too, through WikDict's dictionaries between
 * them and those five (Swedish's own FreeDict pair has 5,300 headwords: "brandman" reached no
 * "firefighter" and "dödades" no "killed" before).
 * Pivots are not chained: a pivot language's FreeDict list is used, German's as written in OUT_DIR
 * (or utils/core/lexicon), the others' as made here from their FreeDict dictionaries. German's list as
 * this script writes it, before the English forms and spellings the add-english scripts give it: build
 * German first into the same OUT_DIR as the languages that pivot (the committed Spanish, Italian,
 * Portuguese, Dutch, Swedish, Finnish, Turkish, Greek and Polish lists are so made; the French and Russian ones are older, made before
 * later changes to the dictionary reader, and were not made again).
 */
import '@/scripts/lib/node-language-data';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '@/utils/core/matching/normalise-text';
import { readDictionary as readDictd, type Entry } from './lib/dictd';
import { MORE_PIVOTS, PIVOTS, pivotTranslations, type PivotLists } from './lib/lexicon-pivot';
import { COMMON_ENGLISH_FROM, commonEnglishWords, NEWS_MIN_COUNT } from './lib/common-english';

const DIR = process.argv[2] ?? '/usr/share/dictd';
/** Matcher language code -> FreeDict's, and the language's name for the file's description. */
const PAIRS: Record<string, { code: string; name: string; mutual?: boolean; commonEnglish?: boolean; license?: string; pivot?: boolean; morePivots?: boolean; toEnglishOnly?: boolean; fromEnglishOnly?: boolean; respell?: Record<string, string> }> = {
  fr: { code: 'fra', name: 'French', pivot: true },
  de: { code: 'deu', name: 'German', mutual: true, commonEnglish: true, license: 'GPL-2.0-or-later (the Ding dictionary, Frank Richter and contributors, https://dict.tu-chemnitz.de/; converted by FreeDict)' },
  es: { code: 'spa', name: 'Spanish', pivot: true },
  it: { code: 'ita', name: 'Italian', pivot: true },
  pt: { code: 'por', name: 'Portuguese', pivot: true },
  nl: { code: 'nld', name: 'Dutch', pivot: true },
  sv: { code: 'swe', name: 'Swedish', pivot: true },
  da: { code: 'dan', name: 'Danish', license: 'GPL-3.0-or-later, or CC-BY-SA 3.0 or later at your choice (FreeDict contributors, https://freedict.org/; the dictionaries\' dual licence)' },
  fi: { code: 'fin', name: 'Finnish', commonEnglish: true, pivot: true },
  tr: { code: 'tur', name: 'Turkish', commonEnglish: true, pivot: true },
  cs: { code: 'ces', name: 'Czech', commonEnglish: true },
  el: { code: 'ell', name: 'Greek', commonEnglish: true, pivot: true },
  // eng-pol's text is under the GNU FDL: Polish reads pol-eng alone, both ways.
  pl: { code: 'pol', name: 'Polish', commonEnglish: true, toEnglishOnly: true, pivot: true },
  // Debian has no rus-eng, and eng-rus is small (1,693 headwords): Russian reads eng-rus both ways,
  // then pivots through WikDict's fra-rus, deu-rus and ita-rus.
  ru: { code: 'rus', name: 'Russian', fromEnglishOnly: true, pivot: true },
  // Arabeyes' word list (GPL-2.0-or-later), both directions: Arabic headwords carry their vowel marks, folded away.
  ar: { code: 'ara', name: 'Arabic', commonEnglish: true },
  // hun-eng's header gives "GNU GENERAL PUBLIC LICENSE, version 2.0." alone, which the GPL-3.0 of the rest
  // cannot take: Hungarian reads eng-hun (GPL-2.0-or-later, 32,389 headwords) alone, both ways.
  // eng-hun writes ő and ű as ô and û (Latin-2 read as Latin-1): Hungarian has no ô nor û, and its stemmer knows ő.
  hu: { code: 'hun', name: 'Hungarian', commonEnglish: true, fromEnglishOnly: true, respell: { ô: 'ő', û: 'ű' } },
  // Also the list of Serbian and Bosnian (lexicon-pairs.ts): Debian's srp-eng and eng-srp have 390 and 588 headwords.
  hr: { code: 'hrv', name: 'Croatian', commonEnglish: true },
  lt: { code: 'lit', name: 'Lithuanian', pivot: true, morePivots: true },
  sl: { code: 'slv', name: 'Slovenian', toEnglishOnly: true, license: 'GPL-3.0-or-later (Gorazd Gorup and FreeDict contributors, https://freedict.org/)' },
  is: { code: 'isl', name: 'Icelandic', toEnglishOnly: true, license: 'GPL-3.0-or-later (FreeDict contributors, https://freedict.org/, from apertium-is-en)' },
  // Debian has eng-bul, eng-ind and eng-nor alone (WikDict's, 1,100 to 5,700 headwords): each pivots, also
  // through the Swedish, Dutch, Polish, Finnish and Greek lists.
  bg: { code: 'bul', name: 'Bulgarian', fromEnglishOnly: true, pivot: true, morePivots: true },
  id: { code: 'ind', name: 'Indonesian', fromEnglishOnly: true, pivot: true, morePivots: true },
  nb: { code: 'nor', name: 'Norwegian', fromEnglishOnly: true, pivot: true, morePivots: true },
};
const OUT_DIR = process.argv[3] ?? 'utils/core/lexicon';
const LANGS = process.argv.length > 4 ? process.argv.slice(4) : Object.keys(PAIRS);
const MAX_TRANSLATIONS = 5;
const readDictionary = (name: string) => readDictd(DIR, name);
function addAll(map: Map<string, string[]>, key: string, words: string[]) {
  const list = map.get(key) ?? [];
  for (const w of words) if (!list.includes(w)) list.push(w);
  map.set(key, list);
}

/** Same first three letters once accents are gone: a cheap, good-enough cognate test. */
function isCognate(a: string, b: string): boolean {
  const fa = foldText(a);
  const fb = foldText(b);
  return fa.length >= 3 && fb.length >= 3 && fa.slice(0, 3) === fb.slice(0, 3);
}

/**
 * `forward` gives this direction's own senses; `backward` is the other dictionary, reversed.
 * `mutual`: keep only the translations both dictionaries give (a very large dictionary, cut to its
 * best-attested half-percent of senses).
 */
function direction(forward: Entry[], backward: Entry[], mutual = false, keep: (word: string, translation: string) => boolean = () => true): Record<string, string> {
  const map = new Map<string, string[]>();
  for (const e of forward) addAll(map, e.headword, e.senses);
  // Reverse entries go after every direct sense, the earlier-listed senses first.
  const reversed: [string, string, number][] = [];
  for (const e of backward) e.senses.forEach((w, rank) => reversed.push([w, e.headword, rank]));
  reversed.sort((a, b) => a[2] - b[2]);
  for (const [w, headword] of reversed) addAll(map, w, [headword]);
  // Rank within a headword: translations that the other dictionary translates back to it first,
  // and among those cognates (troupe/troop, soldat/soldier: news vocabulary is full of them)
  // before the rest ("bevy", "pawn"); dictionary order otherwise.
  const back = new Map<string, Set<string>>();
  for (const e of backward) back.set(e.headword, new Set([...(back.get(e.headword) ?? []), ...e.senses]));
  const said = new Map<string, Set<string>>();
  if (mutual) for (const e of forward) said.set(e.headword, new Set([...(said.get(e.headword) ?? []), ...e.senses]));
  const out: Record<string, string> = {};
  for (const key of [...map.keys()].sort()) {
    const rank = (w: string) => (back.get(w)?.has(key) ? 0 : 2) + (isCognate(key, w) ? 0 : 1);
    const all = (mutual ? map.get(key)!.filter((w) => back.get(w)?.has(key) && said.get(key)?.has(w)) : map.get(key)!).filter((w) => keep(key, w));
    const list = all
      .map((w, i) => ({ w, r: rank(w), i }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.w)
      .slice(0, MAX_TRANSLATIONS);
    if (list.length) out[key] = list.join(' ');
  }
  return out;
}


/** `own`'s translations first, then `more`'s, at most MAX_TRANSLATIONS each. */
function merge(own: Record<string, string>, more: Map<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...new Set([...Object.keys(own), ...more.keys()])].sort()) {
    const list = Object.hasOwn(own, key) ? own[key]!.split(' ') : [];
    for (const w of more.get(key) ?? []) if (list.length < MAX_TRANSLATIONS && !list.includes(w)) list.push(w);
    out[key] = list.join(' ');
  }
  return out;
}

/** English word -> words of the language it translates, the words it ranks higher first. */
function invert(translations: Map<string, string[]>): Map<string, string[]> {
  const links: [string, string, number][] = [];
  for (const [word, ens] of translations) ens.forEach((en, rank) => links.push([en, word, rank]));
  links.sort((a, b) => a[2] - b[2] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const out = new Map<string, string[]>();
  for (const [en, word] of links) out.set(en, [...(out.get(en) ?? []), word]);
  return out;
}

/** The language's words of both lists with `letters` written as their replacements (keys that then meet merged, in order). */
function respelled({ words, english }: { words: Record<string, string>; english: Record<string, string> }, letters: Record<string, string>) {
  const fix = (text: string) => text.replace(/./gu, (c) => letters[c] ?? c);
  const merged = new Map<string, string[]>();
  for (const key of Object.keys(words)) addAll(merged, fix(key), words[key]!.split(' '));
  const out: Record<string, string> = {};
  for (const key of [...merged.keys()].sort()) out[key] = merged.get(key)!.slice(0, MAX_TRANSLATIONS).join(' ');
  return { words: out, english: Object.fromEntries(Object.entries(english).map(([en, ws]) => [en, [...new Set(fix(ws).split(' '))].join(' ')])) };
}

/** A pair's word lists from FreeDict's dictionaries with English alone, made once. */
const ownMade = new Map<string, ReturnType<typeof makeOwn>>();
function makeOwn(lang: string) {
  const { code, name, mutual, commonEnglish, toEnglishOnly, fromEnglishOnly, respell } = PAIRS[lang] ?? (() => { throw new Error(`no FreeDict pair for "${lang}": one of ${Object.keys(PAIRS).join(', ')}`); })();
  const toEng = fromEnglishOnly ? { entries: [], edition: '', wikdict: false } : readDictionary(`freedict-${code}-eng`);
  const fromEng = toEnglishOnly ? { entries: [], edition: '', wikdict: false } : readDictionary(`freedict-eng-${code}`);
  const common = commonEnglish ? commonEnglishWords(readDictionary) : undefined;
  const lists = {
    words: direction(toEng.entries, fromEng.entries, mutual, (_, en) => !common || common(en)),
    english: direction(fromEng.entries, toEng.entries, mutual, (en) => !common || common(en)),
  };
  return {
    ...(respell ? respelled(lists, respell) : lists),
    wikdict: toEng.wikdict || fromEng.wikdict,
    about:
      `${name}-English word list for cross-language claim matching, built by scripts/build-lexicon.ts from FreeDict ` +
      (toEnglishOnly
        ? `${code}-eng ${toEng.edition} alone, read both ways (Debian dict-freedict-${code}-eng)`
        : fromEnglishOnly
        ? `eng-${code} ${fromEng.edition} alone, read both ways (Debian dict-freedict-eng-${code})`
        : `${code}-eng ${toEng.edition} and eng-${code} ${fromEng.edition} (Debian dict-freedict-${code}-eng, dict-freedict-eng-${code})`) +
      (commonEnglish
        ? `, on the English words of FreeDict's eng-${COMMON_ENGLISH_FROM.join(', eng-')} and the lowercase words used at least ${NEWS_MIN_COUNT} times by the CheckThat! 2020 claims (verified_claims.docs.tsv, Snopes' fact-checked claims as the CLEF CheckThat! lab published them)`
        : ''),
  };
}
function ownLists(lang: string) {
  if (!ownMade.has(lang)) ownMade.set(lang, makeOwn(lang));
  return ownMade.get(lang)!;
}

/**
 * A pivot language's lists with English: FreeDict's alone for a pair that pivots itself (pivots
 * are not chained), the written file otherwise (German: its dictionaries are half a million words).
 */
function pivotLists(pivot: string): PivotLists {
  if (PAIRS[pivot]?.pivot) return ownLists(pivot);
  const file = [OUT_DIR, 'utils/core/lexicon'].map((dir) => join(dir, `${pivot}-en.json`)).find((f) => existsSync(f))!;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
  return { words: data[pivot]!, english: data.en! };
}

const WIKDICT_LICENCE =
  'GPL-3.0-or-later. Made from FreeDict dictionaries (GPL-2.0-or-later, FreeDict contributors, https://freedict.org/; ' +
  'German: the Ding dictionary, Frank Richter and contributors) and from WikDict dictionaries (CC-BY-SA 3.0, ' +
  'https://creativecommons.org/licenses/by-sa/3.0/: WikDict by Karl Bartel, from the contributors of Wiktionary, ' +
  'https://www.wiktionary.org/, through DBnary by Gilles Sérasset). An adaptation of CC-BY-SA 3.0 material may be ' +
  "shared under CC-BY-SA 4.0 (3.0's section 4(b)), and CC-BY-SA 4.0 adaptations under GPL-3.0 (Creative Commons' " +
  'compatibility declaration, https://creativecommons.org/compatiblelicenses): this adaptation is so shared.';

function buildPair(lang: string): void {
  const { code, name, license, pivot, morePivots } = PAIRS[lang]!;
  const out = join(OUT_DIR, `${lang}-en.json`);
  let { words, english, about, wikdict } = ownLists(lang);
  let licence = wikdict ? WIKDICT_LICENCE : (license ?? 'GPL-2.0-or-later (FreeDict contributors, https://freedict.org/)');
  if (pivot) {
    const pivoted = pivotTranslations(DIR, lang, code, pivotLists, isCognate, morePivots ? { ...PIVOTS, ...MORE_PIVOTS } : PIVOTS);
    if (pivoted.sources.length) {
      words = merge(words, pivoted.translations);
      english = merge(english, invert(pivoted.translations));
      const named = (wikdict: boolean) => pivoted.sources.filter((s) => s.wikdict === wikdict).map((s) => `${s.name.replace('freedict-', '')} ${s.edition}`).join(', ');
      about +=
        `, then translations found through ${pivoted.sources.length} more dictionaries of FreeDict: WikDict's ${named(true)} ` +
        '(by WikDict, https://www.wikdict.com/, from Wiktionary through DBnary, http://kaiko.getalp.org/about-dbnary/)' +
        (named(false) ? ` and FreeDict's ${named(false)}` : '') +
        ', and the other languages\' word lists with English';
      if (pivoted.sources.some((s) => s.wikdict)) licence = WIKDICT_LICENCE;
    }
  }
  const data = {
    about: `${about}. Words lowercase with accents; translations single words, most useful first, space-separated.`,
    license: licence,
    [lang]: words,
    en: english,
  };
  const json = JSON.stringify(data) + '\n';
  writeFileSync(out, json);
  console.log(`${out}: ${Object.keys(data[lang]!).length} ${name} and ${Object.keys(data.en).length} English words, ${(json.length / 1024).toFixed(0)} KB`);
}

for (const lang of LANGS) buildPair(lang);
