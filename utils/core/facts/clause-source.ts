import { sentenceSubject } from '@/utils/core/facts/source-name';
import { sourceWords } from '@/utils/core/facts/source-words';
import { tokens } from '@/utils/core/facts/text';

/**
 * The source of the "que / that" clause a quote completes, named in the start of its sentence: in
 * "Zelensky a déclaré que les services de renseignement ukrainiens avaient trouvé des preuves
 * suggérant qu'[quote]", the services stand behind the quote as well as Zelensky. Only a subject that
 * looks like a source (a title, a kind of body, an acronym: utils/core/facts/source-name.ts) counts,
 * and only when its clause runs to the quote without a comma and says what someone knows, found or
 * reports ("avaient trouvé des preuves suggérant que", "had evidence that", "estiment que"): "alors
 * qu'", "so that" join clauses, and "ont arrêté l'homme que" starts a relative clause, not a report.
 */

// Words of finding, knowing and reporting (SourceWords.KNOWING), beside the reporting verbs.
function knows(w: string): boolean {
  const { SPEECH_EN, SPEECH_FR, SPEECH_FR_PRESENT, KNOWING } = sourceWords();
  return KNOWING.has(w) || SPEECH_FR.has(w) || SPEECH_EN.has(w) || SPEECH_FR_PRESENT.has(w);
}

const THAT = new Set(['que', 'qu', 'that']);
/** A clause longer than this is no subject and its verb phrase. */
const MAX_CLAUSE_WORDS = 16;

export function clauseSource(lead: string): { name: string; start: number } | undefined {
  const { SPEECH_EN, SPEECH_FR, THAT_CONJUNCTIONS } = sourceWords();
  const toks = tokens(lead);
  const last = toks[toks.length - 1];
  if (!last || !THAT.has(last.lower) || !/^['\s]*$/.test(lead.slice(last.end))) return undefined;
  // "alors qu'", "so that": a conjunction, not the start of what someone reports or found.
  if (THAT_CONJUNCTIONS.has(toks[toks.length - 2]?.lower ?? '')) return undefined;
  // The clause "que" ends: from the "que / that" or the reporting verb before it ("said the ministry
  // had evidence that"), or the sentence's start.
  let k = toks.length - 2;
  while (k >= 0 && !THAT.has(toks[k]!.lower) && !SPEECH_EN.has(toks[k]!.lower) && !SPEECH_FR.has(toks[k]!.lower)) k--;
  const first = toks[k + 1];
  if (!first || first === last || toks.length - 1 - (k + 1) > MAX_CLAUSE_WORDS) return undefined;
  const clause = lead.slice(first.start, last.start);
  if (/[,;:«»"()]/.test(clause) || !toks.slice(k + 2, -1).some((t) => knows(t.lower))) return undefined;
  const subject = sentenceSubject(clause, true);
  return subject ? { name: subject.name, start: first.start + subject.start } : undefined;
}
