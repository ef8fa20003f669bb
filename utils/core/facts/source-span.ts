import type { RawToken } from '@/utils/core/matching/lex';
import { sourceWords } from '@/utils/core/facts/source-words';
import { gap, isCapitalised } from '@/utils/core/facts/text';

/**
 * The source inside a phrase read as one: "according to partial results announced on Monday by the
 * Central Electoral Bureau" is the bureau ("potrivit rezultatelor parțiale anunțate luni de Biroul
 * Electoral Central", "secondo quanto riferito dalla Prefettura di Agrigento"): the words after the
 * agent's preposition (SOURCE_AGENTS), when a lowercase word stands before it. And a Turkish name
 * with its case after an apostrophe ends the source there: "Galatasaray'ın açıklamasına göre" (according
 * to Galatasaray's statement) is Galatasaray.
 */
export function sourceInside(toks: RawToken[], quote: string, [a, b]: [number, number], lang: string | undefined): [number, number] {
  const { SOURCE_AGENTS, DETERMINERS } = sourceWords();
  const agents = SOURCE_AGENTS[lang ?? ''];
  for (let k = b - 1; k > a && agents; k--) {
    const t = toks[k]!;
    const n = agents.has(`${t.lower} ${toks[k + 1]!.lower}`) ? 2 : agents.has(t.lower) ? 1 : 0;
    // After a lowercase word ("anunțate luni de"), before a name or its article ("de Biroul", "by the
    // ministry"); Romanian writes its article at the noun's end, so "de la Stockholm" is "from" there.
    const name = toks[k + n];
    const article = lang !== 'ro' && name !== undefined && (DETERMINERS.has(name.lower) || name.lower === 'the' || name.lower === 'les');
    if (n && k + n <= b && !isCapitalised(toks[k - 1]!) && !isCapitalised(t) && (article || isCapitalised(name!))) return [k + n, b];
  }
  for (let k = a; k < b && lang === 'tr'; k++) {
    if (isCapitalised(toks[k]!) && gap(quote, toks[k]!, toks[k + 1]!) === "'" && !isCapitalised(toks[k + 1]!)) return [a, k];
  }
  return [a, b];
}

/**
 * Whether a lowercase word after "according to" ends the source in a language that writes its common
 * nouns in lowercase and inflects an adjective before its noun with -e or -a ("ifølge den svenske
 * kystbevogtning dækker", "volgens de Tsjechische spoorbeheerder zeker tot vrijdag"): once a lowercase
 * noun has been read, the next lowercase word is the clause's. `head` says whether that noun came.
 */
export function endsAfterHead(toks: RawToken[], j: number, head: boolean, lang: string): { end: boolean; head: boolean } {
  const next = toks[j + 1]!;
  if (head) return { end: true, head };
  const after = toks[j + 2];
  // An adjective ("svenske", "Tsjechische") is followed by its noun: a word that is no verb of SOURCE_ENDS.
  const adjective = /[ea]$/.test(next.lower) && after?.kind === 'word' && !sourceWords().SOURCE_ENDS[lang]?.has(after.lower);
  return { end: false, head: !adjective };
}
