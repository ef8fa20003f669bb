/**
 * What a stored index was made by. A stored index is the output of text analysis (stems, names,
 * figures): it is valid only for the analysis that made it. Its stamp names the engine version
 * (bump ENGINE_VERSION when analysis changes), the stored layout and the fitted weights (a refit
 * usually comes with analysis changes); and since a bump is easy to forget, analysisUnchanged
 * re-analyses a few stored texts at load and compares.
 */
import weightsFile from './model-weights.json';
import { analyseText } from './analyse-text';
import { contentUnits, figureTerm, type ClaimIndex } from './claim-index';
import { docDenominatorOf } from './assemble-index';
import { SERIALISED_FORMAT } from './serialise-index';
import { TUNING } from './tuning';

/** Bump when analyseText, contentUnits or the documents' fields change meaning (6: outlet ids starting with "#" are escaped, indexOutletId; 7: ideographs, katakana and Hangul read as pairs, cjk.ts; digits of every script read as ASCII; vowel signs of Indic and South-East Asian scripts kept; 8: a lowercase word names a country only as a demonym written so, "ruse" is no longer "russe", and the place an attribution names is its source, not a country the text names, country-conflict.ts; 9: a share's figure is keyed apart from a count's, "n80%", and the words that spell "%" are the figure's, percent-words.ts; 10: number words of 16 more languages from n2words, read in their own language only, number-words.ts; 11: Snowball's stop lists for matching in English, French, German, Italian, Portuguese, Dutch, Danish, Norwegian, Swedish, Finnish and Russian, scripts/lib/snowball-stop-words.ts; stopwords-iso's stay for guessing a language; 12: reporting words, "said", "selon", "sagte", are stop words too, scripts/lib/reporting-words.ts; a one-word country name or demonym is keyed by its country, "@TN" for "Tunisia", "Tunisie", "Tunisian", analyse-text.ts countryKey; 13: a currency beside a figure, sign or word, "$15 million", "15 millions de dollars", is one unit, its code, "usd", currency-words.ts; 14: the auxiliaries' infinitives, "être", "avoir", "essere", "ser", are stop words where Snowball's lists leave them out, scripts/lib/auxiliary-infinitives.ts; 15: a stop word with a capital inside a sentence, in a language that writes its titles in sentence case, is a word, "un Estado palestino", analyse-text.ts capitalisedInside; 16: a figure glued to a unit or to a name's letters, "3MB", "HDR10", reads as written apart, "3 MB", "HDR 10", lex.ts; "4ème" is an ordinal; 17: the English stemmer reads a British spelling as the American one, "organisation" as "organization", scripts/lib/language-assets.ts; 18: a spelled ordinal from the third on is its rank's figure, as "5th" is, in the languages n2words spells, "fifth", "cinquième", "fünften" all "n5", figures.ts, scripts/build-number-words.ts; 19: Finnish and Turkish month names are dates, "18 Kasım", "marraskuuta", scripts/build-month-names.ts; a text without a language that has few stop words of the guessable languages and accented letters may be guessed Czech, Swedish, Polish, Turkish..., languages.ts; 20: a country named in several words is keyed by its country on its last word, "South Korea", "Corée du Sud", "États-Unis" as "Südkorea", analyse-text.ts keyCountryPhrases; Russian, Ukrainian and Greek month names are dates, scripts/build-month-names.ts; an ordinal after "a", "an" or "every" is a share's denominator, not a rank, "a third of voters", figures.ts; 21: a number of decades is that many tens of years, "two decades", "deux décennies", "dos décadas" all "n20", and "a decade" "n10", figures.ts, scripts/build-number-words.ts; "six" is a figure alone in English and French, "dos" in Spanish, number-words.ts; a name in Cyrillic or Greek keys as its Latin transliteration, "Путин" as "Putin", and a Slavic oblique case as its nominative, "Bidenem" as "Biden", entity-key.ts; 22: thousands written in one word, half and one of a scale, a scale of a scale, "quattromila", "half a million", "il miliardo", "mil millones", and Polish and Greek number words, figures.ts; negations and denials of Dutch, Swedish, Danish, Norwegian, Polish and Romanian, scripts/lib/cue-words.ts; 23: the scale words of CLDR's compact notation after a figure, in every language Intl knows, "12 ألف", "5 juta", "3 мільйони", read from the language's number words, scripts/build-number-words.ts and scripts/lib/compact-scales.ts; Arabic word list with English, scripts/build-lexicon.ts; Arabic's one-letter prefixes on a figure, "و5" as "و 5", lex.ts; a share whose unit or sign stands before its figure, "yüzde 80", "%80", and no figure in the unit's own words, "τοις εκατό", analyse-text.ts, percent-words.ts; Arabic's percent sign and separators as ASCII's, normalise-text.ts, and its words for it, "في المئة", percent-words.ts; month names read in their own language only, for the languages the names read in every text leave out, "مارس", "मार्च", "marca", scripts/lib/cldr-number-words.ts; 24: a day of the week is one word in every language, "lunes", "Montag", "segunda-feira" and "Monday" all "monday", from CLDR's names, weekday-keys.ts; a country named in the text's own language is keyed by its country, from CLDR's region names and the gazetteer's local names, inflected or with Arabic's and Hebrew's prefixes, "Россия", "w Polsce", "والولايات المتحدة", local-countries.ts, and a document's countries are read so in its language, country-conflict.ts; Hebrew words are stemmed without the one-letter words glued onto them, and a month, a day or a country under such a prefix is read, "והחיילים", "במרץ", glued-prefixes.ts; 25: an hour before a time zone is a time, "0300 GMT", "14:30 UTC", time-of-day.ts; a German weak verb's forms are translated as their verb, "umgeleitet" as "umleiten", german-verb-forms.ts; 26: number words in every gender and case CLDR spells, "duzentas", "пяти", "δεκατέσσερις", scripts/build-number-words.ts withGenders; a unit's symbol after a figure is no name, "400 GB", unit-symbols.ts; a collective numeral is its round number from a hundred, "un millier", "une quarantaine de millions", collective-numerals.ts; a Greek genitive in "-ου" keys as its nominative, "Χίου" as "Chios", entity-key.ts; 27: digits written in groups are a count, never a year, "2 000", "1,900", "2.000", figures.ts, and agree with the year they could be read as, otherYearReading; the form a hundred takes before the rest of a number, "ciento veinte", "cento e vinte", scripts/build-number-words.ts, and Spanish "cien" alone, number-words.ts; a figure that starts in the percent unit is the unit's, "20 por cento dos votos", and Italian "per cento" is the unit, analyse-text.ts, percent-words.ts; 28: a day's name of four letters is read inflected only with all four, Turkish "salları" (rafts) is not "salı", weekday-keys.ts; a hundred alone is 100 where the language writes it so, "cent personnes", "hundert Menschen", "sto lidí", its forms after a number are not, "sute de oameni", and a hundred's word after digits is money's, "50 cents", number-words.ts, scripts/lib/hundreds-alone.ts; CLDR's short scale words of three letters or more after a figure, "5 млн", "3 mld", "5 Mio.", in their language only, scripts/lib/compact-scales.ts; 29: a denial in a clause that a relative opens after the claim, ", which Moscow denies", ", ce que dément la direction", reports the claim's denial and does not negate the text, analyse-text.ts, scripts/lib/cue-words.ts DENIAL_OPENERS; 30: a stem of Turkish, Finnish, Polish, Czech, Russian or Greek that the word list lacks is translated as its longest shorter stem the list has, "güvertesinde" as "güverte", cross-language.ts INFLECTING; 31: Serbian, Bosnian and Montenegrin words in Cyrillic are stemmed in Latin letters, "мост" as "most", serbian-latin.ts, and Nynorsk with Snowball's Norwegian stemmer, language-data.ts; Hungarian and Norwegian words for a decade from their new word lists, "két évtized" and "to tiår" as "n20", scripts/build-number-words.ts; 32: Slovak words are stemmed with Snowball's Czech stemmer, language-data.ts, and read with Czech's word list, lexicon-pairs.ts; 33: "04.40", and "4.40" in a language that writes decimals with a comma, is a time, "04.40 uur", "godz. 4.40", not the decimal 4.4, time-of-day.ts; an English share of a scale is its value, "a quarter of a million" as "n250000", fraction-of-scale.ts; the percent unit as the languages read with the same word list write it, Bosnian "12 posto", and in a case CLDR does not spell, as the language stems it, "w 95 procentach", percent-words.ts; number words of Bulgarian, Croatian, Bosnian, Serbian, Slovenian, Slovak, Ukrainian, Belarusian, Macedonian, Lithuanian, Latvian, Estonian, Catalan, Icelandic, Afrikaans and Albanian from CLDR's spelled-out rules, "divi cilvēki" as "n2", scripts/build-number-words.ts RBNF_LANGS; an apostrophe between two Cyrillic letters is its word's, Ukrainian "п'ять" one word, not "п" and "ять", lex.ts; the Slavic numerals of a group of people are counts, "семеро", "Деветима", "dvojica", "troje", scripts/lib/cue-words.ts GROUP_NUMERALS, and one and a half in one word, "полтора миллиона", "anderthalb", ONE_AND_A_HALF; no sum of a unit under 20 after one under 10, Portuguese "dois dos" is 2, not 4, figures.ts; 34: Romanian's "la sută" is the percent unit, "12 la sută" as "n12%", not 12 and 100, percent-words.ts; 35: the word lists of German, Finnish, Turkish, Czech, Greek, Polish, Arabic, Hungarian and Croatian keep the English words that fact-checked claims use, "vermisst" as "missing", "Dürre" as "drought", "getötet" as "killed", which the lists' common words (person-names.ts) read too, scripts/build-lexicon.ts commonEnglishWords, and so do the Spanish, Italian and Portuguese lists that reach English through German's, "sequía" as "drought"; Dutch, Swedish, Finnish, Turkish, Greek and Polish reach English through German, French, Spanish, Italian and Portuguese too, "brandman" as "firefighter"; Dutch and Swedish words for a decade from their new lists, "decennia", "tiotal", scripts/build-number-words.ts). */
export const ENGINE_VERSION = 35;

/** FNV-1a over a string, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

let stamp: string | undefined;

export function engineStamp(): string {
  // TUNING weighs the stored denominators: a retune rebuilds.
  stamp ??= `engine ${ENGINE_VERSION}, format ${SERIALISED_FORMAT}, weights ${hash(JSON.stringify(weightsFile))}, tuning ${hash(JSON.stringify(TUNING))}`;
  return stamp;
}

/** Documents checked at load: enough to catch a changed stemmer or stop list, few enough to cost a millisecond. */
const SAMPLES = 24;

/** The spread of documents analysisUnchanged reads again, by number. */
function sampledDocs(index: ClaimIndex, samples: number): number[] {
  const step = Math.max(1, Math.floor(index.docs.length / samples));
  const out: number[] = [];
  for (let d = 0; d < index.docs.length; d += step) out.push(d);
  return out;
}

/** The languages analysisUnchanged analyses in: their data must be loaded first. */
export function sampledLanguages(index: ClaimIndex, samples = SAMPLES): Set<string> {
  return new Set(sampledDocs(index, samples).map((d) => index.docs.at(d)!.lang));
}

/**
 * What the index holds for one sampled document, as text: stored beside the index (match-index-store.ts)
 * so that a restarted worker analyses the texts again while the index's bytes are still being read,
 * and after they are only checks that the index holds the same (indexHoldsSamples, no analysis).
 */
export interface AnalysisSample {
  /** The document's number in the index. */
  d: number;
  text: string;
  lang: string;
  negated: boolean;
  /** Per content unit, in order: its stem, and its entity ('' for none). */
  stems: string[];
  entities: string[];
  figures: string[];
  directions: string[];
}

/** The samples of `index` that analysisUnchanged checks. */
export function analysisSamples(index: ClaimIndex, samples = SAMPLES): AnalysisSample[] {
  return sampledDocs(index, samples).map((d) => {
    const doc = index.docs.at(d)!;
    const stems: string[] = [];
    const entities: string[] = [];
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      stems.push(index.termList[index.unitStems[u]!]!);
      const entity = index.unitEntities[u]!;
      entities.push(entity >= 0 ? index.termList[entity]! : '');
    }
    return { d, text: doc.text, lang: doc.lang, negated: doc.negated, stems, entities, figures: doc.figures.map((f) => f.key), directions: [...doc.directions] };
  });
}

/** Whether analysing the samples' texts again gives their units, figures, cues and language. Their languages' data must be loaded first. */
export function samplesAnalysedAlike(samples: readonly AnalysisSample[]): boolean {
  return samples.every((sample) => {
    const analysis = analyseText(sample.text, sample.lang);
    const units = contentUnits(analysis);
    if (units.length !== sample.stems.length || analysis.negated !== sample.negated || analysis.lang !== sample.lang) return false;
    if (units.some((u, i) => u.stem !== sample.stems[i] || (u.entity || '') !== sample.entities[i])) return false;
    const keys = new Set(analysis.figures.map((f) => f.key));
    if (keys.size !== sample.figures.length || sample.figures.some((k) => !keys.has(k))) return false;
    return analysis.directions.size === sample.directions.length && sample.directions.every((x) => analysis.directions.has(x));
  });
}

/** Whether `index` holds what the samples say, and its stored denominators are what this code weighs. */
export function indexHoldsSamples(index: ClaimIndex, samples: readonly AnalysisSample[]): boolean {
  return samples.every((sample) => {
    const doc = index.docs.at(sample.d);
    if (!doc || doc.text !== sample.text || doc.lang !== sample.lang || doc.negated !== sample.negated) return false;
    if (doc.unitEnd - doc.unitStart !== sample.stems.length) return false;
    for (let i = 0; i < sample.stems.length; i++) {
      if (index.termIds.get(sample.stems[i]!) !== index.unitStems[doc.unitStart + i]) return false;
      const entity = sample.entities[i]!;
      if ((entity ? index.termIds.get(entity) : -1) !== index.unitEntities[doc.unitStart + i]) return false;
    }
    const figureKeys = doc.figures.map((f) => f.key);
    if (figureKeys.length !== sample.figures.length || figureKeys.some((k, i) => k !== sample.figures[i] || !index.termIds.has(figureTerm(k)))) return false;
    if (doc.directions.size !== sample.directions.length || sample.directions.some((x) => !doc.directions.has(x))) return false;
    // The stored denominators were weighed by the code that stored them: weigh them again.
    return docDenominatorOf(index, doc.unitStart, doc.unitEnd, figureKeys, 0, figureKeys.length) === index.docDenominator[sample.d];
  });
}

/** Whether analysing a spread of the index's documents again gives the units, figures, cues and denominators it holds. */
export function analysisUnchanged(index: ClaimIndex, samples = SAMPLES): boolean {
  const taken = analysisSamples(index, samples);
  return indexHoldsSamples(index, taken) && samplesAnalysedAlike(taken);
}
