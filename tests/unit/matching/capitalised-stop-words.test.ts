/**
 * Stop lists spell some nouns and names like a function word: Spanish "estado" is "been" there, and
 * "un Estado palestino" is a state. In a language that writes its titles in sentence case, a capital
 * inside a sentence makes the word a word again (analyse-text.ts capitalisedInside).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { CLAIMS } from './netanyahu-claims';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { highlightedClaims } from './highlighted-claims';

const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
const words = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => !w.stop).map((w) => w.surface);

describe('stop words written with a capital inside a sentence', () => {
  it('highlights a Spanish sentence whose "Estado" is the claim’s state', () => {
    const text = 'Netanyahu prometió que no habrá un Estado palestino independiente mientras él sea primer ministro.';
    expect(highlighted(text, 'es')).toEqual(['no-state']);
  });

  it('leaves the verb a stop word, and a capital that starts a sentence', () => {
    expect(words('Twitter ha estado trabajando en ello.', 'es')).not.toContain('estado');
    expect(words('Lo dijo ayer. Estaba en Madrid.', 'es')).not.toContain('Estaba');
  });
});
