/**
 * Builds utils/core/lexicon/XX-en.json, the word lists between English and French, German, Spanish,
 * Italian, Portuguese and Dutch that the matcher uses to find a claim known in one language in a
 * sentence written in another, from FreeDict's dictionaries (each GPL-2.0-or-later; the dictionary's
 * own header says so) as Debian ships them for dictd:
 *
 *   sudo apt-get install -y dict-freedict-{fra,deu,spa,ita,por,nld}-eng dict-freedict-eng-{fra,deu,spa,ita,por,nld}
 *   npx tsx scripts/build-lexicon.ts [DICTD_DIR [OUT_DIR [LANG...]]]
 *   (defaults: /usr/share/dictd, utils/core/lexicon, every language below)
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
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { foldText, unifyTypography } from '@/utils/core/matching/normalise-text';

const DIR = process.argv[2] ?? '/usr/share/dictd';
/** Matcher language code -> FreeDict's, and the language's name for the file's description. */
const PAIRS: Record<string, { code: string; name: string; mutual?: boolean; commonEnglish?: boolean; license?: string }> = {
  fr: { code: 'fra', name: 'French' },
  de: { code: 'deu', name: 'German', mutual: true, commonEnglish: true, license: 'GPL-2.0-or-later (the Ding dictionary, Frank Richter and contributors, https://dict.tu-chemnitz.de/; converted by FreeDict)' },
  es: { code: 'spa', name: 'Spanish' },
  it: { code: 'ita', name: 'Italian' },
  pt: { code: 'por', name: 'Portuguese' },
  nl: { code: 'nld', name: 'Dutch' },
};
const OUT_DIR = process.argv[3] ?? 'utils/core/lexicon';
const LANGS = process.argv.length > 4 ? process.argv.slice(4) : Object.keys(PAIRS);
const MAX_TRANSLATIONS = 5;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface Entry { headword: string; senses: string[] }

/** dictd numbers: base64 digits, most significant first. */
const decodeNumber = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

const SINGLE_WORD = /^\p{L}[\p{L}'-]*\p{L}$/u;

/** One sense line ("2. abandon, forsake, desert") into its single-word translations. */
function senseWords(line: string): string[] {
  // Cross-references and notes (Ding's "Synonym: {…}", "see: {…}", "Note: …") are no senses.
  if (/^\s*(synonyms?|antonyms?|see|note|examples?):/i.test(line)) return [];
  return line
    .replace(/^\s*\d+\.\s*/, '')
    // A part-of-speech tag ends a translation ("government <n>Gov."): what follows it is another.
    .replace(/\/[^/]*\/|<[^>]*>/g, ',')
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .split(/[,;]/)
    .map((w) => unifyTypography(w.trim()).toLowerCase())
    .filter((w) => SINGLE_WORD.test(w));
}

function readDictionary(name: string): { entries: Entry[]; edition: string } {
  const index = readFileSync(join(DIR, `${name}.index`), 'utf8');
  const dict = gunzipSync(readFileSync(join(DIR, `${name}.dict.dz`)));
  const header = dict.subarray(0, 4000).toString('utf8');
  const edition = /Edition:\s*(\S+)/.exec(header)?.[1] ?? 'unknown';
  const entries: Entry[] = [];
  for (const line of index.split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length || word.startsWith('00database')) continue;
    const start = decodeNumber(offset);
    const text = dict.subarray(start, start + decodeNumber(length)).toString('utf8');
    const [first = '', ...rest] = text.split('\n');
    // First line: "abandon /abɑ̃dɔ̃/ <n, masc>": the headword, its pronunciation, its part of speech.
    const headword = unifyTypography(first.replace(/\/[^/]*\//g, ' ').replace(/<[^>]*>|\([^)]*\)/g, ' ').trim()).toLowerCase();
    if (!SINGLE_WORD.test(headword)) continue;
    entries.push({ headword, senses: rest.flatMap(senseWords) });
  }
  return { entries, edition };
}

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

/**
 * English headwords of the smaller FreeDict dictionaries (eng-fra, eng-spa...): a general
 * vocabulary, which cuts a very large dictionary's English side to the words news is made of
 * rather than its technical and rare senses.
 */
function commonEnglishWords(): Set<string> {
  const words = new Set<string>();
  for (const [, pair] of Object.entries(PAIRS)) if (!pair.commonEnglish) for (const e of readDictionary(`freedict-eng-${pair.code}`).entries) words.add(e.headword);
  return words;
}

function buildPair(lang: string): void {
  const { code, name, mutual, commonEnglish, license } = PAIRS[lang] ?? (() => { throw new Error(`no FreeDict pair for "${lang}": one of ${Object.keys(PAIRS).join(', ')}`); })();
  const out = join(OUT_DIR, `${lang}-en.json`);
  const toEng = readDictionary(`freedict-${code}-eng`);
  const fromEng = readDictionary(`freedict-eng-${code}`);
  const common = commonEnglish ? commonEnglishWords() : undefined;
  const data = {
    about:
      `${name}-English word list for cross-language claim matching, built by scripts/build-lexicon.ts from FreeDict ` +
      `${code}-eng ${toEng.edition} and eng-${code} ${fromEng.edition} (Debian dict-freedict-${code}-eng, dict-freedict-eng-${code}). ` +
      'Words lowercase with accents; translations single words, most useful first, space-separated.',
    license: license ?? 'GPL-2.0-or-later (FreeDict contributors, https://freedict.org/)',
    [lang]: direction(toEng.entries, fromEng.entries, mutual, (_, en) => !common || common.has(en)),
    en: direction(fromEng.entries, toEng.entries, mutual, (en) => !common || common.has(en)),
  };
  const json = JSON.stringify(data) + '\n';
  writeFileSync(out, json);
  console.log(`${out}: ${Object.keys(data[lang]!).length} ${name} and ${Object.keys(data.en).length} English words, ${(json.length / 1024).toFixed(0)} KB`);
}

for (const lang of LANGS) buildPair(lang);
