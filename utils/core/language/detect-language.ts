import { LATIN_ENDINGS, LATIN_LETTERS, LATIN_STOPWORDS } from '@/utils/core/language/latin-stopwords';
import { languageFromScript } from '@/utils/core/language/script-language';

const STOP_SETS = new Map(Object.entries(LATIN_STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));
/** How many languages list each word: a shared word's vote is split among them. */
const SHARED = new Map<string, number>();
for (const set of STOP_SETS.values()) for (const w of set) SHARED.set(w, (SHARED.get(w) ?? 0) + 1);

/** Marathi and Nepali share Devanagari with Hindi; their commonest words tell them apart. */
const DEVANAGARI_WORDS: Record<string, Set<string>> = {
  hi: new Set('है हैं का की के में और से को ने यह कि पर भी था थे नहीं'.split(' ')),
  mr: new Set('आहे आणि या च्या हे की नाही आहेत होते केली केले'.split(' ')),
  ne: new Set('छ र को का मा पनि हो गरेको भएको छन् थियो'.split(' ')),
};

function bestVote(words: string[], sets: Map<string, Set<string>> | [string, Set<string>][], bonus: Map<string, number> = new Map()): string | undefined {
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
  const unquoted = whole.replace(/‘[^’]*’/g, ' ');
  const sample = (unquoted.match(/\p{L}+/gu)?.length ?? 0) >= 4 ? unquoted : whole;
  const script = languageFromScript(sample);
  const words = sample.toLowerCase().match(/[\p{L}\p{M}'’]+/gu)?.map((w) => w.replace(/^['’]+|['’]+$/g, '')) ?? [];
  if (script === 'hi') return bestVote(words, Object.entries(DEVANAGARI_WORDS)) ?? 'hi';
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
  return bestVote(words, STOP_SETS, bonus);
}
