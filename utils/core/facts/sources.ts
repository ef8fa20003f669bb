import type { RawToken } from '@/utils/core/matching/lex';
import { sourceKey } from '@/utils/core/facts/source-key';
import { sourceWords } from '@/utils/core/facts/source-words';
import { wordsAt } from '@/utils/core/facts/text';
import type { AttributionFact } from '@/utils/core/facts/types';
import { relativeDaysOf, weekdayNamesOf } from '@/utils/core/facts/date-words';
import { LOCATIVE } from '@/utils/core/facts/places';

/**
 * Who a quote attributes its statement to: "selon X", "d'après X", "according to X", "X a déclaré",
 * "X said / told", "X's intelligence service". The name keeps its title and apposition
 * ("le porte-parole du Kremlin, Dmitri Peskov").
 */

const HARD_STOP = /[.;:!?"«»]/;
const FORWARD_STOP = new Set(['qui', 'que', 'qu', 'dont', 'lorsque', 'quand', 'which', 'who', 'that', 'when', 'while', 'dans', 'pour', 'avec', 'sur', 'mais', 'but', 'because', 'car', 'a', 'ont', 'has', 'have', 'on', 'in', 'au', 'aux', 'citing', 'as']);
const BACKWARD_STOP = new Set(['que', 'qu', 'qui', 'mais', 'but', 'that', 'because', 'car', 'donc', 'si', 'if', 'when', 'lorsque', 'quand', 'where', 'ou', 'while', 'et', 'and', 'selon']);
const NOT_SOURCES = new Set(['lesquelles', 'lesquels', 'lequel', 'laquelle', 'moi', 'nous', 'eux', 'lui', 'elle', 'elles', 'him', 'her', 'them', 'me', 'us']);
const gap = (quote: string, a: RawToken, b: RawToken) => quote.slice(a.end, b.start);

/** Phrase after "selon": up to a clause boundary; across a comma only into a capitalised name. */
function forward(toks: RawToken[], i: number, quote: string, lang?: string): number {
  const { DETERMINERS, SOURCE_ENDS, SOURCE_LINKS } = sourceWords();
  const ends = lang ? SOURCE_ENDS[lang] : undefined;
  const links = lang ? SOURCE_LINKS[lang] : undefined;
  const other = lang !== undefined && lang !== 'en' && lang !== 'fr';
  let j = i;
  while (toks[j + 1] && j - i < 14) {
    const g = gap(quote, toks[j]!, toks[j + 1]!);
    const next = toks[j + 1]!;
    if (HARD_STOP.test(g)) break;
    if (g.includes(',') && !(/^\p{Lu}/u.test(next.text) && apposition(toks, j + 1, quote))) break;
    if (FORWARD_STOP.has(next.lower) && !/^\p{Lu}/u.test(next.text) && !(next.lower === 'a' && !/\s/.test(g))) break;
    // A number starts the statement in any language read by its "according to" ("Według … 14 osób").
    if ((ends?.has(next.lower) || (other && next.kind === 'number')) && !/^\p{Lu}/u.test(next.text)) break;
    if (links && /^\p{Ll}/u.test(next.text) && !links.has(next.lower) && !DETERMINERS.has(next.lower)) {
      // The verb ends the source. German, Swedish, Danish, Norwegian, Polish and Romanian write no
      // lowercase word in a name, nor German in a noun: one after a capitalised word is that verb
      // ("Enligt Sjöfartsverket befann sig…", "Według ČTK bank obniżył…"). Dutch capitalises
      // adjectives of names ("de Turkse krant Hürriyet verhuist de…"): there the verb, which comes
      // second, is the word before the next subject's article.
      if (lang === 'nl' ? DETERMINERS.has(toks[j + 2]?.lower ?? '') : /^\p{Lu}/u.test(toks[j]!.text)) break;
    }
    j++;
  }
  // A closing parenthesis belongs to the name: "(NIS)".
  return j;
}

/**
 * Whether the capitalised words from token i, after a comma, are a name set beside the source ("the
 * Kremlin spokesman, Dmitry Peskov"): the clause ends after them. When it goes on ("According to the
 * NIS, North Korea sent…"), the name is the subject of the statement, not part of its source.
 */
function apposition(toks: RawToken[], i: number, quote: string): boolean {
  let j = i;
  while (toks[j + 1] && /^\p{Lu}/u.test(toks[j + 1]!.text) && /^[\s-]+$/.test(gap(quote, toks[j]!, toks[j + 1]!))) j++;
  const next = toks[j + 1];
  if (!next) return true;
  const g = gap(quote, toks[j]!, next);
  // "(NIS)" after the name belongs to it.
  return HARD_STOP.test(g) || g.includes(',') || g.includes('(');
}

/**
 * The token after an "according to" of the quote's language (ACCORDING_TO) that starts at i, or -1.
 * Only in that language: "conforme" is also French ("conforme au droit"), "laut" German for "loud".
 */
function accordingTo(toks: RawToken[], i: number, lang: string): number {
  const { ACCORDING_TO, DETERMINERS } = sourceWords();
  for (const cue of ACCORDING_TO[lang] ?? []) {
    const words = cue.split(' ');
    if (!words.every((w, k) => toks[i + k]?.lower === w)) continue;
    const after = toks[i + words.length];
    if (!after || after.kind === 'number' || DETERMINERS.has(toks[i - 1]?.lower ?? '')) continue;
    return i + words.length;
  }
  return -1;
}

/** Subject before a reporting verb at token v; -1 when there is none or it is a pronoun. */
function backward(toks: RawToken[], v: number, quote: string): number {
  const { ADVERBS, PRONOUNS } = sourceWords();
  let j = v;
  while (j > 0 && v - j < 12) {
    const prev = toks[j - 1]!;
    const g = gap(quote, prev, toks[j]!);
    if (HARD_STOP.test(g) || BACKWARD_STOP.has(prev.lower)) break;
    // "Kyrylo Budanov, a affirmé": one comma between subject and verb; any earlier comma ends the
    // subject ("…last week, the Home Office said").
    if (g.includes(',') && j !== v) break;
    j--;
  }
  if (j === v) return -1;
  // "a-t-il déclaré", "ajoute-t-elle": the subject is the pronoun just before the verb.
  if (PRONOUNS.has(toks[v - 1]!.lower) && !/^\p{Lu}/u.test(toks[v - 1]!.text)) return -1;
  if (PRONOUNS.has(toks[j]!.lower) || NOT_SOURCES.has(toks[j]!.lower)) return -1;
  // "mais ne précise pas": negation and adverbs alone are no subject.
  return toks.slice(j, v).every((t) => ADVERBS.has(t.lower)) ? -1 : j;
}

const SUBJECT_START = new Set(['le', 'la', 'les', 'l', 'the', 'un', 'une', 'a', 'an']);

/** "…, a indiqué le ministère", "…, said the Home Office": the source after the verb. */
function inverted(toks: RawToken[], v: number, verbEnd: number, quote: string): [number, number] | undefined {
  if (v === 0 || !gap(quote, toks[v - 1]!, toks[v]!).includes(',')) return undefined;
  const s = verbEnd + 1;
  const first = toks[s];
  if (!first || !(SUBJECT_START.has(first.lower) || /^\p{Lu}/u.test(first.text)) || HARD_STOP.test(gap(quote, toks[verbEnd]!, first))) return undefined;
  // "a déclaré le 17 octobre": a date after the verb is no source.
  if (toks[s + 1]?.kind === 'number' || first.kind === 'number') return undefined;
  return [s, forward(toks, s, quote)];
}

/** The reporting verb at i (auxiliary, adverbs, participle): its last token, or -1. */
const ARTICLES_BEFORE = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les']);

function verbAt(toks: RawToken[], i: number): number {
  const { ADVERBS, AUXILIARIES, SPEECH_EN, SPEECH_FR, SPEECH_FR_PRESENT } = sourceWords();
  const t = toks[i]!;
  const speech = SPEECH_EN.has(t.lower) || (SPEECH_FR_PRESENT.has(t.lower) && t.lower !== 'selon');
  // Most words are neither: answered before the checks below (every word of a context passes here).
  if (!speech && !AUXILIARIES.has(t.lower) && t.lower !== 'n') return -1;
  // "an estimated 154 million", "le dit rapport": after an article the word is no verb.
  if (ARTICLES_BEFORE.has(toks[i - 1]?.accented ?? '')) return -1;
  // "the United States": a capitalised word inside a sentence is a name, not a verb.
  if (i > 0 && /^\p{Lu}/u.test(t.text)) return -1;
  if (speech) return i;
  if (!AUXILIARIES.has(t.lower) && !(t.lower === 'n' && AUXILIARIES.has(toks[i + 1]?.lower ?? ''))) return -1;
  let j = t.lower === 'n' ? i + 2 : i + 1;
  while (toks[j] && ADVERBS.has(toks[j]!.lower)) j++;
  return toks[j] && (SPEECH_FR.has(toks[j]!.lower) || SPEECH_EN.has(toks[j]!.lower)) ? j : -1;
}

/** "Of" in the Romance languages, which carries a subject on ("el ministro de Defensa", "la protezione civile della regione"). */
const OF = new Set(['de', 'del', 'di', 'della', 'dello', 'dei', 'degli', 'delle', 'dell', 'do', 'da', 'dos', 'das']);

/** Separable particles a German reporting verb ends its clause with ("teilte das Unternehmen mit"). */
const PARTICLES = new Set(['mit', 'an', 'bekannt', 'fest']);

/**
 * A source named after the statement by a reporting verb of the quote's language, its subject after
 * it, to the clause's end: ", oplyser det svenske politi.", ", ha riferito la protezione civile
 * romena.", "– podała agencja ČTK.", ", oordeelde het Europese Hof van Justitie donderdag in
 * Luxemburg." A day ("joi", "w poniedziałek") before the subject is skipped; a preposition, a day or a
 * German particle after it ends it. Only after a comma or a dash, with the statement before it.
 */
function trailingSource(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  const verbs = sourceWords().REPORTING_AFTER[lang];
  if (!verbs || i < 3 || !/[,\u2013\u2014]|\s-\s/.test(gap(quote, toks[i - 1]!, toks[i]!))) return undefined;
  const verb = verbs.find((v) => wordsAt(toks, i, v));
  if (!verb) return undefined;
  const prepositions = LOCATIVE[lang];
  const days = [...weekdayNamesOf(lang), ...relativeDaysOf(lang).map(([words]) => words)];
  const dayAt = (k: number) => days.find((d) => d.length > 0 && wordsAt(toks, k, d))?.length ?? 0;
  let s = i + verb.length;
  for (let n = 0; n < 3 && toks[s]; n++) {
    const day = dayAt(s) || (prepositions?.has(toks[s]!.lower) ? dayAt(s + 1) && dayAt(s + 1) + 1 : 0);
    if (!day) break;
    s += day;
  }
  if (!toks[s] || PRONOUNS_AFTER.has(toks[s]!.lower) || toks[s]!.kind !== 'word') return undefined;
  let e = s;
  while (toks[e + 1] && e - s < 8) {
    const g = gap(quote, toks[e]!, toks[e + 1]!);
    const next = toks[e + 1]!;
    if (HARD_STOP.test(g) || g.includes(',') || /[\u2013\u2014]/.test(g)) break;
    const link = sourceWords().SOURCE_LINKS[lang]?.has(next.lower) || OF.has(next.lower);
    if (next.kind === 'number' || dayAt(e + 1) || (prepositions?.has(next.lower) && !/^\p{Lu}/u.test(next.text) && !link)) break;
    if (lang === 'de' && PARTICLES.has(next.lower)) break;
    e++;
  }
  // The clause ends after the subject, or after what ended it (a place, a day, a particle).
  return [s, e];
}

/**
 * The source before an "according to" its language writes after it ("Galatasaray'ın açıklamasına
 * göre", "poliisin mukaan"): back to the clause's start, at most six words, not a pronoun.
 */
function sourceBefore(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  if (i === 0 || !sourceWords().ACCORDING_TO_AFTER[lang]?.has(toks[i]!.lower)) return undefined;
  return openingSource(toks, quote, i, 6, true);
}

/**
 * The words from the start of the clause (`afterComma`) or of the sentence up to token i, at most
 * `most` - 1 of them, as a source: none when they start further back, hold a number or are a pronoun.
 */
function openingSource(toks: RawToken[], quote: string, i: number, most: number, afterComma: boolean): [number, number] | undefined {
  const ends = (g: string) => HARD_STOP.test(g) || g.includes(',');
  let j = i - 1;
  while (j > 0 && i - j < most && !ends(gap(quote, toks[j - 1]!, toks[j]!))) j--;
  const g = j > 0 ? gap(quote, toks[j - 1]!, toks[j]!) : '';
  if (j > 0 && !(afterComma ? ends(g) : HARD_STOP.test(g))) return undefined;
  const words = toks.slice(j, i);
  if (words.some((t) => t.kind === 'number') || (words.length === 1 && PRONOUNS_AFTER.has(words[0]!.lower))) return undefined;
  return [j, i - 1];
}

/** Words of REPORTING_AFTER that name a source only after them ("…, so das Ministerium", "…, aldus de minister"). */
const ONLY_AFTER = new Set(['so', 'aldus']);

/**
 * The subject a sentence opens with, before a reporting verb of the quote's language: "La Corte di
 * giustizia dell'Ue ha stabilito…", "O Benfica confirmou…", "Die Regierung teilte mit…". Only from
 * the sentence's start, without a number or a comma, and not a pronoun.
 */
function subjectBefore(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  const verbs = sourceWords().REPORTING_AFTER[lang];
  if (!verbs || i === 0 || !verbs.some((v) => !ONLY_AFTER.has(v[0]!) && wordsAt(toks, i, v))) return undefined;
  // After a comma or a dash the verb's subject follows it (trailingSource), or it is the statement's.
  if (/[,;:\u2013\u2014]/.test(gap(quote, toks[i - 1]!, toks[i]!))) return undefined;
  return openingSource(toks, quote, i, 8, false);
}

/**
 * Pronoun subjects of those verbs, which name no source ("disse ele", "sagte er"); not those that are
 * also articles in another of the languages ("de", "el").
 */
const PRONOUNS_AFTER = new Set(['er', 'sie', 'ele', 'ela', 'eles', 'elas', 'lui', 'lei', 'loro', 'hij', 'zij', 'ze', 'han', 'hon', 'on', 'ona', 'oni', 'ono', 'ellos', 'ellas']);

export function readAttributions(toks: RawToken[], quote: string, lang?: string): AttributionFact[] {
  const { AUXILIARIES, KIND_WORDS, PRONOUNS } = sourceWords();
  const spans: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let from = -1;
    if ((t.lower === 'selon' || (t.lower === 'apres' && toks[i - 1]?.lower === 'd')) && toks[i + 1] && !NOT_SOURCES.has(toks[i + 1]!.lower)) from = i + 1;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && toks[i + 2]) from = i + 2;
    if (from < 0 && lang) from = accordingTo(toks, i, lang);
    const other = lang && lang !== 'en' && lang !== 'fr' ? lang : undefined;
    const trailing = from < 0 && other ? trailingSource(toks, quote, other, i) : undefined;
    if (trailing) {
      spans.push(trailing);
      i = trailing[1];
      continue;
    }
    const before = from < 0 && other ? (subjectBefore(toks, quote, other, i) ?? sourceBefore(toks, quote, other, i)) : undefined;
    if (before) {
      if (!spans.some(([a, b]) => before[0] <= b && before[1] >= a)) spans.push(before);
      continue;
    }
    if (from >= 0 && !PRONOUNS.has(toks[from]!.lower)) {
      const to = forward(toks, from, quote, lang);
      spans.push([from, to]);
      i = to;
      continue;
    }
    const verbEnd = verbAt(toks, i);
    if (verbEnd >= 0) {
      const v = i;
      // "Patrice Vergriete, a dénoncé une grève": a short name just before the comma is the subject,
      // and what follows the verb its object; "66,7 %, a indiqué le ministère" is inverted.
      const back = backward(toks, v, quote);
      const named = back >= 0 && v - back <= 6 && /^\p{Lu}/u.test(toks[v - 1]!.text) && !toks.slice(back, v).some((x) => x.kind === 'number' || AUXILIARIES.has(x.lower));
      const after = named ? undefined : inverted(toks, v, verbEnd, quote);
      const s = after ? -1 : back;
      if (after) spans.push(after);
      else if (s >= 0 && !spans.some(([a, b]) => s <= b && v - 1 >= a)) spans.push([s, v - 1]);
      i = after ? after[1] : verbEnd;
      continue;
    }
    // "South Korea's spy agency": a possessive followed by the kind of body.
    if (t.lower === 's' && quote[t.start - 1] === "'" && toks[i + 1] && KIND_WORDS.has(toks[i + 1]!.lower)) {
      let s = i - 1;
      while (s > 0 && /^\p{Lu}/u.test(toks[s - 1]!.text) && !HARD_STOP.test(gap(quote, toks[s - 1]!, toks[s]!))) s--;
      let e = i + 1;
      while (toks[e + 1] && ['service', 'agency', 'services', 'chief', 'officials', 'ministry'].includes(toks[e + 1]!.lower)) e++;
      if (!spans.some(([a, b]) => s <= b && e >= a)) spans.push([s, e]);
    }
  }
  const out: AttributionFact[] = [];
  const keys = new Set<string>();
  for (const [a, b] of spans) {
    let end = toks[b]!.end;
    if (quote[end] === ')' && quote.lastIndexOf('(', end) > toks[a]!.start) end++;
    const start = toks[a]!.start;
    const name = quote.slice(start, end).replace(/[\s,]+$/, '');
    const key = sourceKey(name);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ name, key, start, end: start + name.length });
  }
  return out;
}
