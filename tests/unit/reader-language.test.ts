import { describe, expect, it } from 'vitest';
import { statementIn, statementLang } from '@/utils/core/reader-language';

describe('a statement in the reader\'s language', () => {
  const both = { fr: 'Le chômage a baissé', en: 'Unemployment fell' };

  it('shows the reader\'s language, also from a regional tag', () => {
    expect(statementIn(both, 'fr')).toBe('Le chômage a baissé');
    expect(statementIn(both, 'fr-CA')).toBe('Le chômage a baissé');
    expect(statementLang(both, 'fr-CA')).toBe('fr');
  });

  it('falls back to English, then to the first language there is', () => {
    expect(statementIn({ de: 'Die Arbeitslosigkeit sank', ...both }, 'es')).toBe('Unemployment fell');
    expect(statementIn({ de: 'Die Arbeitslosigkeit sank' }, 'fr')).toBe('Die Arbeitslosigkeit sank');
    expect(statementLang({ de: 'Die Arbeitslosigkeit sank' }, 'fr')).toBe('de');
  });

  it('gives the stand-in when there is no text at all', () => {
    expect(statementIn({}, 'fr')).toBe('');
    expect(statementIn({}, 'fr', 'claim-7')).toBe('claim-7');
    expect(statementLang({}, 'fr')).toBeUndefined();
  });
});
