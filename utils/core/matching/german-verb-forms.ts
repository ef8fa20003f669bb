/**
 * German verb forms that a word list does not list. Snowball's German stemmer takes a noun's and an
 * adjective's endings off, not a verb's: "schickte" (sent) stems to "schickt", "umgeleitet" (diverted)
 * to "umgeleitet", while the list knows "schicken" and "umleiten" by their stems "schick" and
 * "umleit". So a German sentence saying "der Verkehr wird umgeleitet" had no word in common with
 * "traffic is diverted".
 *
 * A weak verb's forms are its stem with "t" or "et" after it (third person, past tense, participle),
 * and the participle puts "ge" in front of the stem, after a separable prefix ("um-ge-leitet",
 * "aus-ge-löst"). Those are taken off, in that order, for a stem the list has no translation of; the
 * first form it knows is the verb. A strong verb ("gebracht", "kamen") changes its vowel and is not read.
 */

/** Separable prefixes, after which a participle's "ge" stands ("eingeleitet", "zurückgeschickt"); folded as stems are. */
const SEPARABLE = ['zuruck', 'zusammen', 'wieder', 'heraus', 'herein', 'hinaus', 'durch', 'unter', 'nach', 'fest', 'fort', 'frei', 'auf', 'aus', 'bei', 'ein', 'mit', 'vor', 'weg', 'her', 'hin', 'los', 'uber', 'ab', 'an', 'um', 'zu'];
/** Endings of a weak verb's forms that Snowball leaves on its stem, longest first ("beziffert": "ert"). */
const ENDINGS = ['ert', 'et', 't'];
/** Letters a verb's own stem keeps at least: shorter ones ("ab", "an") are the prefixes themselves. */
const MIN_STEM = 3;

/**
 * Stems the German `stem` may be a weak verb form of, to look up in order; [] for other languages.
 * "umgeleitet" gives "umleit" among others, "vermisst" "vermiss", "schickt" "schick".
 */
export function weakVerbStems(stem: string, lang: string): string[] {
  if (lang !== 'de' || stem.length < MIN_STEM + 1) return [];
  const bases = [stem];
  const prefix = SEPARABLE.find((p) => stem.startsWith(p + 'ge') && stem.length - p.length - 2 >= MIN_STEM);
  if (prefix !== undefined) bases.push(prefix + stem.slice(prefix.length + 2));
  else if (stem.startsWith('ge') && stem.length - 2 >= MIN_STEM + 1) bases.push(stem.slice(2));
  const out: string[] = [];
  for (const base of bases) {
    if (base !== stem) out.push(base);
    for (const end of ENDINGS) {
      const verb = base.slice(0, -end.length);
      if (base.endsWith(end) && verb.length >= MIN_STEM && !out.includes(verb)) out.push(verb);
    }
  }
  return out;
}
