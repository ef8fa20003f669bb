import { LATIN_ENDINGS, LATIN_LETTERS } from '@/utils/core/language/latin-stopwords';
import { factsWords } from '@/utils/core/facts/facts-words';
import { languageFromScript } from '@/utils/core/language/script-language';

interface Votes {
  latin: Map<string, Set<string>>;
  devanagari: [string, Set<string>][];
  /** How many languages list each word: a shared word's vote is split among them. */
  shared: Map<string, number>;
}
let votes: Votes | undefined;

/** The guesser's words (the commonest of each language, `words/facts.*`), made into sets at the first guess. */
function votesOf(): Votes {
  if (votes) return votes;
  const split = (table: Record<string, string>) => Object.entries(table).map(([lang, words]) => [lang, new Set(words.split(' '))] as [string, Set<string>]);
  const latin = new Map(split(factsWords().latinStopwords));
  const shared = new Map<string, number>();
  for (const set of latin.values()) for (const w of set) shared.set(w, (shared.get(w) ?? 0) + 1);
  return (votes = { latin, devanagari: split(factsWords().devanagariWords), shared });
}

function bestVote(words: string[], sets: Map<string, Set<string>> | [string, Set<string>][], bonus: Map<string, number> = new Map()): string | undefined {
  const shared = votesOf().shared;
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, set] of sets) {
    let score = bonus.get(lang) ?? 0;
    for (const w of words) if (set.has(w)) score += 1 / (shared.get(w) ?? 1);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The language of a text (a BCP 47 primary subtag), DOM-free and dictionary-free: the script for
 * non-Latin text (Arabic and Persian told apart by their letters, Devanagari languages by their
 * commonest words), stop-word votes plus distinctive letters for Latin-script text. Undefined when
 * the text gives no evidence (no letters, or a few words none of which is telling).
 */
export function detectLanguage(text: string): string | undefined {
  const whole = text.slice(0, 2000);
  // A quoted title ("‘Killing in The Name’") is often in another language than the sentence.
  const unquoted = whole.replace(/‘[^’]*’/g, ' ');
  const sample = (unquoted.match(/\p{L}+/gu)?.length ?? 0) >= 4 ? unquoted : whole;
  const script = languageFromScript(sample);
  const words = sample.toLowerCase().match(/[\p{L}\p{M}'’]+/gu)?.map((w) => w.replace(/^['’]+|['’]+$/g, '')) ?? [];
  if (script === 'hi') return bestVote(words, votesOf().devanagari) ?? 'hi';
  if (script) return script;
  const bonus = new Map<string, number>();
  for (const [re, langs] of LATIN_LETTERS) {
    const n = sample.toLowerCase().match(re)?.length ?? 0;
    // Capped: one Polish name in an English sentence must not outvote its grammar.
    for (const lang of langs) if (n) bonus.set(lang, (bonus.get(lang) ?? 0) + Math.min(n, 2) / langs.length);
  }
  for (const w of words) {
    if (w.length < 5) continue;
    for (const [re, lang] of LATIN_ENDINGS) if (re.test(w)) bonus.set(lang, (bonus.get(lang) ?? 0) + 0.5);
  }
  // French and Italian elisions: "l'armée", "d'Ivoire", "dell'esercito".
  for (const w of words) {
    if (/^(l|d|qu|n|s|c|j)['’]\p{L}/u.test(w)) bonus.set('fr', (bonus.get('fr') ?? 0) + 1);
    if (/^(dell|nell|all|dall|sull|un)['’]\p{L}/u.test(w)) bonus.set('it', (bonus.get('it') ?? 0) + 1);
  }
  return bestVote(words, votesOf().latin, bonus);
}
