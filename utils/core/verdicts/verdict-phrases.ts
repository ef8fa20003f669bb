import type { Status } from '@/utils/core/statuses';
import { hanTerms, lookupKey, verdictQualifiers as q } from '@/utils/core/verdicts/verdict-table';
import { verdictKey } from '@/utils/core/verdicts/verdict-key';

/**
 * Whether `key` is one of `words` (a list of verdict-qualifiers.ts), their keys made at the first verdict read, not at
 * every worker start: made at load, they took about 25 ms of a restarted worker's script (CPU profile).
 */
const made = new Map<string, Set<string>>();
const keysOf = (words: string) => {
  let set = made.get(words);
  if (!set) made.set(words, (set = new Set(words.split(',').map(verdictKey))));
  return set;
};
const among = (words: string, key: string) => keysOf(words).has(key);

/** A qualifier before the verdict, or after it as Arabic writes it ("زائف جزئياً"). */
function qualified(words: string[]): Status | undefined {
  if (words.length === 1) {
    const prefix = [...keysOf(q().compoundPartly)].find((p) => words[0].startsWith(p) && words[0].length > p.length + 2);
    const base = prefix === undefined ? undefined : lookupKey(words[0].slice(prefix.length));
    if (base) return base === 'confirmed' ? 'partly-true' : base === 'false' ? 'misleading' : base;
  }
  if (words.length > 1 && among(q().but, words[1]) && lookupKey(words[0]) === 'confirmed') {
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
    if (among(q().same, head)) return base;
    if (among(q().mostly, head)) return base === 'confirmed' ? 'partly-true' : base;
    if (among(q().partly, head)) return base === 'confirmed' ? 'partly-true' : base === 'false' ? 'misleading' : base;
    if (among(q().not, head)) return base === 'confirmed' ? 'false' : undefined;
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
      const before = among(q().not, words[i - 1] ?? '') || (i > 1 && among(q().not, `${words[i - 2]} ${words[i - 1]}`));
      const negated = before || among(q().not, words[i + n] ?? '');
      if (negated && status !== 'confirmed') return undefined;
      found.add(negated ? 'false' : status);
      taken.fill(true, i, i + n);
      if (status === 'confirmed' && !negated) truths.push([i, i + n]);
    }
  }
  // A truth beside a word not read may be qualified in a language whose qualifiers are not listed
  // ("Osittain totta", partly true; "Verdadero a medias", half true): not read as confirmed. A number
  // beside it is a category's number ("1 true").
  if (truths.some(([from, to]) => [from - 1, to].some((j) => j >= 0 && j < words.length && !taken[j] && !among(q().same, words[j]) && !/^\p{N}+$/u.test(words[j])))) {
    return undefined;
  }
  // "Ложь и манипуляция", "Salah - misleading content": misleading, as Factcheck.kz defines its own.
  if (found.size === 2 && found.has('false') && found.has('misleading')) return 'misleading';
  return found.size === 1 ? [...found][0] : undefined;
}


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
    if (q().hanPartly.some((w) => before.endsWith(w))) status = status === 'confirmed' ? 'partly-true' : status === 'false' ? 'misleading' : status;
    else if (q().hanMostly.some((w) => before.endsWith(w))) status = status === 'confirmed' ? 'partly-true' : status;
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
