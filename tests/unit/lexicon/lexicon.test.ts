import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from '@/utils/core/lexicon/fr-en.json';
import { frEnLexicon, LEXICON_LANGS, lexiconBetween, translateStem, translateWord } from '@/utils/core/lexicon/lexicons';
import { createLexicon } from '@/utils/core/lexicon/lexicon';
import { languageTools } from '@/utils/core/matching/languages';

const DATA_FILE = fileURLToPath(new URL('../../../utils/core/lexicon/fr-en.json', import.meta.url));
const DICTD = '/usr/share/dictd';

describe('French-English lexicon (FreeDict)', () => {
  it('translates news words both ways, main sense first', () => {
    expect(translateWord('soldat', 'fr', 'en')[0]).toBe('soldier');
    expect(translateWord('armée', 'fr', 'en')[0]).toBe('army');
    expect(translateWord('drapeau', 'fr', 'en')).toContain('flag');
    expect(translateWord('army', 'en', 'fr')).toContain('armée');
    expect(translateWord('troop', 'en', 'fr')[0]).toBe('troupe');
    expect(translateWord('confirm', 'en', 'fr')).toContain('confirmer');
  });

  it('finds words typed without accents, in capitals, or inflected', () => {
    expect(translateWord('ARMEE', 'fr', 'en')[0]).toBe('army');
    expect(translateWord('soldats', 'fr', 'en')[0]).toBe('soldier');
    expect(translateWord('troupes', 'fr', 'en')[0]).toBe('troop');
    expect(translateWord('confirmées', 'fr', 'en')).toContain('confirm');
    expect(translateWord('soldiers', 'en', 'fr')).toEqual(['soldat']);
    expect(translateWord('denied', 'en', 'fr')).toContain('nier');
  });

  it('returns nothing for unknown words and for a language into itself', () => {
    expect(translateWord('xqzwv', 'fr', 'en')).toEqual([]);
    expect(translateWord('soldat', 'fr', 'fr')).toEqual([]);
    expect(translateWord('', 'en', 'fr')).toEqual([]);
  });

  it('maps the matcher stems of one language to the matcher stems of the other', () => {
    const fr = languageTools('fr');
    const en = languageTools('en');
    expect(translateStem(en.stem('soldiers'), 'en', 'fr')).toContain(fr.stem('soldats'));
    expect(translateStem(fr.stem('troupes'), 'fr', 'en')).toContain(en.stem('troops'));
    expect(translateStem(en.stem('flags'), 'en', 'fr')).toContain(fr.stem('drapeaux'));
  });

  it('gives back copies, so a caller cannot corrupt the shared list', () => {
    translateWord('soldat', 'fr', 'en').push('spoiled');
    expect(translateWord('soldat', 'fr', 'en')).not.toContain('spoiled');
  });

  it('merges words that differ only by accents', () => {
    const lex = createLexicon({ fr: { pécher: 'sin', pêcher: 'fish' }, en: {} });
    expect(lex.translateWord('pecher', 'fr', 'en').sort()).toEqual(['fish', 'sin']);
    expect(lex.size.fr).toBe(1);
  });

  it('knows the words of news that FreeDict’s fra-eng lacks, found through German and other languages', () => {
    expect(translateWord('élection', 'fr', 'en')).toContain('election');
    expect(translateWord('croissance', 'fr', 'en')[0]).toBe('growth');
    expect(translateWord('comprimés', 'fr', 'en')).toContain('tablet');
    expect(translateWord('assaillant', 'fr', 'en')).toContain('assailant');
    expect(translateWord('unemployment', 'en', 'fr')).toContain('chômage');
  });

  it('is over ten thousand words each way, small enough to ship, with its licences named', () => {
    expect(frEnLexicon().size.fr).toBeGreaterThan(15000);
    expect(frEnLexicon().size.en).toBeGreaterThan(12000);
    expect(statSync(DATA_FILE).size).toBeLessThan(1200 * 1024);
    expect(data.license).toMatch(/GPL-3\.0-or-later/);
    expect(data.license).toMatch(/GPL-2\.0-or-later.*CC-BY-SA 3\.0.*WikDict.*Wiktionary.*DBnary/);
  });

  // The build needs the dictionaries that scripts/build-lexicon.ts's header names installed.
  it.skipIf(!existsSync(join(DICTD, 'freedict-fra-eng.index')) || !existsSync(join(DICTD, 'freedict-fra-deu.index')))('is rebuilt identically by scripts/build-lexicon.ts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    execFileSync('npx', ['tsx', 'scripts/build-lexicon.ts', DICTD, dir, 'fr', 'es'], { stdio: 'pipe' });
    expect(readFileSync(join(dir, 'fr-en.json'), 'utf8')).toBe(readFileSync(DATA_FILE, 'utf8'));
    expect(readFileSync(join(dir, 'es-en.json'), 'utf8')).toBe(readFileSync(fileURLToPath(new URL('../../../utils/core/lexicon/es-en.json', import.meta.url)), 'utf8'));
  }, 60_000);
});

describe('Word lists between English and German, Spanish, Italian, Portuguese, Dutch (FreeDict)', () => {
  it('translates news words both ways', () => {
    expect(translateWord('estado', 'es', 'en')).toContain('state');
    expect(translateWord('elecciones', 'es', 'en')).toContain('election');
    expect(translateWord('government', 'en', 'es')).toContain('gobierno');
    expect(translateWord('guerra', 'it', 'en')).toContain('war');
    expect(translateWord('governo', 'pt', 'en')).toContain('government');
    expect(translateWord('regering', 'nl', 'en')).toContain('government');
    expect(translateWord('Soldaten', 'de', 'en')).toContain('soldiers');
    expect(translateWord('Krieg', 'de', 'en')).toContain('war');
    expect(translateWord('Regierung', 'de', 'en')).toContain('government');
  });

  it('knows Spanish, Italian and Portuguese words that FreeDict’s own lists lack, found through other languages', () => {
    expect(translateWord('alcalde', 'es', 'en')).toContain('mayor');
    expect(translateWord('crecimiento', 'es', 'en')[0]).toBe('growth');
    expect(translateWord('esperimento', 'it', 'en')).toContain('experiment');
    expect(translateWord('senado', 'pt', 'en')).toContain('senate');
  });

  it('has no list between two languages neither of which is English, nor for a language it does not ship', () => {
    expect(translateWord('soldat', 'fr', 'es')).toEqual([]);
    expect(translateWord('soldat', 'xx', 'en')).toEqual([]);
    expect(lexiconBetween('fr', 'es')).toBeUndefined();
    expect(lexiconBetween('xx', 'en')).toBeUndefined();
  });

  it('each pair names its licence and stays under 1.8 MB (German, cut from half a million headwords, 2.4 MB; the matcher reads the related-stems tables alone)', () => {
    for (const lang of LEXICON_LANGS) {
      const file = fileURLToPath(new URL(`../../../utils/core/lexicon/${lang}-en.json`, import.meta.url));
      const pair = JSON.parse(readFileSync(file, 'utf8')) as { license: string } & Record<string, object>;
      expect(pair.license, lang).toMatch(/GPL-[23]\.0-or-later/);
      expect(Object.keys(pair[lang]!).length, lang).toBeGreaterThan(3000);
      expect(statSync(file).size, lang).toBeLessThan((lang === 'de' ? 2.4 : 1.8) * 1024 * 1024);
    }
  });
});
