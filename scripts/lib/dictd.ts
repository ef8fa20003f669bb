/**
 * Reads a dictionary as Debian ships it for dictd (NAME.index and NAME.dict.dz): FreeDict's own
 * dictionaries, and FreeDict's WikDict dictionaries made from Wiktionary, whose entries alternate
 * a line of translations ("1. Wahl, Erwählung") and a line defining the sense in the headword's
 * language ("Fait ou action de croître"), which is no translation. Used by scripts/build-lexicon.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unifyTypography } from '@/utils/core/matching/normalise-text';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface Entry { headword: string; senses: string[] }

/** dictd numbers: base64 digits, most significant first. */
const decodeNumber = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

export const SINGLE_WORD = /^\p{L}[\p{L}'-]*\p{L}$/u;

/**
 * The Ding dictionary's (FreeDict's German) stand-ins for a verb's object: "arrest sb.", "jdn.
 * verhaften", "etw. ermitteln". Without them a verb is the one word it translates to.
 */
const OBJECT_STAND_INS = /(^|\s)(?:sb|sth|jdn|jdm|jds|etw)\.(?:\/(?:sb|sth|jdn|jdm|jds|etw)\.)*(?=\s|$)/g;
const withoutStandIns = (text: string) => text.replace(OBJECT_STAND_INS, ' ').trim();

/** A sense line's translations as written, each cleaned: cross-references and notes (Ding's "Synonym: {…}", "see: {…}", "Note: …") give none. */
function senseItems(line: string): string[] {
  if (/^\s*(synonyms?|antonyms?|see|note|examples?):/i.test(line)) return [];
  return line
    .replace(/^\s*\d+\.\s*/, '')
    // A sense's number may end the line before it ("1. ien, ois 2."): it is no word.
    .replace(/\s\d+\.\s*$/, '')
    // A part-of-speech tag ends a translation ("government <n>Gov."): what follows it is another.
    .replace(/\/[^/]*\/|<[^>]*>/g, ',')
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .split(/[,;]/)
    .map((w) => unifyTypography(withoutStandIns(w)));
}

/** One sense line ("2. abandon, forsake, desert") into its single-word translations. */
export function senseWords(line: string): string[] {
  return senseItems(line)
    .map((w) => w.toLowerCase())
    .filter((w) => SINGLE_WORD.test(w));
}

/**
 * A WikDict entry's translation lines: its first line when its senses are not numbered, else the
 * numbered ones; the lines after each are the sense's definition.
 */
function wikdictSenseLines(lines: string[]): string[] {
  const numbered = lines.filter((l) => /^\d+\.\s/.test(l));
  return numbered.length ? numbered : lines.slice(0, 1);
}

/** A dictionary's entries as written: each headword with its case, its first line as it is, its translation lines, and (WikDict's) the lines defining each sense. */
export function readWrittenEntries(dir: string, name: string): { entries: { written: string; first: string; lines: string[]; definitions: string[] }[]; edition: string; wikdict: boolean } {
  const index = readFileSync(join(dir, `${name}.index`), 'utf8');
  const dict = gunzipSync(readFileSync(join(dir, `${name}.dict.dz`)));
  const header = dict.subarray(0, 4000).toString('utf8');
  const edition = /Edition:\s*(\S+)/.exec(header)?.[1] ?? 'unknown';
  const wikdict = /WikDict/.test(header);
  const entries: { written: string; first: string; lines: string[]; definitions: string[] }[] = [];
  for (const line of index.split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length || word.startsWith('00database')) continue;
    const start = decodeNumber(offset);
    const text = dict.subarray(start, start + decodeNumber(length)).toString('utf8');
    const [first = '', ...rest] = text.split('\n');
    // First line: "abandon /abɑ̃dɔ̃/ <n, masc>": the headword, its pronunciation, its part of speech.
    const written = unifyTypography(withoutStandIns(first.replace(/\/[^/]*\//g, ' ').replace(/<[^>]*>|\([^)]*\)/g, ' ')));
    const lines = wikdict ? wikdictSenseLines(rest) : rest;
    entries.push({ written, first, lines, definitions: wikdict ? rest.filter((l) => !lines.includes(l)) : [] });
  }
  return { entries, edition, wikdict };
}

/** A dictionary's entries; a WikDict dictionary's (its header names WikDict) without their definitions. */
export function readDictionary(dir: string, name: string): { entries: Entry[]; edition: string; wikdict: boolean } {
  const { entries: written, edition, wikdict } = readWrittenEntries(dir, name);
  const entries: Entry[] = [];
  for (const { written: w, lines } of written) {
    const headword = w.toLowerCase();
    if (!SINGLE_WORD.test(headword)) continue;
    entries.push({ headword, senses: lines.flatMap(senseWords) });
  }
  return { entries, edition, wikdict };
}

/** A name of up to four words as a dictionary writes a place ("Morze Czarne", "mer du Nord", "Ženeva"). */
const PLACE_NAME = /^\p{L}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,3}$/u;

/** One sense line's translations that may be names: as `senseWords` reads them, but with their case, and of up to four words. */
export function senseNames(line: string): string[] {
  if (/^\s*see also:/i.test(line)) return [];
  return senseItems(line)
    .map((w) => w.replace(/\.$/, '').replace(/\s+/g, ' ').trim())
    .filter((w) => PLACE_NAME.test(w));
}
