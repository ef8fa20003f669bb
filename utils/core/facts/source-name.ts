import { tokens } from '@/utils/core/facts/text';
import { sourceWords } from '@/utils/core/facts/source-words';
import { definite, factsSet } from '@/utils/core/facts/facts-words';

/** Whether a phrase read before a reporting verb in an article is a source's name. */

const BAD_START = (): ReadonlySet<string> => factsSet('badStart');
const VERB_INSIDE = (): ReadonlySet<string> => factsSet('verbInside');

/**
 * The name as a source, or undefined when it is no name: a text's reporting verbs also follow phrases
 * that are not sources ("for the first time Kaplan said", "my duty as a Director was to state").
 * Trailing adverbs go ("President Obama also", "Netanyahu strongly"). A name elsewhere than in the
 * quote's own sentence (`subject` false) must be a proper name, a title or a kind of body.
 */
export function asSourceName(raw: string, subject = false): string | undefined {
  const { ADVERBS, KIND_WORDS, PRONOUNS, TITLES } = sourceWords();
  let toks = tokens(raw);
  while (toks.length > 1 && /^\p{Ll}/u.test(toks[toks.length - 1]!.text) && (ADVERBS.has(toks[toks.length - 1]!.lower) || /ly$/.test(toks[toks.length - 1]!.lower))) toks = toks.slice(0, -1);
  if (!toks.length || toks.length > 16 || /\d/.test(raw) || BAD_START().has(toks[0]!.lower) || PRONOUNS.has(toks[0]!.lower)) return undefined;
  if (toks.some((t, i) => i > 0 && VERB_INSIDE().has(t.lower))) return undefined;
  // The subject of the verb that introduces the quote may be a description ("Le centre affirme que").
  const titled = toks.some((t) => TITLES.has(t.lower) || KIND_WORDS.has(t.lower));
  const capital = toks.some((t, i) => /^\p{Lu}/u.test(t.text) && (i > 0 || !definite().has(t.lower)));
  if (toks.length === 1 && definite().has(toks[0]!.lower)) return undefined;
  // Lowercase: a short definite description ("le centre") or one with a title or a kind of body.
  const lower = /^\p{Ll}/u.test(toks[0]!.text);
  if (subject && lower && !titled && !capital && !(definite().has(toks[0]!.lower) && toks.length <= 4)) return undefined;
  if (subject) return raw.slice(0, toks[toks.length - 1]!.end + (raw[toks[toks.length - 1]!.end] === ')' ? 1 : 0)).trim();
  if (!capital && !titled) return undefined;
  return raw.slice(0, toks[toks.length - 1]!.end + (raw[toks[toks.length - 1]!.end] === ')' ? 1 : 0)).trim();
}

const COPULAS = (): ReadonlySet<string> => factsSet('copulas');

/**
 * The subject a sentence opens with, when it is a source's name and a verb follows ("La Direction
 * générale de l'aviation civile (DGAC) a demandé…", "The unions called…", "Prime Minister Giorgia
 * Meloni, who…"): what "elle" or "they" in the next sentences most often stands for. `inClause`: the
 * text is a clause inside a sentence, whose subject need not be capitalised.
 */
export function sentenceSubject(sentence: string, inClause = false): { name: string; start: number } | undefined {
  const { AUXILIARIES, BODY_WORDS, KIND_WORDS, TITLES } = sourceWords();
  const toks = tokens(sentence);
  // "An image of President Yoon…": an indefinite subject is something shown, not a source named.
  if (['a', 'an', 'un', 'une'].includes(toks[0]?.lower ?? '')) return undefined;
  for (let i = 1; i < Math.min(toks.length, 14); i++) {
    const t = toks[i]!;
    const gap = sentence.slice(toks[i - 1]!.end, t.start);
    if (/[.;:!?"«»]/.test(gap)) return undefined;
    const verb = AUXILIARIES.has(t.lower) || COPULAS().has(t.lower) || (/^\p{Ll}/u.test(t.text) && /ed$/.test(t.lower) && !gap.includes(','));
    const relative = gap.includes(',') && ['qui', 'who', 'which'].includes(t.lower);
    if (gap.includes(',') && !relative) return undefined;
    if (!verb && !relative) continue;
    // A clause's subject is lowercase when it has no proper name ("que les services de renseignement").
    const name = asSourceName(sentence.slice(toks[0]!.start, toks[i - 1]!.end + (sentence[toks[i - 1]!.end] === ')' ? 1 : 0)), inClause);
    // Any sentence opens with a capital: only a title, a kind of body or an acronym makes it a source.
    const sourceLike = name && (/\b\p{Lu}{2,}\b/u.test(name) || tokens(name).some((w) => TITLES.has(w.lower) || KIND_WORDS.has(w.lower) || BODY_WORDS.has(w.lower)));
    return name && sourceLike ? { name, start: toks[0]!.start } : undefined;
  }
  return undefined;
}
