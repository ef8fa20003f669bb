import type { RawToken } from '@/utils/core/matching/lex';
import { sourceWords } from '@/utils/core/facts/source-words';
import { factsSet } from '@/utils/core/facts/facts-words';

/**
 * Where a sentence says that someone not named in it speaks: "Il a déclaré", "a-t-il ajouté",
 * "précise-t-elle", "selon lui", "he said", "said she", "according to them". The article named that
 * someone earlier; utils/core/facts/context-sources.ts finds who.
 */

export type GrammaticalNumber = 'singular' | 'plural';

export interface SpeakerCue {
  /** Token range of the cue (pronoun and verb). */
  from: number;
  to: number;
  number: GrammaticalNumber;
  /** "he/she/il/elle" usually stand for a person or a body; English "he/she" only for a person. */
  person: boolean;
}

const PRONOUN_NUMBER: Record<string, GrammaticalNumber> = { il: 'singular', elle: 'singular', ils: 'plural', elles: 'plural', he: 'singular', she: 'singular', they: 'plural', it: 'singular' };
const OBJECT_PRONOUNS: Record<string, GrammaticalNumber> = { lui: 'singular', elle: 'singular', eux: 'plural', elles: 'plural', him: 'singular', her: 'singular', them: 'plural' };
let invertedPresent: ReadonlySet<string> | undefined;
/**
 * Present-tense verbs inverted with their pronoun ("ajoute-t-il", "poursuit-elle", "disent-ils"): the word set
 * `invertedPresent` and SPEECH_FR_PRESENT, made on first use as the reporting verbs are (source-words.ts).
 */
const invertedVerbs = (): ReadonlySet<string> => (invertedPresent ??= new Set([...sourceWords().SPEECH_FR_PRESENT, ...factsSet('invertedPresent')]));
const cue = (from: number, to: number, pronoun: string, number?: GrammaticalNumber): SpeakerCue => ({
  from,
  to,
  number: number ?? PRONOUN_NUMBER[pronoun] ?? 'singular',
  person: pronoun === 'he' || pronoun === 'she' || pronoun === 'him' || pronoun === 'her',
});

/** The reporting verb after an auxiliary at i ("a", "a déjà", "n'a pas"): its index, or -1. */
function participleAfter(toks: RawToken[], i: number): number {
  const { ADVERBS, SPEECH_EN, SPEECH_FR } = sourceWords();
  let j = i;
  while (toks[j] && ADVERBS.has(toks[j]!.lower)) j++;
  return toks[j] && (SPEECH_FR.has(toks[j]!.lower) || SPEECH_EN.has(toks[j]!.lower)) ? j : -1;
}

/** Every cue in the tokens, in order. Tokens are folded (`lower`: lowercase, no accents). */
export function speakerCues(toks: RawToken[], text: string): SpeakerCue[] {
  const { AUXILIARIES, SPEECH_EN, SPEECH_FR_PRESENT } = sourceWords();
  const inverted = invertedVerbs();
  const out: SpeakerCue[] = [];
  // "dit-il": the verb and its pronoun are joined by a hyphen ("a dit il y a" is no cue).
  const hyphen = (k: number) => /^\s*-\s*$/.test(text.slice(toks[k]!.end, toks[k + 1]?.start ?? toks[k]!.end));
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.lower;
    const next = toks[i + 1]?.lower ?? '';
    // "selon lui", "d'après elle", "according to them".
    if ((w === 'selon' || (w === 'apres' && toks[i - 1]?.lower === 'd')) && OBJECT_PRONOUNS[next]) out.push(cue(i, i + 1, next, OBJECT_PRONOUNS[next]));
    else if (w === 'according' && next === 'to' && OBJECT_PRONOUNS[toks[i + 2]?.lower ?? '']) {
      const p = toks[i + 2]!.lower;
      out.push(cue(i, i + 2, p, OBJECT_PRONOUNS[p]));
    }
    // "a-t-il déclaré", "ont-elles précisé", "ajoute-t-il", "dit-elle".
    else if (next === 't' && hyphen(i) && PRONOUN_NUMBER[toks[i + 2]?.lower ?? ''] && toks[i + 2]!.lower !== 'it') {
      const p = toks[i + 2]!.lower;
      if (AUXILIARIES.has(w)) {
        const v = participleAfter(toks, i + 3);
        if (v >= 0) out.push(cue(i, v, p));
      } else if (inverted.has(w)) out.push(cue(i, i + 2, p));
    } else if (inverted.has(w) && ['il', 'elle', 'ils', 'elles'].includes(next) && hyphen(i)) {
      // "dit-il" after a quotation (no -t- when the verb ends in a consonant sound).
      if (w === 'dit' || w === 'ecrit' || w === 'poursuit' || w === 'conclut' || w.endsWith('ent')) out.push(cue(i, i + 1, next));
    }
    // "il a déclaré", "elle affirme", "he said", "they have warned".
    else if (PRONOUN_NUMBER[w]) {
      if (SPEECH_EN.has(next) || (SPEECH_FR_PRESENT.has(next) && next !== 'selon')) out.push(cue(i, i + 1, w));
      else if (AUXILIARIES.has(next) || (next === 'n' && AUXILIARIES.has(toks[i + 2]?.lower ?? ''))) {
        const v = participleAfter(toks, next === 'n' ? i + 3 : i + 2);
        if (v >= 0) out.push(cue(i, v, w));
      }
    }
    // "…, said he" (rare but literary), "…, added she".
    // Only where the clause ends there: "Reeves said he thought" is no inversion.
    else if (SPEECH_EN.has(w) && ['he', 'she', 'they'].includes(next) && (!toks[i + 2] || /[.,;:!?]/.test(text.slice(toks[i + 1]!.end, toks[i + 2]!.start)))) out.push(cue(i, i + 1, next));
  }
  return out;
}
