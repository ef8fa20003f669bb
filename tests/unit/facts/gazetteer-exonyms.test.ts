import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '@/scripts/lib/node-language-data';
import { exonyms, type EnglishPlace } from '@/scripts/lib/gazetteer-exonyms';
import { writeDictionary } from '../dictd-files';

/** What scripts/build-gazetteer.ts takes from the bilingual dictionaries, on small dictionaries written here. */

const places: EnglishPlace[] = [
  { name: 'Black Sea', english: ['Black Sea'] },
  { name: 'North Sea', english: ['North Sea'] },
  { name: 'Baltic Sea', english: ['Baltic Sea'] },
  { name: 'Painted Desert', english: ['Painted Desert'] },
  { name: 'Genève', country: 'CH', english: ['Genève'] },
  { name: 'Frederick', country: 'US', english: ['Frederick'] },
];

function build() {
  const dir = mkdtempSync(join(tmpdir(), 'dictd-'));
  writeDictionary(dir, 'freedict-eng-fra', ['Black Sea /blæk siː/\nmer Noire', 'North Sea\nmer du Nord', 'Geneva /dʒəˈniːvə/\nGenève']);
  writeDictionary(dir, 'freedict-eng-hrv', ['Black Sea\nCrno more', 'North Sea\nSjeverno more', 'Baltic Sea\nBaltičko more']);
  writeDictionary(dir, 'freedict-eng-ces', ['Painted Desert\noblast v Arizoně', 'Black Sea\nČerné moře']);
  writeDictionary(dir, 'freedict-eng-nld', ['Geneva\nGenève']);
  writeDictionary(dir, 'freedict-eng-ita', ['Geneva\nGinevra', 'Frederick\nFederico']);
  writeDictionary(dir, 'freedict-eng-dan', ['Geneva\nGenève']);
  writeDictionary(dir, 'freedict-dan-eng', ['Østersøen /ˈʔœstʔʌsˌʔœən/ <n>\nBaltic Sea']);
  writeDictionary(dir, 'freedict-eng-fin', ['Frederick //ˈfɹɛd(ə)ɹɪk// <pn>\nVeeti\nmale given name'], 'WikDict test dictionary\n');
  const out = exonyms(places, new Set(['black sea', 'north sea', 'baltic sea', 'geneve']), () => new Set(), new Set(), dir);
  return (name: string) => out.find((p) => p.name === name)?.names ?? {};
}

describe('places under the names the dictionaries give them', () => {
  const of = build();

  it('takes a translation written as the name, both ways', () => {
    expect(of('Black Sea').fr).toEqual(['mer Noire']);
    expect(of('North Sea').fr).toEqual(['mer du Nord']);
    expect(of('Baltic Sea').da).toEqual(['Østersøen']);
    expect(of('Genève').it).toEqual(['Ginevra']);
  });

  it('takes a word for the kind in lower case only where the language writes three names so', () => {
    expect(of('Black Sea').hr).toEqual(['Crno more']);
    expect(of('Baltic Sea').hr).toEqual(['Baltičko more']);
    // One name of the Czech file has "moře": not enough to tell it from a description.
    expect(of('Black Sea').cs).toBeUndefined();
    expect(of('Painted Desert').cs).toBeUndefined();
  });

  it('takes the English name of a city that three languages translate as its own', () => {
    expect(of('Genève').en).toEqual(['Geneva']);
  });

  it('takes nothing for a name that is a person’s too', () => {
    expect(of('Frederick')).toEqual({});
  });
});
