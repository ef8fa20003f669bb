import { describe, expect, it } from 'vitest';
import { guessLanguage, languageTools } from '@/utils/core/matching/languages';

describe('stemming and stop words', () => {
  it('conflates French inflections, including the -ent verb ending', () => {
    const fr = languageTools('fr');
    expect(fr.stem('soldats')).toBe(fr.stem('soldat'));
    expect(fr.stem('préparent')).toBe(fr.stem('préparés'));
    expect(fr.stem('entraînent')).toBe(fr.stem('entraînaient'));
    // Stems come out without accents, so they compare with folded text.
    expect(fr.stem('déployés')).not.toMatch(/[éè]/);
  });

  it('conflates English inflections', () => {
    const en = languageTools('en-GB');
    expect(en.stem('soldiers')).toBe(en.stem('soldier'));
    expect(en.stem('training')).toBe(en.stem('trained'));
  });

  it('uses stop lists, and a prefix stem for languages without a stemmer', () => {
    expect(languageTools('fr').isStopWord('les')).toBe(true);
    expect(languageTools('fr').isStopWord('soldats')).toBe(false);
    expect(languageTools('en').isStopWord('the')).toBe(true);
    const pl = languageTools('pl');
    expect(pl.stem('żołnierzy')).toBe(pl.stem('żołnierze'));
    expect(pl.isStopWord('oraz')).toBe(true);
  });

  it('guesses the language of a text from its stop words', () => {
    expect(guessLanguage('Le président a déclaré que les soldats étaient arrivés.')).toBe('fr');
    expect(guessLanguage('The president said that the soldiers had arrived.')).toBe('en');
    expect(guessLanguage('El presidente dijo que los soldados habían llegado.')).toBe('es');
  });
});
