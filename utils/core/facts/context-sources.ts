import { readAttributions } from '@/utils/core/facts/sources';
import { kindOf, sourceKey } from '@/utils/core/facts/source-key';
import { sourceWords } from '@/utils/core/facts/source-words';
import { asSourceName, sentenceSubject } from '@/utils/core/facts/source-name';
import { speakerCues, type GrammaticalNumber } from '@/utils/core/facts/speaker-cues';
import { tokens } from '@/utils/core/facts/text';
import { leadNames } from '@/utils/core/facts/lead-sources';
import { clauseSource } from '@/utils/core/facts/clause-source';
import type { AttributionFact } from '@/utils/core/facts/types';
import { definite, factsSet } from '@/utils/core/facts/facts-words';
import { recentContext } from '@/utils/core/facts/recent-context';

/**
 * Sources a quote owes to its article: the quote continues a sentence that names its speaker ("Kyrylo
 * Budanov a déclaré que [quote]"), or its speaker is a pronoun or a bare description ("Il a déclaré",
 * "a-t-il ajouté", "selon lui", "he said", "the minister added") standing for a source the article
 * named a few sentences before. Only sources the context names by a reporting verb or "selon /
 * according to" are candidates, and a pronoun takes the last one that agrees with it: when none
 * does, nothing is attributed.
 */

const SENTENCE_END = /[.!?…]["»”)]?\s+|\n+/g;
/** Words of a source no lead names it by: its articles, and "de", "of", the possessive "s" (a word set). */
const GENERIC = (): ReadonlySet<string> => factsSet('sourceGeneric');

interface Named {
  name: string;
  key: string;
  /** Offset in the context: the later, the nearer the quote. */
  at: number;
}

/** A pronoun stands for a source named at most this many sentences before its own. */
const PRONOUN_REACH = 5;

/** Sentence start offsets in the text (0 first). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index! + m[0].length);
  return starts;
}

/** Reporting phrases the quote-level reader does not know, as one it does, of the same length. */
const SAME_LENGTH: [RegExp, string][] = [
  [/\bmis en garde\b/gu, 'averti      '],
  [/\bfait savoir\b/gu, 'indique     '],
];
const asKnownVerbs = (text: string) => SAME_LENGTH.reduce((t, [re, to]) => t.replace(re, to), text);

/**
 * The name a reporting verb's subject gives, read in its sentence: "Rutte, qui a pris ses fonctions…,
 * a souligné" is Rutte; "Le porte-parole du Pentagone, Pat Ryder" keeps the title in apposition.
 */
function withTitle(sentence: string, a: AttributionFact): string {
  const before = sentence.slice(0, a.start);
  const relative = /(?:^|[,;:]\s*)((?:\p{Lu}|(?:le|la|l'|les|the)\s)[^,;:]{1,80}),\s*(?:qui|who)\s[^,;:]*$/u.exec(before);
  if (relative) return relative[1]!.trim();
  const m = /(?:^|[,;:]\s*|\b(?:que|qu'|that)\s+)((?:le|la|l'|les|the)\s[^,;:.]{2,90}),\s*$/iu.exec(before);
  const { TITLES } = sourceWords();
  if (!m || !tokens(m[1]!).some((t) => TITLES.has(t.lower))) return a.name;
  return `${m[1]}, ${a.name}`;
}

/** Every source the text names, sentence by sentence, with where it is named. */
function namedSources(text: string): Named[] {
  const out: Named[] = [];
  const starts = sentenceStarts(text);
  starts.forEach((s, i) => {
    const sentence = text.slice(s, starts[i + 1] ?? text.length);
    const known = asKnownVerbs(sentence);
    const said = readAttributions(tokens(known), known);
    for (const a of said) {
      const name = asSourceName(withTitle(sentence, a));
      if (name) out.push({ name, key: sourceKey(name), at: s + a.start });
    }
    // A sentence whose subject says nothing ("La DGAC a demandé…") still names who "elle" is next.
    const subject = said.length ? undefined : sentenceSubject(sentence);
    if (subject) out.push({ name: subject.name, key: sourceKey(subject.name), at: s + subject.start });
  });
  return out;
}

function numberOf(name: string): GrammaticalNumber {
  const toks = tokens(name);
  const first = toks[0]?.lower ?? '';
  if (factsSet('pluralDeterminers').has(first)) return 'plural';
  if (toks.some((t, i) => i > 0 && (t.lower === 'et' || t.lower === 'and'))) return 'plural';
  // "Analysts at Barclays", "Meteorologists at the national weather service": the head noun is plural.
  const head = definite().has(first) ? toks[1] : toks[0];
  const afterHead = toks[toks.indexOf(head!) + 1]?.lower ?? '';
  if (head && /s$/.test(head.lower) && factsSet('afterPluralHead').has(afterHead)) return 'plural';
  const last = toks[toks.length - 1];
  // "South Korean officials": an English plural noun ends the phrase, lowercase.
  return last && /^\p{Ll}.*s$/u.test(last.text) && first !== 'le' && first !== 'la' ? 'plural' : 'singular';
}

function isPerson(n: Named): boolean {
  const { TITLES } = sourceWords();
  return n.key.startsWith('p-') || tokens(n.name).some((t) => TITLES.has(t.lower));
}

/** A bare description ("le centre", "the minister", "the agency"): definite, short, no proper name. */
function descriptionHead(name: string): string[] | undefined {
  const toks = tokens(name);
  if (toks.length < 2 || toks.length > 4 || !definite().has(toks[0]!.lower)) return undefined;
  if (toks.slice(1).some((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  return toks.map((t) => t.lower).filter((w) => !GENERIC().has(w));
}

function describes(head: string[], description: string, n: Named): boolean {
  const words = new Set(tokens(n.name).map((t) => t.lower));
  // "le média américain" is not "le média d'investigation Agentstvo": every word must fit.
  if (head.every((w) => words.has(w))) return true;
  if (head.length > 1) return false;
  const kind = kindOf(tokens(description).map((t) => t.lower).join(' '));
  return kind !== undefined && kind === kindOf(tokens(n.name).map((t) => t.lower).join(' '));
}

function insideQuotation(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

const lastOf = (list: Named[], ok: (n: Named) => boolean) => [...list].reverse().find(ok);

/**
 * The quote's sources once its context is read: its own (a bare description replaced by the source it
 * stands for), then those the context gives it. Spans of context sources cover the cue in the quote
 * ("a-t-il déclaré") or are empty at 0 when the cue is before the quote.
 */
export function withContextSources(quote: string, own: AttributionFact[], context: string): AttributionFact[] {
  const recent = recentContext(context);
  const starts = sentenceStarts(recent);
  // A context that ends inside a sentence: the quote continues it (the lead).
  const leadStart = starts[starts.length - 1]!;
  const before = recent.slice(0, leadStart);
  const lead = recent.slice(leadStart);
  const earlier = namedSources(before);
  // Where the sentences PRONOUN_REACH before the quote's start: farther sources are out of a pronoun's reach.
  const reach = starts[Math.max(0, starts.length - 1 - PRONOUN_REACH)]!;
  const out: AttributionFact[] = [];
  const keys = new Set<string>();
  const add = (a: AttributionFact) => {
    if (keys.has(a.key)) return;
    keys.add(a.key);
    out.push(a);
  };

  // Pronouns in the quote may stand for a source the quote itself names ("X said…, and he added").
  const inQuote: Named[] = [];
  for (const a of own) {
    const head = descriptionHead(a.name);
    const found = head && lastOf(earlier, (n) => describes(head, a.name, n));
    const resolved = found ? { ...a, name: found.name, key: found.key, fromContext: true } : a;
    add(resolved);
    inQuote.push({ name: resolved.name, key: resolved.key, at: recent.length + a.start });
  }

  // The sentence the quote belongs to, from its start in the context.
  const sentence = lead + quote;
  const toks = tokens(sentence);
  const candidates = [...earlier];
  // "[…publiée par le Centre,] qui dépend du ministère": a quote that is a relative clause describes
  // the name before it; that name is not its source.
  const describesLead = /^(qui|which|who|dont|that)$/.test(tokens(quote)[0]?.lower ?? '');
  for (const [a, b] of describesLead ? [] : leadNames(toks, sentence, lead.length)) {
    // "(NIS)": the closing parenthesis belongs to the name.
    const end = toks[b]!.end + (sentence[toks[b]!.end] === ')' ? 1 : 0);
    const name = asSourceName(sentence.slice(toks[a]!.start, end), true);
    if (!name) continue;
    candidates.push({ name, key: sourceKey(name), at: before.length + toks[a]!.start });
    add({ name, key: sourceKey(name), start: 0, end: 0, fromContext: true });
  }
  // "X a déclaré que les services de renseignement avaient trouvé des preuves suggérant qu'[quote]".
  const clause = describesLead ? undefined : clauseSource(lead);
  if (clause) {
    candidates.push({ name: clause.name, key: sourceKey(clause.name), at: before.length + clause.start });
    add({ name: clause.name, key: sourceKey(clause.name), start: 0, end: 0, fromContext: true });
  }
  // "[Le Centre ukrainien pour la communication…] a publié": the quote starts at the verb, the
  // sentence's start before it is its subject, however long.
  const q = tokens(quote);
  const { AUXILIARIES, SPEECH_EN, SPEECH_FR, SPEECH_FR_PRESENT } = sourceWords();
  const spoken = (w?: string) => !!w && (SPEECH_FR.has(w) || SPEECH_EN.has(w));
  const verbFirst = (AUXILIARIES.has(q[0]?.lower ?? '') && spoken(q[1]?.lower)) || SPEECH_FR_PRESENT.has(q[0]?.lower ?? '') || SPEECH_EN.has(q[0]?.lower ?? '');
  const whole = verbFirst && !/[,;:«»"]/.test(lead) ? asSourceName(lead.trim(), true) : undefined;
  if (whole) add({ name: whole, key: sourceKey(whole), start: 0, end: 0, fromContext: true });
  const known = asKnownVerbs(sentence);
  for (const a of readAttributions(tokens(known), known)) {
    if (a.start >= lead.length || describesLead || whole) continue;
    const named = asSourceName(withTitle(sentence, a), true);
    if (!named) continue;
    // "Le centre affirme que": the centre the article named before.
    const head = descriptionHead(named);
    const name = (head && lastOf(earlier, (n) => describes(head, named, n))?.name) || named;
    candidates.push({ name, key: sourceKey(name), at: before.length + a.start });
    add({ name, key: sourceKey(name), start: 0, end: 0, fromContext: true });
  }
  candidates.push(...inQuote);
  for (const c of speakerCues(toks, sentence)) {
    // "« Quand nous avons dit…, il a dit "quelle peine ?" »": a cue inside quoted speech is someone
    // the speaker quotes, not the speaker.
    if (insideQuotation(sentence.slice(0, toks[c.from]!.start))) continue;
    const at = before.length + toks[c.from]!.start;
    const found = lastOf(candidates, (n) => n.at < at && n.at >= reach && numberOf(n.name) === c.number && (!c.person || isPerson(n)));
    if (!found) continue;
    const from = toks[c.from]!.start - lead.length;
    const to = toks[c.to]!.end - lead.length;
    add({ name: found.name, key: found.key, start: Math.max(0, from), end: Math.max(0, to), fromContext: true });
  }
  return out;
}
