/**
 * Sentences of a text with the language each is read in: the given one, or
 * else one guessed per long line (a page's blocks are its lines, and a French page
 * may quote an English paragraph).
 */
import { guessLanguage } from './languages';
import { segmentSentences } from './segment-sentences';

/** Lines at least this long get their own language guess. */
const OWN_GUESS_CHARS = 100;

export interface LangSpan {
  start: number;
  end: number;
  lang: string;
}

export function textSpans(text: string, lang: string | undefined): LangSpan[] {
  if (lang) return segmentSentences(text, lang).map((s) => ({ start: s.start, end: s.end, lang }));
  const whole = guessLanguage(text);
  const out: LangSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.trim()) {
      // A short line says too little to guess from: it takes the text's language.
      const guessed = line.length >= OWN_GUESS_CHARS ? guessLanguage(line) : whole;
      for (const s of segmentSentences(line, guessed)) out.push({ start: from + s.start, end: from + s.end, lang: guessed });
    }
    from = to + 1;
  }
  return out;
}
