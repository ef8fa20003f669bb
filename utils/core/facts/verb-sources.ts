import type { RawToken } from '@/utils/core/matching/lex';
import { relativeDaysOf, weekdayNamesOf } from '@/utils/core/facts/date-words';
import { conjunctionsOf, locativeOf } from '@/utils/core/facts/place-grammar';
import { sourceWords } from '@/utils/core/facts/source-words';
import { gap, HARD_STOP, wordsAt } from '@/utils/core/facts/text';
import { factsSet } from '@/utils/core/facts/facts-words';

/**
 * Sources named by a reporting verb in the languages beside English and French (sources.ts reads
 * those two by their own rules): its subject after it ("…, oplyser det svenske politi"), before it at
 * the sentence's start ("O Benfica confirmou…"), before an "according to" written after the source
 * ("poliisin mukaan"), or before a verb that ends the sentence (Turkish "…, Sahil Güvenlik açıkladı").
 */

/**
 * Whether the word before token i is the statement's pronoun before a reporting verb, or "as" (Polish and
 * Czech "jak", Croatian "kako", Russian "как"), after a break: its subject follows the verb (Italian ": lo ha
 * confermato il ministero", Spanish "lo confirmó", Polish "Jak poinformowało MSZ, …"). The word set `clitics`.
 */
const clitic = (t: RawToken) => factsSet('clitics').has(t.lower);
const cliticBefore = (toks: RawToken[], quote: string, i: number) =>
  clitic(toks[i - 1]!) && (i === 1 || /[.!?,;:\u2013\u2014]|\s-\s/.test(gap(quote, toks[i - 2]!, toks[i - 1]!)));

/** A language's names of days, its weekdays' and "yesterday"'s, joined once. */
const dayNames = new Map<string, string[][]>();

/** How many words the day named at token k takes ("joi", "lunedì", "ieri"), or 0. */
function dayLength(toks: RawToken[], lang: string, k: number): number {
  let days = dayNames.get(lang);
  if (!days) dayNames.set(lang, (days = [...weekdayNamesOf(lang), ...relativeDaysOf(lang).map(([words]) => words)]));
  return days.find((d) => d.length > 0 && wordsAt(toks, k, d))?.length ?? 0;
}

/** "Of" in the Romance languages, which carries a subject on ("el ministro de Defensa", "la protezione civile della regione"): a word set. */
const OF = (): ReadonlySet<string> => factsSet('romanceOf');

/** Separable particles a German reporting verb ends its clause with ("teilte das Unternehmen mit"). */
const PARTICLES = new Set(['mit', 'an', 'bekannt', 'fest']);

/**
 * A source named after the statement by a reporting verb of the quote's language, its subject after
 * it, to the clause's end: ", oplyser det svenske politi.", ", ha riferito la protezione civile
 * romena.", "– podała agencja ČTK.", ", oordeelde het Europese Hof van Justitie donderdag in
 * Luxemburg." A day ("joi", "w poniedziałek") before the subject is skipped; a preposition, a day or a
 * German particle after it ends it. Only after a comma or a dash, with the statement before it.
 */
export function trailingSource(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  const verbs = sourceWords().REPORTING_AFTER[lang];
  if (!verbs || i < 3) return undefined;
  if (!cliticBefore(toks, quote, i) && !/[,\u2013\u2014]|\s-\s/.test(gap(quote, toks[i - 1]!, toks[i]!))) return undefined;
  const verb = verbs.find((v) => wordsAt(toks, i, v));
  if (!verb) return undefined;
  const prepositions = locativeOf(lang);
  const dayAt = (k: number) => dayLength(toks, lang, k);
  let s = i + verb.length;
  for (let n = 0; n < 3 && toks[s]; n++) {
    // A day with the word before it in lower case ("w poniedziałek", "el miércoles", "este viernes") is no subject.
    const day = dayAt(s) || (/^\p{Ll}/u.test(toks[s]!.text) ? dayAt(s + 1) && dayAt(s + 1) + 1 : 0);
    if (!day) break;
    s += day;
  }
  if (!toks[s] || PRONOUNS_AFTER().has(toks[s]!.lower) || toks[s]!.kind !== 'word') return undefined;
  // "сообщили в ГУ МЧС", "so sporočili z Agencije RS": in the Slavic languages, the body the verb reports from, without its preposition.
  const from = prepositions?.has(toks[s]!.lower) || /^(?:z|s|ze|iz|от|из|с|з|із|від)$/.test(toks[s]!.lower);
  if (from && /^(?:ru|uk|bg|sl|hr|sr|bs|cs|sk|pl)$/.test(lang) && /^\p{Lu}/u.test(toks[s + 1]?.text ?? '')) s++;
  let e = s;
  while (toks[e + 1] && e - s < 8) {
    const g = gap(quote, toks[e]!, toks[e + 1]!);
    const next = toks[e + 1]!;
    if (HARD_STOP.test(g) || g.includes(',') || /[\u2013\u2014]/.test(g)) break;
    const link = sourceWords().SOURCE_LINKS[lang]?.has(next.lower) || OF().has(next.lower);
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
export function sourceBefore(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
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
  if (words.some((t) => t.kind === 'number') || (words.length === 1 && PRONOUNS_AFTER().has(words[0]!.lower))) return undefined;
  return [j, i - 1];
}

/**
 * The subject of a reporting verb that ends the sentence (REPORTING_FINAL: Turkish puts it last), from
 * the clause's comma to the verb: "…, Kıyı Emniyeti Genel Müdürlüğü açıkladı." At most six words,
 * capitalised first, after a statement.
 */
export function finalSource(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  if (!sourceWords().REPORTING_FINAL[lang]?.has(toks[i]!.lower)) return undefined;
  const next = toks[i + 1];
  if (next && !HARD_STOP.test(gap(quote, toks[i]!, next))) return undefined;
  const span = openingSource(toks, quote, i, 7, true);
  if (!span || span[0] === 0 || !/^\p{Lu}/u.test(toks[span[0]]!.text)) return openingSubject(toks, quote, lang, i);
  return span;
}

/**
 * The subject that opens the sentence of a final reporting verb, set off by a comma: "Orman Genel
 * Müdürlüğü, şimdiye kadar … yandığını açıkladı.", "Yetkililer, … açıkladı." At most five words,
 * capitalised first, no number, not a pronoun.
 */
function openingSubject(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  let a = i;
  while (a > 0 && !HARD_STOP.test(gap(quote, toks[a - 1]!, toks[a]!))) a--;
  let c = a;
  while (c + 1 < i && c - a < 5 && !gap(quote, toks[c]!, toks[c + 1]!).includes(',')) c++;
  if (c + 1 >= i || c - a >= 5 || !gap(quote, toks[c]!, toks[c + 1]!).includes(',')) return undefined;
  if (!/^\p{Lu}/u.test(toks[a]!.text) || PRONOUNS_AFTER().has(toks[a]!.lower)) return undefined;
  // A day opens a sentence as often ("Dün, …", yesterday).
  if (dayLength(toks, lang, a)) return undefined;
  // A name with a case ending ("İstanbul'da,", in Istanbul) is where, not who.
  for (let k = a; k <= c; k++) if (toks[k]!.kind !== 'word' || (k < c && /['’]/.test(gap(quote, toks[k]!, toks[k + 1]!)))) return undefined;
  return [a, c];
}

/** Words of REPORTING_AFTER that name a source only after them ("…, so das Ministerium", "…, aldus de minister"). */
const ONLY_AFTER = new Set(['so', 'aldus']);

/**
 * The subject a sentence opens with, before a reporting verb of the quote's language: "La Corte di
 * giustizia dell'Ue ha stabilito…", "O Benfica confirmou…", "Die Regierung teilte mit…". Only from
 * the sentence's start, without a number or a comma, and not a pronoun.
 */
export function subjectBefore(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  const verbs = sourceWords().REPORTING_AFTER[lang];
  if (!verbs || i === 0 || !verbs.some((v) => !ONLY_AFTER.has(v[0]!) && wordsAt(toks, i, v))) return undefined;
  // After a comma or a dash the verb's subject follows it (trailingSource), or it is the statement's.
  if (/[,;:\u2013\u2014]/.test(gap(quote, toks[i - 1]!, toks[i]!))) return undefined;
  if (cliticBefore(toks, quote, i)) return undefined;
  const span = openingSource(toks, quote, i, 8, false) ?? joinedSubject(toks, quote, lang, i);
  // The statement's pronoun before the verb is not the subject's: "La policía lo confirmó".
  return span && span[1] > span[0] && clitic(toks[span[1]]!) ? [span[0], span[1] - 1] : span;
}

/**
 * The subject of a clause joined to the sentence by a comma and "and" ("…, och SMHI varnar för…", "…, e il
 * tecnico giallorosso ha parlato di…"): capitalised or with its article first (not a bare noun, "…, e fonti
 * diplomatiche parlano di"), at most five words, no number and no comma inside.
 */
function joinedSubject(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  const and = conjunctionsOf(lang);
  let c = i - 1;
  while (c > 0 && i - c <= 6 && !and?.has(toks[c]!.lower)) c--;
  const first = toks[c + 1]!;
  if (c < 1 || c + 1 >= i || !and?.has(toks[c]!.lower) || !gap(quote, toks[c - 1]!, toks[c]!).includes(',')) return undefined;
  if (!(/^\p{Lu}/u.test(first.text) || sourceWords().DETERMINERS.has(first.lower)) || PRONOUNS_AFTER().has(first.lower)) return undefined;
  for (let k = c + 1; k < i; k++) if (toks[k]!.kind === 'number' || /[,;:]/.test(gap(quote, toks[k]!, toks[k + 1]!))) return undefined;
  return [c + 1, i - 1];
}

/**
 * Pronoun subjects of those verbs, which name no source ("disse ele", "sagte er"); not those that are
 * also articles in another of the languages ("de", "el").
 */
const PRONOUNS_AFTER = (): ReadonlySet<string> => factsSet('pronounsAfter');

/**
 * A German source in a clause of its own, its reporting verb last: ", wie die griechische Küstenwache
 * am Dienstag mitteilte", "Wie der Verein mitteilte, …" (the verb of REPORTING_AFTER, or it with its
 * separable particle before it, "mitteilte"). The source is the clause's noun phrase: its article and
 * adjectives, its capitalised nouns and their genitive ("der Bundesverband der Deutschen
 * Binnenschifffahrt"), up to the first other lowercase word ("am Dienstag", "aus Prag").
 */
export function asReported(toks: RawToken[], quote: string, lang: string, i: number): [number, number] | undefined {
  if (lang !== 'de' || toks[i]!.lower !== 'wie' || (i > 0 && !/[,.!?]/.test(gap(quote, toks[i - 1]!, toks[i]!)))) return undefined;
  let end = i + 1;
  while (toks[end + 1] && end - i < 14 && !/[,;:]/.test(gap(quote, toks[end]!, toks[end + 1]!)) && !HARD_STOP.test(gap(quote, toks[end]!, toks[end + 1]!))) end++;
  const verb = toks[end]!.lower;
  const particle = [...PARTICLES].find((p) => verb.startsWith(p));
  const verbs = sourceWords().REPORTING_AFTER.de!;
  if (end < i + 2 || !verbs.some((v) => v.length === 1 && (v[0] === verb || (particle !== undefined && v[0] === verb.slice(particle.length))))) return undefined;
  const { DETERMINERS } = sourceWords();
  let e = i + 1;
  let noun = /^\p{Lu}/u.test(toks[e]!.text);
  while (e + 1 < end) {
    const next = toks[e + 1]!;
    const capital = /^\p{Lu}/u.test(next.text);
    // Before the noun, its adjectives ("die griechische Küstenwache"); after it, a genitive's article.
    if (!capital && (noun ? !DETERMINERS.has(next.lower) && next.lower !== 'von' : next.kind !== 'word')) break;
    noun ||= capital;
    e++;
  }
  return noun ? [i + 1, e] : undefined;
}
