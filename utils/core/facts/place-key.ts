import { boundedMemo } from '@/utils/core/bounded-memo';
import { fold, tokens } from '@/utils/core/facts/text';

/**
 * Spelling-tolerant place keys, without the gazetteer's data (the card's comparison uses them).
 */

/** One word folded loosely: French and English transliterations of one name meet. Memoised:
 *  words repeat a lot across quotes and pages; bounded, for a long-running background. */
export const soundWord = boundedMemo((word) => foldSound(word), 100_000);

function foldSound(word: string): string {
  return fold(word)
    .replace(/ou/g, 'u')
    .replace(/kh/g, 'h')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** A name's gazetteer key: each word as the lexer splits it, sound-folded ("Corée du Nord" -> "coree du nord"). */
export function soundPhrase(text: string): string {
  return tokens(text)
    .map((t) => soundWord(t.text))
    .join(' ');
}

/** Comparison key of a place name: first letter and consonants of each word ("Sergeevka" = "Sergeyevka"). */
export function placeKey(name: string): string {
  return tokens(name)
    .map((t) => soundWord(t.text))
    .map((w) => w[0] + w.slice(1).replace(/[aeiouhwy]/g, ''))
    .join(' ');
}

