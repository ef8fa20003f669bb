import { LATIN_ENDINGS, LATIN_LETTERS, LATIN_STOPWORDS } from '@/utils/core/language/latin-stopwords';
import { languageFromScript } from '@/utils/core/language/script-language';

const STOP_SETS = new Map(Object.entries(LATIN_STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));
/** How many languages list each word: a shared word's vote is split among them. */
const SHARED = new Map<string, number>();
for (const set of STOP_SETS.values()) for (const w of set) SHARED.set(w, (SHARED.get(w) ?? 0) + 1);

/**
 * Per stop word, the indexes (in STOP_SETS' order) of the languages that list it: bestVote's sums
 * made word by word with one look-up each, where a pass over the words per language took one per
 * language (the same additions in the same order for each language, so the same sums).
 */
const STOP_LANGS = [...STOP_SETS.keys()];
const LANGS_OF = new Map<string, number[]>();
STOP_LANGS.forEach((lang, i) => {
  for (const w of STOP_SETS.get(lang)!) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), i]);
});

/** bestVote over STOP_SETS. */
function bestStopVote(words: string[], bonus: Map<string, number>): string | undefined {
  const scores = STOP_LANGS.map((lang) => bonus.get(lang) ?? 0);
  for (const w of words) {
    const langs = LANGS_OF.get(w);
    if (!langs) continue;
    const vote = 1 / (SHARED.get(w) ?? 1);
    for (const i of langs) scores[i]! += vote;
  }
  let best: string | undefined;
  let bestScore = 0;
  STOP_LANGS.forEach((lang, i) => {
    if (scores[i]! > bestScore) {
      best = lang;
      bestScore = scores[i]!;
    }
  });
  return best;
}

const isQuote = (c: string) => c === "'" || c === '’';

/** Whether `text` has at least `n` runs of letters (the count stops there). */
function atLeastWords(text: string, n: number): boolean {
  const re = /\p{L}+/gu;
  let found = 0;
  while (found < n && re.exec(text)) found++;
  return found >= n;
}

/** Every ending of LATIN_ENDINGS (each is a group of endings before `$`): a word with none of them
 *  is tested against no language's. */
const ANY_ENDING = new RegExp(
  `(?:${LATIN_ENDINGS.map(([re]) => {
    const group = /\(([^()]*)\)\$$/.exec(re.source);
    if (!group) throw new Error(`detect-language: ${re.source} does not end with a group of endings`);
    return group[1];
  }).join('|')})$`,
  'u',
);

/** Marathi and Nepali share Devanagari with Hindi; their commonest words tell them apart. */
const DEVANAGARI_WORDS: Record<string, Set<string>> = {
  hi: new Set('है हैं का की के में और से को ने यह कि पर भी था थे नहीं'.split(' ')),
  mr: new Set('आहे आणि या च्या हे की नाही आहेत होते केली केले'.split(' ')),
  ne: new Set('छ र को का मा पनि हो गरेको भएको छन् थियो'.split(' ')),
};

function bestVote(words: string[], sets: [string, Set<string>][], bonus: Map<string, number> = new Map()): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, set] of sets) {
    let score = bonus.get(lang) ?? 0;
    for (const w of words) if (set.has(w)) score += 1 / (SHARED.get(w) ?? 1);
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
  const unquoted = whole.includes('‘') ? whole.replace(/‘[^’]*’/g, ' ') : whole;
  const sample = unquoted === whole || atLeastWords(unquoted, 4) ? unquoted : whole;
  const script = languageFromScript(sample);
  const lower = sample.toLowerCase();
  const words = lower.match(/[\p{L}\p{M}'’]+/gu)?.map((w) => (isQuote(w[0]!) || isQuote(w[w.length - 1]!) ? w.replace(/^['’]+|['’]+$/g, '') : w)) ?? [];
  if (script === 'hi') return bestVote(words, Object.entries(DEVANAGARI_WORDS)) ?? 'hi';
  if (script) return script;
  const bonus = new Map<string, number>();
  for (const [re, langs] of LATIN_LETTERS) {
    const n = lower.match(re)?.length ?? 0;
    // Capped: one Polish name in an English sentence must not outvote its grammar.
    for (const lang of langs) if (n) bonus.set(lang, (bonus.get(lang) ?? 0) + Math.min(n, 2) / langs.length);
  }
  for (const w of words) {
    if (w.length < 5 || !ANY_ENDING.test(w)) continue;
    for (const [re, lang] of LATIN_ENDINGS) if (re.test(w)) bonus.set(lang, (bonus.get(lang) ?? 0) + 0.5);
  }
  // French and Italian elisions: "l'armée", "d'Ivoire", "dell'esercito".
  for (const w of words) {
    if (!w.includes("'") && !w.includes('’')) continue;
    if (/^(l|d|qu|n|s|c|j)['’]\p{L}/u.test(w)) bonus.set('fr', (bonus.get('fr') ?? 0) + 1);
    if (/^(dell|nell|all|dall|sull|un)['’]\p{L}/u.test(w)) bonus.set('it', (bonus.get('it') ?? 0) + 1);
  }
  return bestStopVote(words, bonus);
}
