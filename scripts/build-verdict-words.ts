/**
 * Builds utils/core/verdicts/dictionary-verdicts.json: the words of each verdict ("false", "misleading",
 * "unproven"…) and of its qualifiers ("partly", "mostly", "not") in the languages of FreeDict's
 * bilingual dictionaries, as Debian ships them (scripts/lib/verdict-dictionary.ts says which words are
 * taken). The published-label tables (vocabulary-latin.ts, vocabulary-scripts.ts) read first; these
 * words read a label that no table lists ("Väärä", "Djelomično točno", "Παραπλανητικό").
 *
 * Needs the dictionaries (root):
 *   apt-get install dict-freedict-eng-{fin,swe,dan,nld,ell,hrv,srp,ces,lit,pol,por,spa,ita,deu,fra,rus,tur,bul,ind,nor,afr,swh,ara,hin,jpn} \
 *     dict-freedict-{fra,deu,spa,ita,por,nld,swe,dan,fin,tur,ces,ell,pol,ara,hrv,slk,slv,lit,srp,isl}-eng
 * then `npx tsx scripts/build-verdict-words.ts`. Hungarian is left out: its dictionary is GPL-2.0 only.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { addTo, readEntries, verdictForms, verdictWords } from './lib/verdict-dictionary';
import { LATIN_VERDICTS } from '@/utils/core/verdicts/vocabulary-latin';
import { SCRIPT_VERDICTS } from '@/utils/core/verdicts/vocabulary-scripts';
import { VERDICT_QUALIFIERS } from '@/utils/core/verdicts/verdict-qualifiers';
import { verdictKey } from '@/utils/core/verdicts/verdict-key';
import { STATUSES, type Status } from '@/utils/core/statuses';
import type { DictionaryVerdicts } from '@/utils/core/verdicts/vocabulary-types';

const DIR = '/usr/share/dictd';
const OUT = 'utils/core/verdicts/dictionary-verdicts.json';
/** FreeDict's language codes, with a dictionary to or from English (or both). */
const LANGS = ['afr', 'ara', 'bul', 'ces', 'dan', 'deu', 'ell', 'fin', 'fra', 'hin', 'hrv', 'ind', 'isl', 'ita', 'lit', 'nld', 'nor', 'pol', 'por', 'rus', 'slk', 'slv', 'spa', 'srp', 'swe', 'tur'];
const QUALIFIERS = ['partly', 'mostly', 'not'] as const;

const read = (name: string) => (existsSync(`${DIR}/${name}.index`) ? readEntries(DIR, name) : []);

/** The status each published label gives its key: a word these tables give another status is left out. */
const handStatus = new Map<string, Status>();
for (const table of [LATIN_VERDICTS, SCRIPT_VERDICTS]) for (const status of STATUSES) for (const label of table[status] ?? []) handStatus.set(verdictKey(label), status);
const handQualifier = new Map<string, string>();
for (const q of QUALIFIERS) for (const w of VERDICT_QUALIFIERS[q].split(',')) handQualifier.set(verdictKey(w), q);

/** Per word key, what every language gives it: a word two languages read otherwise is left out too. */
const found = new Map<string, Set<string>>();
const editions: string[] = [];
for (const lang of LANGS) {
  const words = verdictWords(read(`freedict-eng-${lang}`), read(`freedict-${lang}-eng`));
  const n = Object.values(words).reduce((s, w) => s + w.length, 0);
  if (n) editions.push(`${lang} ${n}`);
  for (const [concept, list] of Object.entries(words)) {
    // A qualifier is an adverb or a particle: only verdicts agree with a noun.
    for (const w of (QUALIFIERS as readonly string[]).includes(concept) ? list : list.flatMap((v) => verdictForms(v, lang))) {
      addTo(found, verdictKey(w), concept);
    }
  }
}
const out: DictionaryVerdicts = { table: {}, partly: [], mostly: [], not: [] };
let dropped = 0;
for (const [key, concepts] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const concept = [...concepts][0]!;
  const hand = handStatus.get(key) ?? handQualifier.get(key);
  if (concepts.size !== 1 || (hand !== undefined && hand !== concept)) {
    dropped++;
    continue;
  }
  if (hand !== undefined) continue;
  if ((QUALIFIERS as readonly string[]).includes(concept)) out[concept as (typeof QUALIFIERS)[number]].push(key);
  else (out.table[concept as Status] ??= []).push(key);
}
writeFileSync(OUT, JSON.stringify(out) + '\n');
const total = Object.values(out.table).reduce((s, w) => s + w.length, 0);
console.log(`${OUT}: ${total} verdict words, ${out.partly.length + out.mostly.length + out.not.length} qualifiers (${dropped} left out: two readings); by language: ${editions.join(', ')}`);
