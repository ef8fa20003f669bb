import type { RawToken } from '@/utils/core/matching/lex';
import { sourceKey } from '@/utils/core/facts/source-key';
import { sourceWords } from '@/utils/core/facts/source-words';
import { gap, HARD_STOP } from '@/utils/core/facts/text';
import type { AttributionFact } from '@/utils/core/facts/types';
import { weekdays } from '@/utils/core/facts/date-words';
import { asReported, finalSource, sourceBefore, subjectBefore, trailingSource } from '@/utils/core/facts/verb-sources';
import { endsAfterHead, sourceInside } from '@/utils/core/facts/source-span';
import { factsSet } from '@/utils/core/facts/facts-words';

// The English and French words that end a source or cannot start one are word sets of bundled-word-sets.ts (factsSet).
const NOUNS_LOWER = new Set(['da', 'sv', 'nb', 'no', 'nl']);
/** Folded endings of Czech, Slovak and Serbo-Croatian adjectives as a body's name writes them ("Slovenského", "záchranné", "Državnog"). */
const SLAVIC_ADJECTIVE = /(?:eho|emu|iho|imu|ych|ich|ej|[sc]k(?:a|e|i|o|y|eho|ej|og|ega|em|ih)|[^aeiouy]n(?:e|i|y|a|eho|ej|ych|og|ega|ih|im)|og|ega)$/;

/**
 * Who a quote attributes its statement to: "selon X", "d'après X", "according to X", "X a déclaré",
 * "X said / told", "X's intelligence service". The name keeps its title and apposition
 * ("le porte-parole du Kremlin, Dmitri Peskov").
 */

/** Phrase after "selon": up to a clause boundary; across a comma only into a capitalised name. */
function forward(toks: RawToken[], i: number, quote: string, lang?: string): number {
  const { DETERMINERS, SOURCE_ENDS, SOURCE_LINKS } = sourceWords();
  const ends = lang ? SOURCE_ENDS[lang] : undefined;
  const links = lang ? SOURCE_LINKS[lang] : undefined;
  const other = lang !== undefined && lang !== 'en' && lang !== 'fr';
  let j = i;
  // Danish, Swedish, Norwegian: a first word in lower case with a definite noun's ending is the head noun, and the
  // next word the verb ("enligt valmyndigheten fick han", "ifølge politiet har"; not "enligt portugisisk polis").
  let head = lang !== 'nl' && NOUNS_LOWER.has(lang!) && /^\p{Ll}.*(?:en|et|na|ne)$/u.test(toks[i]!.text) && !DETERMINERS.has(toks[i]!.lower);
  while (toks[j + 1] && j - i < 14) {
    const g = gap(quote, toks[j]!, toks[j + 1]!);
    const next = toks[j + 1]!;
    if (HARD_STOP.test(g)) break;
    // Czech, Slovak and Polish write a body's name in lower case, in the genitive after "podle"/"według": a verb in the
    // past tense ends it ("podle ministerstva zahraničí pobývalo…", "według czeskiej straży pożarnej zalanych zostało…").
    if (j > i && /^(?:cs|sk|pl)$/.test(lang!) && /^\p{Ll}{3,}(?:[lł]|[lł][aoiy])$/u.test(next.text)) break;
    // An elided article before a word in lower case starts the statement ("secondo il sindacato l'adesione…"),
    // not after "de" ("le ministère de l'Intérieur", "de l'agriculture").
    if (j > i && next.lower === 'l' && quote[next.end] === "'" && /^\p{Ll}/u.test(toks[j + 2]?.text ?? '') && toks[j]!.lower !== 'de') break;
    if (g.includes(',') && !(/^\p{Lu}/u.test(next.text) && apposition(toks, j + 1, quote))) break;
    if (factsSet('sourceForwardStop').has(next.lower) && !/^\p{Lu}/u.test(next.text) && !(next.lower === 'a' && !/\s/.test(g))) break;
    // A number starts the statement in any language read by its "according to" ("Według … 14 osób").
    if ((ends?.has(next.lower) || (other && next.kind === 'number')) && !/^\p{Lu}/u.test(next.text)) break;
    if (links && /^\p{Ll}/u.test(next.text) && !links.has(next.lower) && !DETERMINERS.has(next.lower)) {
      // The verb ends the source. German, Swedish, Danish, Norwegian, Polish and Romanian write no
      // lowercase word in a name, nor German in a noun: one after a capitalised word is that verb
      // ("Enligt Sjöfartsverket befann sig…", "Według ČTK bank obniżył…"). Dutch capitalises
      // adjectives of names ("de Turkse krant Hürriyet verhuist de…"): there the verb, which comes
      // second, is the word before the next subject's article, or the word after a capitalised one that is
      // no such adjective ("Volgens vakbond FNV Havens liggen op de Maasvlakte…").
      const capital = /^\p{Lu}/u.test(toks[j]!.text);
      // Not after a Scandinavian name's first word that is a genitive or an adjective: "Ifølge Statens vegvesen",
      // "Ifølge Meteorologisk institutt"; its noun follows in lower case.
      const opening = j === i && NOUNS_LOWER.has(lang!) && lang !== 'nl' && /(?:s|isk|iske|iska|lig|ligt)$/.test(toks[j]!.lower);
      if (lang === 'nl' ? DETERMINERS.has(toks[j + 2]?.lower ?? '') || (capital && !/(?:se|sche)$/.test(toks[j]!.lower)) : capital && !opening) break;
      // Danish, Swedish, Norwegian and Dutch write common nouns in lowercase: the word after the noun ends it.
      if (NOUNS_LOWER.has(lang!)) {
        const step = endsAfterHead(toks, j, head, lang!);
        if (step.end) break;
        head = step.head;
      }
    } else if (links?.has(next.lower)) head = false;
    else if (/^(?:cs|sk|hr|sr|bs|sl)$/.test(lang!) && /^\p{Ll}/u.test(next.text)) {
      // Czech, Slovak and the Serbo-Croatian languages capitalise only a body's first word ("Správy železnic",
      // "Ministerstvo zahraničních věcí"): a lowercase word goes on from it, not from a name after the first
      // word ("podle agentury Kjódó na několik hodin…", "podle Policie ČR nyní…") unless that is an adjective
      // ("slovenské Horské záchranné služby"); and the noun after a name's adjectives ends it ("Slovenského
      // hydrometeorologického ústavu hladina rieky…") unless an adjective of its complement follows ("České
      // inspekce životního prostředí").
      const adjective = SLAVIC_ADJECTIVE.test(toks[j]!.lower);
      if (j > i && /^\p{Lu}/u.test(toks[j]!.text) && !adjective) break;
      if (j > i && !adjective && SLAVIC_ADJECTIVE.test(toks[j - 1]!.lower) && !SLAVIC_ADJECTIVE.test(next.lower)) break;
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
    // After an article the word is another ("o segundo trimestre"); not in the languages of NOUNS_LOWER, whose
    // "according to" is no other word and where "der" and "som" are relative pronouns ("kaptajnen, der ifølge politiet…").
    if (!after || after.kind === 'number' || (DETERMINERS.has(toks[i - 1]?.lower ?? '') && !NOUNS_LOWER.has(lang))) continue;
    return i + words.length;
  }
  return -1;
}

/** The end of a subject without the day it ends with: "Moscow on Thursday denied", "The ministry on Monday said". */
function withoutDay(toks: RawToken[], s: number, e: number): number {
  if (e - s < 1 || !weekdays().has(toks[e]!.lower)) return e;
  const before = toks[e - 1]!.lower;
  return before === 'on' || before === 'le' ? Math.max(s, e - 2) : e - 1;
}

/** Subject before a reporting verb at token v; -1 when there is none or it is a pronoun. */
function backward(toks: RawToken[], v: number, quote: string): number {
  const { ADVERBS, PRONOUNS } = sourceWords();
  let j = v;
  while (j > 0 && v - j < 12) {
    const prev = toks[j - 1]!;
    const g = gap(quote, prev, toks[j]!);
    if (HARD_STOP.test(g) || factsSet('sourceBackwardStop').has(prev.lower)) break;
    // "Kyrylo Budanov, a affirmé": one comma between subject and verb; any earlier comma ends the
    // subject ("…last week, the Home Office said").
    if (g.includes(',') && j !== v) break;
    j--;
  }
  if (j === v) return -1;
  // "a-t-il déclaré", "ajoute-t-elle": the subject is the pronoun just before the verb.
  if (PRONOUNS.has(toks[v - 1]!.lower) && !/^\p{Lu}/u.test(toks[v - 1]!.text)) return -1;
  if (PRONOUNS.has(toks[j]!.lower) || factsSet('notSources').has(toks[j]!.lower)) return -1;
  if (factsSet('notSubjectStart').has(toks[j]!.lower)) {
    // "On Monday the ministry said": the subject starts at its article, after the time or place.
    let article = -1;
    for (let k = v - 1; k > j && article < 0; k--) if (ARTICLES_BEFORE().has(toks[k]!.lower)) article = k;
    if (article < 0 || quote.slice(toks[j]!.start, toks[v]!.start).includes(',')) return -1;
    j = article;
  }
  // "mais ne précise pas": negation and adverbs alone are no subject.
  return toks.slice(j, v).every((t) => ADVERBS.has(t.lower)) ? -1 : j;
}

/** "…, a indiqué le ministère", "…, said the Home Office": the source after the verb. */
function inverted(toks: RawToken[], v: number, verbEnd: number, quote: string): [number, number] | undefined {
  if (v === 0 || !gap(quote, toks[v - 1]!, toks[v]!).includes(',')) return undefined;
  let s = verbEnd + 1;
  // "a annoncé lundi (soir) la Commission": the day is no subject.
  if (weekdays().has(toks[s]?.lower ?? '')) s += factsSet('dayParts').has(toks[s + 1]?.lower ?? '') ? 2 : 1;
  const first = toks[s];
  if (!first || !(factsSet('subjectStart').has(first.lower) || /^\p{Lu}/u.test(first.text)) || HARD_STOP.test(gap(quote, toks[verbEnd]!, first))) return undefined;
  // "a déclaré le 17 octobre": a date after the verb is no source.
  if (toks[s + 1]?.kind === 'number' || first.kind === 'number') return undefined;
  return [s, forward(toks, s, quote)];
}

/** The reporting verb at i (auxiliary, adverbs, participle): its last token, or -1. */
// Articles before which a word is no verb, and the auxiliaries of a passive (word sets).
const ARTICLES_BEFORE = (): ReadonlySet<string> => factsSet('articlesBeforeVerb');
const PASSIVE = (): ReadonlySet<string> => factsSet('passive');

function verbAt(toks: RawToken[], i: number): number {
  const { ADVERBS, AUXILIARIES, SPEECH_EN, SPEECH_FR, SPEECH_FR_PRESENT } = sourceWords();
  const t = toks[i]!;
  const speech = SPEECH_EN.has(t.lower) || (SPEECH_FR_PRESENT.has(t.lower) && t.lower !== 'selon');
  // Most words are neither: answered before the checks below (every word of a context passes here).
  if (!speech && !AUXILIARIES.has(t.lower) && t.lower !== 'n') return -1;
  // "an estimated 154 million", "le dit rapport": after an article the word is no verb.
  if (ARTICLES_BEFORE().has(toks[i - 1]?.accented ?? '')) return -1;
  // "No deaths were reported": a passive reports nothing of its subject.
  if (speech && PASSIVE().has(toks[i - 1]?.lower ?? '')) return -1;
  // "the United States": a capitalised word inside a sentence is a name, not a verb.
  if (i > 0 && /^\p{Lu}/u.test(t.text)) return -1;
  // "l'incendie qui s'est déclaré": a reflexive verb ("se déclarer", to break out) reports nothing.
  const reflexive = (k: number) => toks[k]?.lower === 's' || toks[k]?.lower === 'se';
  if (speech) return reflexive(i - 1) || reflexive(i - 2) ? -1 : i;
  if (!AUXILIARIES.has(t.lower) && !(t.lower === 'n' && AUXILIARIES.has(toks[i + 1]?.lower ?? ''))) return -1;
  if (reflexive(i - 1)) return -1;
  let j = t.lower === 'n' ? i + 2 : i + 1;
  while (toks[j] && ADVERBS.has(toks[j]!.lower)) j++;
  return toks[j] && (SPEECH_FR.has(toks[j]!.lower) || SPEECH_EN.has(toks[j]!.lower)) ? j : -1;
}

export function readAttributions(toks: RawToken[], quote: string, lang?: string): AttributionFact[] {
  const { AUXILIARIES, KIND_WORDS, PRONOUNS } = sourceWords();
  const spans: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let from = -1;
    if ((t.lower === 'selon' || (t.lower === 'apres' && toks[i - 1]?.lower === 'd')) && toks[i + 1] && !factsSet('notSources').has(toks[i + 1]!.lower)) from = i + 1;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to' && toks[i + 2]) from = i + 2;
    if (from < 0 && lang) from = accordingTo(toks, i, lang);
    const other = lang && lang !== 'en' && lang !== 'fr' ? lang : undefined;
    const trailing = from < 0 && other ? (trailingSource(toks, quote, other, i) ?? asReported(toks, quote, other, i)) : undefined;
    if (trailing) {
      spans.push(trailing);
      i = trailing[1];
      continue;
    }
    const found = from < 0 && other ? (subjectBefore(toks, quote, other, i) ?? sourceBefore(toks, quote, other, i) ?? finalSource(toks, quote, other, i)) : undefined;
    const before = found && sourceInside(toks, quote, found, other);
    if (before) {
      if (!spans.some(([a, b]) => before[0] <= b && before[1] >= a)) spans.push(before);
      continue;
    }
    // English and French pronouns ("selon lui"); elsewhere those words are articles ("secondo il ministero", "secondo i dati").
    if (from >= 0 && !(other ? factsSet('pronounsAfter') : PRONOUNS).has(toks[from]!.lower)) {
      const to = forward(toks, from, quote, lang);
      spans.push(sourceInside(toks, quote, [from, to], lang));
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
      else if (s >= 0 && !spans.some(([a, b]) => s <= b && v - 1 >= a)) spans.push([s, withoutDay(toks, s, v - 1)]);
      i = after ? after[1] : verbEnd;
      continue;
    }
    // "South Korea's spy agency": a possessive followed by the kind of body.
    if (t.lower === 's' && quote[t.start - 1] === "'" && toks[i + 1] && KIND_WORDS.has(toks[i + 1]!.lower)) {
      let s = i - 1;
      while (s > 0 && /^\p{Lu}/u.test(toks[s - 1]!.text) && !HARD_STOP.test(gap(quote, toks[s - 1]!, toks[s]!))) s--;
      let e = i + 1;
      while (toks[e + 1] && factsSet('bodyTail').has(toks[e + 1]!.lower)) e++;
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
