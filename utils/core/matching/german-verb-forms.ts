/**
 * German and Dutch verb forms that a word list does not list. Snowball's German stemmer takes a noun's and an
 * adjective's endings off, not a verb's: "schickte" (sent) stems to "schickt", "umgeleitet" (diverted)
 * to "umgeleitet", while the list knows "schicken" and "umleiten" by their stems "schick" and
 * "umleit". So a German sentence saying "der Verkehr wird umgeleitet" had no word in common with
 * "traffic is diverted".
 *
 * A weak verb's forms are its stem with "t" or "et" after it (third person, past tense, participle),
 * and the participle puts "ge" in front of the stem, after a separable prefix ("um-ge-leitet",
 * "aus-ge-löst"). Those are taken off, in that order, for a stem the list has no translation of; the
 * first form it knows is the verb. A strong verb ("gebracht", "kamen") changes its vowel and is not read.
 * Dutch makes its weak verbs' forms alike ("gemeld", "werkte", "evacueerden"), with "t" or "d".
 */

/** Separable prefixes, after which a participle's "ge" stands ("eingeleitet", "zurückgeschickt"; Dutch "ingestort",
 *  "afgesloten"); folded as stems are. */
const SEPARABLE: Record<string, readonly string[]> = {
  de: ['zuruck', 'zusammen', 'wieder', 'heraus', 'herein', 'hinaus', 'durch', 'unter', 'nach', 'fest', 'fort', 'frei', 'auf', 'aus', 'bei', 'ein', 'mit', 'vor', 'weg', 'her', 'hin', 'los', 'uber', 'ab', 'an', 'um', 'zu'],
  nl: ['terug', 'samen', 'door', 'over', 'voor', 'aan', 'mee', 'neer', 'vast', 'toe', 'uit', 'weg', 'los', 'af', 'bij', 'in', 'na', 'om', 'op'],
};
/** Endings of a weak verb's forms that Snowball leaves on its stem, longest first (German "beziffert": "ert";
 *  Dutch "werkte" and "gewerkt" stem to "werkt", "evacueerden" to "evacueerd"). */
const ENDINGS: Record<string, readonly string[]> = { de: ['ert', 'et', 't'], nl: ['t', 'd'] };
/** Letters a verb's own stem keeps at least: shorter ones ("ab", "an") are the prefixes themselves. */
const MIN_STEM = 3;

/**
 * Stems the German or Dutch `stem` may be a weak verb form of, to look up in order; [] for other languages.
 * "umgeleitet" gives "umleit" among others, "vermisst" "vermiss", "schickt" "schick"; Dutch "geevacueerd"
 * (folded "geëvacueerd") gives "evacuer", "ingestort" "instort": a Dutch closed syllable doubles the vowel
 * that the infinitive writes once ("evacueerde", "evacueren"), and the stem of the infinitive is what the list has.
 */
export function weakVerbStems(stem: string, lang: string): string[] {
  const separable = SEPARABLE[lang];
  if (!separable || stem.length < MIN_STEM + 1) return [];
  const bases = [stem];
  const prefix = separable.find((p) => stem.startsWith(p + 'ge') && stem.length - p.length - 2 >= MIN_STEM);
  if (prefix !== undefined) bases.push(prefix + stem.slice(prefix.length + 2));
  else if (stem.startsWith('ge') && stem.length - 2 >= MIN_STEM + 1) bases.push(stem.slice(2));
  const out: string[] = [];
  const add = (verb: string) => {
    if (verb.length >= MIN_STEM && !out.includes(verb)) out.push(verb);
    const single = lang === 'nl' ? verb.replace(/([aeou])\1(?=[^aeiou]$)/, '$1') : verb;
    if (single !== verb && !out.includes(single)) out.push(single);
  };
  for (const base of bases) {
    if (base !== stem) add(base);
    for (const end of ENDINGS[lang]!) if (base.endsWith(end)) add(base.slice(0, -end.length));
  }
  return out;
}
