import { describe, expect, it } from 'vitest';
import snowball from 'snowball-stemmers';
import { languageFiles, stemmerFile, stopWordLists } from '@/scripts/lib/language-assets';
import { nodeLanguageData } from '@/scripts/lib/node-language-data';
import { ensureLanguages, GUESSABLE, setLanguageDataSource, SNOWBALL_ALGORITHMS, type LanguageDataSource } from '@/utils/core/language/language-data';
import isoLists from 'stopwords-iso/stopwords-iso.json';
import { languageTools } from '@/utils/core/matching/languages';
import { gazetteerData } from '@/utils/core/facts/gazetteer-source';

const SUFFIXES = ['', 's', 'es', 'ing', 'ed', 'ation', 'ment', 'ements', 'en', 'er', 'ung', 'ler', 'ova', 'ами', 'ului'];

describe('per-language data files', () => {
  it('stem every word as snowball-stemmers does, one algorithm per file', () => {
    // Stop words of every list, a sample, with endings that the algorithms strip.
    const lists = stopWordLists();
    for (const algorithm of SNOWBALL_ALGORITHMS) {
      const split = nodeLanguageData.sync.stemmer(algorithm);
      const whole = snowball.newStemmer(algorithm);
      const words = Object.values(lists).flat().filter((_, i) => i % 100 === 0).flatMap((w) => SUFFIXES.map((s) => w + s));
      const differ = words.filter((w) => split.stem(w) !== whole.stem(w));
      expect(differ, algorithm).toEqual([]);
    }
  }, 30_000);

  it('write one stemmer per algorithm, every stop list, the guesser\'s lists and the gazetteer in both forms', () => {
    const files = new Map(languageFiles().map((f) => [f.relativeDest, f.contents]));
    for (const algorithm of SNOWBALL_ALGORITHMS) expect(files.get(stemmerFile(algorithm))?.length).toBeGreaterThan(1000);
    expect(JSON.parse(files.get('language/stop-fr.json')!)).toContain('les');
    expect(JSON.parse(files.get('language/stop-index.json')!)).toContain('pl');
    // The guesser's words are stopwords-iso's, apart from the matcher's Snowball lists.
    for (const lang of GUESSABLE) expect(JSON.parse(files.get(`language/guess-${lang}.json`)!), lang).toEqual(isoLists[lang as keyof typeof isoLists]);
    expect(JSON.parse(files.get('language/stop-en.json')!)).not.toContain('year');
    expect(JSON.parse(files.get('words/gazetteer.json')!).countries.length).toBe(gazetteerData().countries.length);
    expect(files.get('words/gazetteer.js')!.startsWith('globalThis.recoupeGazetteer = {')).toBe(true);
  });

  it('put every stemmer before every other script in URL order, the order Chromium sends them to a restarted worker', () => {
    // extension-files.ts: a stemmer imported after a restart waits for every cached script sent before it.
    const scripts = languageFiles().map((f) => f.relativeDest).filter((path) => path.endsWith('.js'));
    const stemmers = SNOWBALL_ALGORITHMS.map(stemmerFile);
    const others = scripts.filter((path) => !stemmers.includes(path));
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((path) => stemmers.some((stemmer) => path < stemmer))).toEqual([]);
  });
});

describe('loading a language when first needed', () => {
  it('refuses to analyse before the load, as the extension (no synchronous source) does, and loads only what is asked', async () => {
    const asked: string[] = [];
    const asyncOnly: LanguageDataSource = {
      stemmer: async (algorithm) => (asked.push(algorithm), nodeLanguageData.stemmer(algorithm)),
      stopWords: async (lang) => nodeLanguageData.stopWords(lang),
      guessWords: async (lang) => nodeLanguageData.guessWords(lang),
    };
    setLanguageDataSource(asyncOnly);
    try {
      // Swedish is not among the guessable languages: nothing has loaded it in this worker.
      expect(() => languageTools('sv').stem('flickorna')).toThrow(/before it is loaded/);
      await ensureLanguages(['sv-SE']);
      expect(asked).toEqual(['swedish']);
      expect(languageTools('sv').stem('flickorna')).toBe(snowball.newStemmer('swedish').stem('flickorna'));
      expect(languageTools('sv').isStopWord('och')).toBe(true);
      // A text of unknown language is guessed among the guessable ones: their stemmers load.
      await ensureLanguages([undefined]);
      expect(asked).toEqual(expect.arrayContaining(['swedish', 'french', 'english', 'german']));
    } finally {
      setLanguageDataSource(nodeLanguageData);
    }
  });
});
