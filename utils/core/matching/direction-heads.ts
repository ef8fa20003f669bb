/**
 * What a compass direction qualifies ("Corée du Nord", "North Korea", "eastern Russia"): the
 * analysis's `directions` (analyse-text.ts), so that only directions on the same head conflict.
 */
import type { Direction } from './cues';
import { entityKey } from './entity-key';
import type { RawToken } from './lex';

/** How far (in tokens) a direction word looks for the word it qualifies. */
export const HEAD_REACH = 3;

/**
 * Pairs each direction with the nearest content word on each side ("Corée du
 * Nord", "nord-coréens", "North Korea", "eastern Russia"), keyed by its
 * spelling-tolerant key so French and English heads meet (Corée/Korea,
 * coréens/Korean). Only directions on the same head can conflict.
 */
export function directionHeads(tokens: RawToken[], at: [number, Direction][], isStop: (w: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [i, d] of at) {
    for (const step of [-1, 1]) {
      for (let j = i + step, n = 0; n < HEAD_REACH && j >= 0 && j < tokens.length; j += step, n++) {
        const t = tokens[j];
        if (!isHead(t, isStop)) continue;
        out.add(`${d}|${directionHead(t!.lower)}`);
        break;
      }
    }
  }
  return out;
}

/** Whether a token can be the word a direction qualifies: a content word of three letters or more. */
function isHead(t: RawToken | undefined, isStop: (w: string) => boolean): boolean {
  return !!t && t.kind === 'word' && !isStop(t.lower) && t.lower.length > 2;
}

/**
 * Key of the word a direction qualifies. A final plural "s" is dropped so
 * that the French plural meets the English adjective: "nord-coréens" and
 * "North Korean" both qualify "krn", and "soldats sud-coréens" conflicts with
 * "North Korean soldiers" whichever language each side is in.
 */
function directionHead(lower: string): string {
  const singular = lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  return entityKey(singular) || singular;
}
