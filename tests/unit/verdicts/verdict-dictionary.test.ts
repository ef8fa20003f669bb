import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '@/scripts/lib/node-language-data';
import { readEntries, verdictForms, verdictWords } from '@/scripts/lib/verdict-dictionary';
import { ratingToStatus } from '@/utils/core/verdicts/read-verdict';
import { writeDictionary } from '../dictd-files';

/** What scripts/build-verdict-words.ts takes from the bilingual dictionaries, on small dictionaries written here. */
function words(toLang: string[], fromLang: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dictd-'));
  writeDictionary(dir, 'freedict-eng-xx', toLang);
  writeDictionary(dir, 'freedict-xx-eng', fromLang);
  return verdictWords(readEntries(dir, 'freedict-eng-xx'), readEntries(dir, 'freedict-xx-eng'));
}

const BIG = Array.from({ length: 5000 }, (_, i) => `filler${i} <n>\nthing`);

describe('verdict words from bilingual dictionaries (scripts/lib/verdict-dictionary.ts)', () => {
  it('takes a word both directions agree on, or one whose own entry is first the English verdict', () => {
    const found = words(['false /fɔːls/ <adj>\n1. falsk\n2. sned', 'misleading <adj>\nvilsen'], [...BIG, 'falsk <adj>\nfalse', 'sned <adj>\noblique', 'vilsen <adj>\nlost, misleading', 'usann <adj>\nuntrue']);
    expect(found.false).toEqual(['falsk', 'usann']);
    expect(found.misleading).toEqual(['vilsen']);
  });

  it('takes a later sense when it starts with the verdict, as Finnish "väärä" (first "curved", then "wrong")', () => {
    const found = words([], ['väärä <adj>\n1. curved\n2. wrong\n3. false, incorrect', 'kaareva <adj>\n1. curved\n2. bent, wrong']);
    expect(found.false).toEqual(['väärä']);
  });

  it('takes no verb, and a word of two parts of speech only in the one its verdict has', () => {
    const found = words(['correct <adj>\n1. korrekt\n2. korrigera', 'lie <n>\nlögn', 'lie <v>\nligga'], [...BIG, 'korrigera <v>\ncorrect', 'korrekt <adj>\ncorrect', 'lögn <n>\nlie', 'ligga <v>\nlie']);
    expect(found.confirmed).toEqual(['korrekt']);
    expect(found.false).toEqual(['lögn']);
  });

  it('leaves out a word that two verdicts share, and short words that other languages use', () => {
    const found = words([], [...BIG, 'fałszywy <adj>\nfalse, misleading', 'mis <adj>\nwrong', 'nie <adv>\nnot']);
    expect(found.false).toBeUndefined();
    expect(found.misleading).toBeUndefined();
    expect(found.not).toEqual(['nie']);
  });

  it('takes a qualifier of two words, but no verdict of two', () => {
    const found = words([], [...BIG, 'zum Teil <adv>\npartly', 'nicht wahr <adj>\nuntrue']);
    expect(found.partly).toEqual(['zum teil']);
    expect(found.false).toBeUndefined();
  });

  it('where the dictionary from the language is small, takes the English verdict\'s first translation', () => {
    const found = words(['false <adj>\n1. nepravdivý, falešný\n2. umělý', 'partly <adv>\nzčásti'], ['pravda <n>\ntruth']);
    expect(found.false).toEqual(['nepravdivý']);
    expect(found.partly).toEqual(['zčásti']);
    expect(found.confirmed).toEqual(['pravda']);
  });

  it('gives a verdict adjective the forms a label agrees in', () => {
    expect(verdictForms('netočan', 'hrv')).toEqual(['netočan', 'netočno', 'netočna']);
    expect(verdictForms('παραπλανητικός', 'ell')).toContain('παραπλανητικό');
    expect(verdictForms('usand', 'dan')).toEqual(['usand', 'usandt']);
    expect(verdictForms('osann', 'swe')).toEqual(['osann', 'osant']);
    expect(verdictForms('nepravdivý', 'ces')).toContain('nepravdivé');
    expect(verdictForms('falso', 'ita')).toEqual(['falso']);
  });
});

describe('labels no published table lists, read through the shipped dictionary words (utils/core/verdicts/dictionary-verdicts.json)', () => {
  // Each written here from the dictionaries' words, in the form a scale would use; none is in
  // vocabulary-latin.ts or vocabulary-scripts.ts.
  const cases: [string, string][] = [
    ['Väärä', 'false'],
    ['Netočno', 'false'],
    ['Usandt', 'false'],
    ['Nieprawdziwe', 'false'],
    ['Παραπλανητικό', 'misleading'],
    ['Zavádějící', 'misleading'],
    ['Djelomično točno', 'partly-true'],
    ['Delvis sant', 'partly-true'],
    ['Nedoložené', 'unverified'],
  ];
  it.each(cases)('%s is %s', (label, status) => {
    expect(ratingToStatus({ labels: [label] })).toEqual({ status, via: 'label' });
  });

  it('still reads no verdict in a word that is one only in another language ("Mis- leading" is no Dutch "mis", wrong)', () => {
    expect(ratingToStatus({ labels: ['Mis- leading'] }).status).not.toBe('false');
  });
});
