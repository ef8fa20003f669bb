import { gazetteer, soundOf, soundWord } from '@/utils/core/facts/gazetteer';
import { sourceWords } from '@/utils/core/facts/source-words';
import { tokens } from '@/utils/core/facts/text';
import { factsSet } from '@/utils/core/facts/facts-words';

/**
 * The key under which the ways outlets name one source meet. In order: a known agency acronym
 * ("NIS" = kr-intelligence), a person's surname ("le président Volodymyr Zelensky" = p-zelenski), the
 * country and kind of body ("South Korea's spy agency" = kr-intelligence, "les médias sud-coréens" =
 * kr-media), a title and country, then the phrase's own content words. Nothing here is per story.
 */

const ARTICLES = (): ReadonlySet<string> => factsSet('keyArticles');

/** The kind of body a folded phrase names ("intelligence", "media"), if any. */
export function kindOf(folded: string): string | undefined {
  const padded = ` ${folded} `;
  for (const [kind, words] of sourceWords().KINDS) if (words.some((w) => padded.includes(` ${w} `))) return kind;
  return undefined;
}

/** The country a phrase names, by name or demonym ("sud-coréen", "South Korea's", "de Corée du Sud"). */
function countryOf(words: string[]): { code: string; at: Set<number> } | undefined {
  const g = gazetteer();
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const sound = soundOf(words.slice(i, i + n));
      const place = g.places.get(sound);
      const code = place?.kind === 'country' ? place.country : g.demonyms.get(sound);
      if (code) return { code: code.toLowerCase(), at: new Set(Array.from({ length: n }, (_, k) => i + k)) };
    }
  }
  return undefined;
}

/**
 * Keys a source phrase is compatible with beyond its own: "le porte-parole du Kremlin, Dmitri
 * Peskov" speaks for ru-presidency; "La Russie" (ru) covers any Russian body. The card merges
 * sources that share one, so a spokesperson and the body he speaks for are not a disagreement.
 */
export function relatedSourceKeys(name: string): string[] {
  const { ACRONYMS } = sourceWords();
  const own = sourceKey(name);
  const out = new Set([own]);
  const toks = tokens(name);
  const folded = toks.map((t) => t.lower).join(' ');
  for (const t of toks) if (ACRONYMS[t.lower] && t.text !== t.text.toLowerCase()) out.add(ACRONYMS[t.lower]!);
  const country = countryOf(toks.map((t) => t.text));
  const kind = kindOf(folded);
  if (country && kind) out.add(`${country.code}-${kind}`);
  return [...out];
}

// The same names come back in every quote of an article read with its context: keys are remembered,
// a bounded number of them.
const KEYS = new Map<string, string>();
const KEYS_KEPT = 4096;

export function sourceKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= KEYS_KEPT) KEYS.clear();
    key = keyOf(name);
    KEYS.set(name, key);
  }
  return key;
}

function keyOf(name: string): string {
  const { ACRONYMS, BODIES, BODY_WORDS, TITLES } = sourceWords();
  const toks = tokens(name);
  const folded = toks.map((t) => t.lower).join(' ');
  for (const t of toks) {
    const acronym = ACRONYMS[t.lower];
    if (acronym && (t.text === t.text.toUpperCase() || t.lower.length > 4)) return acronym;
  }
  for (const phrase of ['maison blanche', 'white house']) if (folded.includes(phrase)) return ACRONYMS[phrase]!;
  for (const [key, names] of BODIES) if (names.some((n) => ` ${folded} `.includes(` ${n} `))) return key;
  const isBody = toks.some((t) => BODY_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text));
  const country = countryOf(toks.map((t) => t.text));
  const kind = kindOf(folded);
  // A person: the last run of capitalised words that are neither a place, a body nor a title.
  const g = gazetteer();
  const isName = (i: number) => {
    const t = toks[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || country?.at.has(i) || TITLES.has(t.lower) || ARTICLES().has(t.lower)) return false;
    if (kindOf(t.lower)) return false;
    // "Lloyd Austin": a place name next to another name word is a surname.
    const neighbour = (k: number) => toks[k] !== undefined && /^\p{Lu}\p{Ll}/u.test(toks[k]!.text) && !TITLES.has(toks[k]!.lower);
    if (g.places.has(soundWord(t.text)) && !neighbour(i - 1) && !neighbour(i + 1)) return false;
    // The first word of the phrase is capitalised anyway: a name there needs a second name word.
    return i > 0 || toks.length === 1 || (toks[1] !== undefined && /^\p{Lu}/u.test(toks[1].text));
  };
  if (!isBody) for (let i = toks.length - 1; i >= 0; i--) if (isName(i)) return `p-${soundWord(toks[i]!.text)}`;
  if (country && kind) return `${country.code}-${kind}`;
  const acronym = toks.find((t) => /^\p{Lu}{2,}$/u.test(t.text));
  if (acronym) return acronym.lower;
  const title = toks.find((t) => TITLES.has(t.lower) && t.lower !== 'porte');
  if (country && title) return `${country.code}-${title.lower}`;
  if (kind) return kind;
  if (country) return country.code;
  const content = toks.filter((t) => !ARTICLES().has(t.lower)).map((t) => t.lower);
  return content.slice(0, 4).join('-') || folded;
}
