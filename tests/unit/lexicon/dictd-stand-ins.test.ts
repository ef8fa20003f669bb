/**
 * FreeDict's German dictionary (Ding) writes a verb with a stand-in for its object: "verhaften" is
 * "arrest sb.", "jdn. festnehmen" an English headword's translation. Read as two words, such senses
 * were left out of the word list (scripts/lib/dictd.ts keeps single words), and with them most of
 * German's transitive verbs: "verhaften" and "festnehmen" had no English word at all.
 */
import { describe, expect, it } from 'vitest';
import { senseWords } from '@/scripts/lib/dictd';
import { translateWord } from '@/utils/core/lexicon/lexicons';

describe('a verb’s object stand-ins in the German dictionary', () => {
  it('reads "arrest sb." and "jdn. festnehmen" as the verb alone', () => {
    expect(senseWords('arrest sb. <v>')).toEqual(['arrest']);
    expect(senseWords('1. jdn. festnehmen, etw. beschlagnahmen')).toEqual(['festnehmen', 'beschlagnahmen']);
    expect(senseWords('to miss sb./sth.')).toEqual([]);
    expect(senseWords('take sth. away')).toEqual([]);
  });

  it('translates the German verbs the dictionary writes so', () => {
    expect(translateWord('verhaften', 'de', 'en')).toContain('arrest');
    expect(translateWord('festnehmen', 'de', 'en')).toContain('arrest');
  });
});
