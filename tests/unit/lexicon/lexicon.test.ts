import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from '@/utils/core/lexicon/fr-en.json';
import { frEnLexicon, translateStem, translateWord } from '@/utils/core/lexicon/fr-en';
import { createLexicon } from '@/utils/core/lexicon/lexicon';
import { languageTools } from '@/utils/core/matching/languages';

const DATA_FILE = fileURLToPath(new URL('../../../utils/core/lexicon/fr-en.json', import.meta.url));
const DICTD = '/usr/share/dictd';

describe('French-English lexicon (FreeDict)', () => {
  it('translates news words both ways, main sense first', () => {
    expect(translateWord('soldat', 'fr', 'en')[0]).toBe('soldier');
    expect(translateWord('armée', 'fr', 'en')).toEqual(['army']);
    expect(translateWord('drapeau', 'fr', 'en')).toContain('flag');
    expect(translateWord('army', 'en', 'fr')).toContain('armée');
    expect(translateWord('troop', 'en', 'fr')[0]).toBe('troupe');
    expect(translateWord('confirm', 'en', 'fr')).toContain('confirmer');
  });

  it('finds words typed without accents, in capitals, or inflected', () => {
    expect(translateWord('ARMEE', 'fr', 'en')).toEqual(['army']);
    expect(translateWord('soldats', 'fr', 'en')[0]).toBe('soldier');
    expect(translateWord('troupes', 'fr', 'en')[0]).toBe('troop');
    expect(translateWord('envoyés', 'fr', 'en')).toContain('send');
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

  it('is a few thousand words each way, small enough to ship, with its licence named', () => {
    expect(frEnLexicon().size.fr).toBeGreaterThan(6000);
    expect(frEnLexicon().size.en).toBeGreaterThan(6000);
    expect(statSync(DATA_FILE).size).toBeLessThan(450 * 1024);
    expect(data.license).toMatch(/GPL-2\.0-or-later/);
  });

  // The build needs Debian's dict-freedict-fra-eng and dict-freedict-eng-fra installed.
  it.skipIf(!existsSync(join(DICTD, 'freedict-fra-eng.index')))('is rebuilt identically by scripts/build-lexicon.ts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'fr-en.json');
    execFileSync('npx', ['tsx', 'scripts/build-lexicon.ts', DICTD, out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(DATA_FILE, 'utf8'));
  }, 60_000);
});
