import { tokens } from '@/utils/core/facts/text';
import { ADVERBS, KINDS, TITLES } from '@/utils/core/facts/source-words';

/** Whether a phrase read before a reporting verb in an article is a source's name. */

const DEFINITE = new Set(['le', 'la', 'l', 'les', 'the']);
const BAD_START = new Set(['for', 'my', 'our', 'his', 'her', 'their', 'its', 'those', 'these', 'this', 'that', 'it', 'ces', 'ce', 'cet', 'cette', 'mon', 'ma', 'mes', 'ses', 'son', 'sa', 'leur', 'pour', 'en', 'in', 'on', 'at', 'as', 'if', 'si', 'when']);
const VERB_INSIDE = new Set(['ont', 'has', 'have', 'had', 'avait', 'was', 'were', 'is', 'est', 'sont', 'are', 'will', 'would', 'could']);
const KIND_WORDS = new Set(KINDS.flatMap(([, w]) => w).filter((w) => !w.includes(' ')));

/**
 * The name as a source, or undefined when it is no name: a text's reporting verbs also follow phrases
 * that are not sources ("for the first time Kaplan said", "my duty as a Director was to state").
 * Trailing adverbs go ("President Obama also", "Netanyahu strongly"). A name elsewhere than in the
 * quote's own sentence (`subject` false) must be a proper name, a title or a kind of body.
 */
export function asSourceName(raw: string, subject = false): string | undefined {
  let toks = tokens(raw);
  while (toks.length > 1 && /^\p{Ll}/u.test(toks[toks.length - 1]!.text) && (ADVERBS.has(toks[toks.length - 1]!.lower) || /ly$/.test(toks[toks.length - 1]!.lower))) toks = toks.slice(0, -1);
  if (!toks.length || toks.length > 16 || /\d/.test(raw) || BAD_START.has(toks[0]!.lower)) return undefined;
  if (toks.some((t, i) => i > 0 && VERB_INSIDE.has(t.lower))) return undefined;
  // The subject of the verb that introduces the quote may be a description ("Le centre affirme que").
  const titled = toks.some((t) => TITLES.has(t.lower) || KIND_WORDS.has(t.lower));
  const capital = toks.some((t, i) => /^\p{Lu}/u.test(t.text) && (i > 0 || !DEFINITE.has(t.lower)));
  if (toks.length === 1 && DEFINITE.has(toks[0]!.lower)) return undefined;
  // Lowercase: a short definite description ("le centre") or one with a title or a kind of body.
  const lower = /^\p{Ll}/u.test(toks[0]!.text);
  if (subject && lower && !titled && !capital && !(DEFINITE.has(toks[0]!.lower) && toks.length <= 4)) return undefined;
  if (subject) return raw.slice(0, toks[toks.length - 1]!.end + (raw[toks[toks.length - 1]!.end] === ')' ? 1 : 0)).trim();
  if (!capital && !titled) return undefined;
  return raw.slice(0, toks[toks.length - 1]!.end + (raw[toks[toks.length - 1]!.end] === ')' ? 1 : 0)).trim();
}
