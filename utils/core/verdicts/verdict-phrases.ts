import type { Status } from '@/utils/core/statuses';
import { hanTerms, lookupKey } from '@/utils/core/verdicts/verdict-table';
import { verdictKey } from '@/utils/core/verdicts/verdict-key';

/**
 * Whether `key` is one of `words` (a list below), their keys made at the first verdict read, not at
 * every worker start: made at load, they took about 25 ms of a restarted worker's script (CPU profile).
 */
const made = new Map<string, Set<string>>();
const keysOf = (words: string) => {
  let set = made.get(words);
  if (!set) made.set(words, (set = new Set(words.split(',').map(verdictKey))));
  return set;
};
const among = (words: string, key: string) => keysOf(words).has(key);
/** Words that strengthen a verdict without changing it ("Blatantly false", "Totalmente falso"). */
const SAME = 'completely,totally,entirely,absolutely,blatantly,clearly,very,really,utterly,patently,wholly,totalement,complètement,entièrement,absolument,totalmente,completamente,absolutamente,del todo,del tutto,völlig,komplett,tamamen,kesinlikle,sepenuhnya,zupełnie,całkowicie,helt,تماما,كليا';
/** "Mostly": a true verdict becomes partly true, a false one stays false ("Mostly correct", "Çoğunlukla yanlış"). */
const MOSTLY = 'mostly,largely,mainly,almost,nearly,broadly,generally,plutôt,largement,majoritairement,presque,globalement,mayormente,casi,principalmente,praticamente,prácticamente,em grande parte,in gran parte,quasi,prevalentemente,größtenteils,weitgehend,überwiegend,fast,çoğunlukla,büyük ölçüde,hampir,sebagian besar,overwegend,grotendeels,stort sett,skoro,uglavnom,w większości,raczej,aproape,pigem,drīzāk,arti,в основном,غالبا,대체로';
/** "Partly": a true verdict becomes partly true, a false one misleading ("Partially correct", "Teilweise falsch"). */
const PARTLY = 'partly,partially,half,semi,in part,en partie,partiellement,à moitié,parcialmente,en parte,em parte,meio,parzialmente,in parte,mezzo,em partes,teilweise,halb,kısmen,yarı,sebagian,deels,gedeeltelijk,delvis,częściowo,parțial,pjesërisht,djelomično,delimično,napola,жартылай,частично,جزئيا,جزئي';
/**
 * A negation before a verdict turns "true" into false and makes any other verdict unreadable ("Not accurate",
 * "Není pravda"); the scan also reads one after it, as Korean writes it ("사실 아님", not true).
 */
const NOT = 'not,no,non,pas,не,нет,не е,tak,לא,nav,hindi,nije,nu,não,nao,nicht,kein,keine,niet,nie,ne,není,nie je,nie jest,tidak,bukan,ikke,inte,nem,isn,t,ليس,ليست,لا,لم,غير,नहीं,नही,नाही,नथी,नहि,değil,degil,belum,아님';

/** "But" after a true verdict makes it partly true ("Cierto, pero…", "Vrai, mais…", "Benar, tapi…"). */
const BUT = 'but,though,pero,aunque,mas,porém,mais,ma,però,aber,jedoch,ama,fakat,tapi,namun,maar,men,lakin,لكن,लेकिन,但';

/** Qualifiers written as the first part of one word: "halbrichtig", "halbwahr", "semi-vrai", "полуправда". */
const COMPOUND_PARTLY = 'halb,half,semi,polu,пол,nahezu';

/** A qualifier before the verdict, or after it as Arabic writes it ("زائف جزئياً"). */
function qualified(words: string[]): Status | undefined {
  if (words.length === 1) {
    const prefix = [...keysOf(COMPOUND_PARTLY)].find((p) => words[0].startsWith(p) && words[0].length > p.length + 2);
    const base = prefix === undefined ? undefined : lookupKey(words[0].slice(prefix.length));
    if (base) return base === 'confirmed' ? 'partly-true' : base === 'false' ? 'misleading' : base;
  }
  if (words.length > 1 && among(BUT, words[1]) && lookupKey(words[0]) === 'confirmed') {
    // "True but misleading" is misleading (Fact-Check Ghana's scale defines it so); "True but false"
    // names two verdicts, and neither is read.
    const after = scanned(words.slice(2));
    return after === undefined ? 'partly-true' : after === 'misleading' ? 'misleading' : undefined;
  }
  for (let n = 1; n <= 2 && n < words.length; n += 1) {
    const found = withQualifier(words.slice(0, n).join(' '), words.slice(n).join(' '));
    if (found) return found;
    const after = withQualifier(words.slice(-n).join(' '), words.slice(0, -n).join(' '));
    if (after) return after;
  }
  return undefined;
}

function withQualifier(head: string, rest: string): Status | undefined {
  const base = lookupKey(rest);
  if (base) {
    if (among(SAME, head)) return base;
    if (among(MOSTLY, head)) return base === 'confirmed' ? 'partly-true' : base;
    if (among(PARTLY, head)) return base === 'confirmed' ? 'partly-true' : base === 'false' ? 'misleading' : base;
    if (among(NOT, head)) return base === 'confirmed' ? 'false' : undefined;
  }
  return undefined;
}

/**
 * The verdict named inside a short phrase ("misleading / old video", "Old Fake News", "Disputed
 * claim"), or in a sentence of a script whose verdict comes late ("…दावा भ्रामक आहे"): every known
 * word or group of up to three words, which must all agree.
 */
function scanned(words: string[]): Status | undefined {
  const found = new Set<Status>();
  const taken = new Array<boolean>(words.length).fill(false);
  const truths: [number, number][] = [];
  for (let n = Math.min(3, words.length); n >= 1; n -= 1) {
    for (let i = 0; i + n <= words.length; i += 1) {
      if (taken.slice(i, i + n).some(Boolean)) continue;
      const status = lookupKey(words.slice(i, i + n).join(' '));
      if (!status) continue;
      // "…सही नहीं है", "This is not correct", "To nie je pravda": a negated truth is false, any other negated
      // verdict unreadable.
      const before = among(NOT, words[i - 1] ?? '') || (i > 1 && among(NOT, `${words[i - 2]} ${words[i - 1]}`));
      const negated = before || among(NOT, words[i + n] ?? '');
      if (negated && status !== 'confirmed') return undefined;
      found.add(negated ? 'false' : status);
      taken.fill(true, i, i + n);
      if (status === 'confirmed' && !negated) truths.push([i, i + n]);
    }
  }
  // A truth beside a word not read may be qualified in a language whose qualifiers are not listed
  // ("Osittain totta", partly true; "Verdadero a medias", half true): not read as confirmed. A number
  // beside it is a category's number ("1 true").
  if (truths.some(([from, to]) => [from - 1, to].some((j) => j >= 0 && j < words.length && !taken[j] && !among(SAME, words[j]) && !/^\p{N}+$/u.test(words[j])))) {
    return undefined;
  }
  // "Ложь и манипуляция", "Salah - misleading content": misleading, as Factcheck.kz defines its own.
  if (found.size === 2 && found.has('false') && found.has('misleading')) return 'misleading';
  return found.size === 1 ? [...found][0] : undefined;
}

/** Qualifiers written right before a Han-script verdict: partly ("一部誤り", "部分正確"), mostly ("おおむね正確", "大致正確"). */
const HAN_PARTLY = ['一部', '部分'];
const HAN_MOSTLY = ['おおむね', 'ほぼ', '大致', '大部分', '基本'];

/**
 * Han-script verdicts inside a phrase, longest first ("部分錯誤" before "錯誤"); all must agree. A
 * qualifier before one changes it as the words above do; a truth right after other unread letters is
 * not read (they may qualify it).
 */
function hanScanned(text: string): Status | undefined {
  const found = new Set<Status>();
  let end = 0;
  for (let i = 0; i < text.length; ) {
    const hit = hanTerms().find(([term]) => text.startsWith(term, i));
    if (!hit) {
      i += 1;
      continue;
    }
    const before = text.slice(end, i);
    let status = hit[1];
    if (HAN_PARTLY.some((q) => before.endsWith(q))) status = status === 'confirmed' ? 'partly-true' : status === 'false' ? 'misleading' : status;
    else if (HAN_MOSTLY.some((q) => before.endsWith(q))) status = status === 'confirmed' ? 'partly-true' : status;
    else if (status === 'confirmed' && before !== '') return undefined;
    found.add(status);
    i += hit[0].length;
    end = i;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Short Latin-script phrases are read word by word; longer Latin sentences only by their first words. */
const MAX_PHRASE_WORDS = 6;

/** The status a label means by its words, when the label as a whole is not in the tables. */
export function statusFromPhrase(text: string): Status | undefined {
  const key = verdictKey(text);
  if (!key) return undefined;
  if (/\p{Script=Han}/u.test(key)) return hanScanned(key.replace(/ /g, ''));
  const words = key.split(' ');
  const latin = /^[\p{Script=Latin}\p{N} ]+$/u.test(key);
  if (latin && words.length > MAX_PHRASE_WORDS) return undefined;
  return qualified(words) ?? scanned(words);
}
