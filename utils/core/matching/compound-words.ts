/**
 * German and Dutch write a noun phrase as one word ("Verteidigungshaushalt", defence budget;
 * "Zinszahlungen", interest payments), and a word list lists few of the compounds a news page
 * makes up. A compound the list lacks is read as its two parts, each of which the list knows:
 * the head at the end (the stem of the whole word ends as the head's stem does) and the modifier
 * before it, less the linking letters German and Dutch put between them ("Verteidigung-s-haushalt").
 * Only for words with no translation of their own: every other word keeps what the list says.
 */

/** Languages that glue nouns together, as their word lists need splitting. */
const COMPOUNDING = new Set(['de', 'nl']);

/** Letters a part must have at least: shorter ends ("ab", "end") are suffixes as often as words. */
const MIN_PART = 4;
/** Whole stems shorter than this are rarely compounds of two such parts. */
const MIN_COMPOUND = 2 * MIN_PART;
/** Translations kept per part: the head's first, then the modifier's. */
const STEMS_PER_PART = 4;

/** Endings that make a noun of a word ("Schlank-heit", "Gezond-heid", "Freund-schaft"): never a head
 *  (the word list reads "heit" as a stem of "heiter"), and taken off a modifier the list lacks. */
const SUFFIXES = ['heit', 'keit', 'schaft', 'heid', 'schap', 'lich', 'lijk', 'isch', 'chen'];

/** Linking letters at the modifier's end ("Amts-", "Schlankheits-", "Sonnen-", "Hilfs-" for "Hilfe"). */
function modifierForms(modifier: string): string[] {
  const out = [modifier];
  for (const link of ['s', 'es', 'n', 'en']) {
    if (modifier.endsWith(link) && modifier.length - link.length >= MIN_PART - 1) out.push(modifier.slice(0, -link.length));
  }
  if (modifier.endsWith('s')) out.push(modifier.slice(0, -1) + 'e');
  for (const form of out.slice()) {
    const suffix = SUFFIXES.find((x) => form.endsWith(x) && form.length - x.length >= MIN_PART);
    if (suffix) out.push(form.slice(0, -suffix.length));
  }
  return out;
}

/**
 * The other language's stems of a compound's two parts, the head's first; [] when `stem` is not a
 * compound of two known parts or `lang` does not compound. `related` gives a stem's translated
 * stems (the word list's), `stem` stems a word of `lang`. The longest head that the list knows and
 * whose modifier it knows too wins: "haushalt", not "halt", in "verteidigungshaushalt".
 */
export function compoundTranslation(word: string, lang: string, related: (stem: string) => readonly string[], stem: (word: string) => string): string[] {
  if (!COMPOUNDING.has(lang) || word.length < MIN_COMPOUND) return [];
  const known = (part: string): readonly string[] => {
    const direct = related(part);
    if (direct.length) return direct;
    const stemmed = stem(part);
    return stemmed !== part ? related(stemmed) : direct;
  };
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    if (SUFFIXES.includes(word.slice(cut))) continue;
    const head = known(word.slice(cut));
    if (!head.length) continue;
    for (const form of modifierForms(word.slice(0, cut))) {
      const modifier = known(form);
      if (!modifier.length) continue;
      const out = head.slice(0, STEMS_PER_PART);
      for (const s of modifier.slice(0, STEMS_PER_PART)) if (!out.includes(s)) out.push(s);
      return out;
    }
  }
  return [];
}
