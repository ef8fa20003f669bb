/** A hashtag or handle in one case and letters alone ("#capetownstorm", "#FYREFESTIVAL"), or capitalised only at its start
 *  ("#Fyrefestival"): no case tells its words apart (CheckThat! 2020 MAP@5 dev 0.840 to 0.845, train unchanged). */
const ONE_CASE = /^(?:\p{Lu}?\p{Ll}{5,}|\p{Lu}{6,})$/u;

/**
 * The words of a hashtag written in one case ("capetownstorm": "cape town storm"), read against
 * the words a library knows (`known`: whether a word's stem is a term of it): the split leaving the
 * fewest letters in pieces the library does not know, then with the fewest pieces. Known pieces have
 * three letters or more; at most one piece is unknown, of four letters or more ("krystinamartelli":
 * "krystina martelli"), so a stop word is not cut off a word ("therapist" is not "the rapist").
 * Undefined when the word is known whole or no split has a known piece of four letters or more.
 */
export function splitHashtag(word: string, known: (piece: string) => boolean): string | undefined {
  const n = word.length;
  if (n > 40 || known(word)) return undefined;
  // best[i][u]: for word[0, i) with u unknown pieces (0 or 1): [unknown letters, pieces, start of the last piece, u before it].
  type Step = [letters: number, pieces: number, from: number, uBefore: number];
  const best: (Step | undefined)[][] = [[[0, 0, 0, 0], undefined]];
  const better = (a: Step, b: Step | undefined) => !b || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (let i = 1; i <= n; i++) {
    const row: (Step | undefined)[] = [undefined, undefined];
    for (let j = Math.max(0, i - 24); j <= i - 3; j++) {
      const piece = word.slice(j, i);
      const isKnown = piece.length >= 3 && known(piece);
      const unknownOk = piece.length >= 4;
      for (let u = 0; u < 2; u++) {
        const before = best[j]?.[u];
        if (!before) continue;
        if (isKnown) {
          const cand: Step = [before[0], before[1] + 1, j, u];
          if (better(cand, row[u])) row[u] = cand;
        } else if (u === 0 && unknownOk) {
          const cand: Step = [before[0] + piece.length, before[1] + 1, j, 0];
          if (better(cand, row[1])) row[1] = cand;
        }
      }
    }
    best[i] = row;
  }
  const ends = best[n]!;
  const u = ends[0] && better(ends[0], ends[1]) ? 0 : 1;
  const end = ends[u];
  if (!end || end[1] < 2 || end[0] > n - 4) return undefined;
  const pieces: string[] = [];
  for (let i = n, k = u; i > 0; ) {
    const step = best[i]![k]!;
    pieces.unshift(word.slice(step[2], i));
    i = step[2];
    k = step[3];
  }
  return pieces.join(' ');
}

/**
 * Strips what carries no claim content in social-media text and selections
 * (links), and turns hashtags and handles into their words. Links are cut
 * wherever they start: a copied tweet glues them to the word before
 * ("#IranUsapic.twitter.com/Tv...", "clip:https://t.co/..."), and the glued
 * word ("usapic") would otherwise be searched for. A handle in parentheses
 * repeats the name before it: an embedded tweet signs "— Donald J. Trump
 * (@realDonaldTrump) March 24, 2019", and its words counted the author twice
 * (CheckThat! 2020 MAP@5: dev 0.829 to 0.831, train 0.871 to 0.873). With `splitWord`, a hashtag or
 * handle in one case is given to it first (splitHashtag against a library's words).
 */
export function cleanQuery(text: string, splitWord?: (word: string) => string | undefined): string {
  return (
    text
      .replace(/\s*\(@\w+\)/g, ' ')
      .replace(/https?:\/\/\S+/gi, ' ')
      .replace(/\bwww\.\S+/gi, ' ')
      .replace(/pic\.twitter\.com\/\S+/gi, ' ')
      // "#FakeNews" / "@JoeBiden" / "#GOPTaxScam" / "#Trump2020": keep the words, split camel case, acronyms and figures.
      .replace(/[#@]([\p{L}\p{N}_]+)/gu, (_, w: string) =>
        ` ${(splitWord && ONE_CASE.test(w) && splitWord(w.toLowerCase())) || w
          .replace(/_/g, ' ')
          .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
          .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
          .replace(/(\p{L})(\p{N})/gu, '$1 $2')
          .replace(/(\p{N})(\p{L}{2,})/gu, '$1 $2')} `,
      )
  );
}
