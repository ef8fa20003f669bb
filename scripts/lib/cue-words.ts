/**
 * Negations and denial predicates by language, and the words that make a figure of a scale word after
 * them ("half a million", "il miliardo"), folded as the lexer lowers words: written here, shipped
 * with each language's number words (scripts/build-number-words.ts writes them into
 * utils/core/matching/number-words-data.json), read by utils/core/matching/cues.ts.
 */
import { LATIN } from '@/utils/core/matching/serbian-latin';

export const NEGATORS: Record<string, readonly string[]> = {
  fr: ['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'nullement'],
  en: ['not', 'no', 'never', 'cannot', 'nor', 'none', 'neither', 'nobody', 'nothing'],
  es: ['no', 'nunca', 'jamas', 'ni', 'ningun', 'ninguna', 'tampoco'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nichts', 'nie', 'niemals'],
  it: ['non', 'mai', 'nessun', 'nessuno', 'nessuna'],
  pt: ['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma'],
  nl: ['niet', 'geen', 'nooit', 'niemand', 'niets'],
  sv: ['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga'],
  da: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting'],
  no: ['ikke', 'aldri', 'ingen', 'intet', 'ingenting'],
  nb: ['ikke', 'aldri', 'ingen', 'intet', 'ingenting'],
  pl: ['nie', 'nigdy', 'zaden', 'zadna', 'zadne', 'zadnego', 'zadnych', 'zadnej'],
  ro: ['nu', 'niciodata', 'niciun', 'nicio', 'nimeni', 'nimic'],
};

/**
 * Denial predicates: "X denies Y" says the opposite of "Y", so for agreement
 * they count as negation. Inflected forms listed (folded), no stemming needed.
 */
export const DENIALS: Record<string, readonly string[]> = {
  fr: ['nie', 'nient', 'nier', 'nie', 'niee', 'nies', 'niait', 'niaient', 'dement', 'dementent', 'dementi', 'dementie', 'dementait', 'dementir', 'rejette', 'rejettent', 'rejete', 'rejetee', 'rejetait', 'rejeter', 'conteste', 'contestent'],
  en: ['deny', 'denies', 'denied', 'denying', 'denial', 'reject', 'rejects', 'rejected', 'rejecting', 'refute', 'refuted', 'refutes', 'refuting', 'dismissed', 'dismisses', 'dismissing'],
  // Ruling out is denying too: "han descartado que la presa pueda ceder", "ha escluso che".
  es: ['niega', 'niegan', 'nego', 'negaron', 'negar', 'desmiente', 'desmienten', 'desmintio', 'desmintieron', 'rechaza', 'rechazo', 'rechazan', 'descarta', 'descartan', 'descarto', 'descartado', 'descartaron'],
  de: ['bestreitet', 'bestritt', 'bestreiten', 'bestritten', 'dementiert', 'dementierte', 'dementieren', 'dementierten', 'zuruckgewiesen'],
  it: ['nega', 'negano', 'negato', 'smentisce', 'smentiscono', 'smentito', 'respinge', 'respinto', 'esclude', 'escludono'],
  pt: ['nega', 'negam', 'negou', 'desmente', 'desmentiu', 'rejeita', 'rejeitou', 'descarta', 'descartou'],
  nl: ['ontkent', 'ontkende', 'ontkennen', 'ontkend', 'weerspreekt', 'weersprak'],
  sv: ['fornekar', 'fornekade', 'dementerar', 'dementerade', 'tillbakavisar', 'tillbakavisade'],
  da: ['afviser', 'afviste', 'benægter', 'benægtede', 'dementerer', 'dementerede'],
  no: ['avviser', 'avviste', 'benekter', 'benektet', 'dementerer', 'dementerte'],
  nb: ['avviser', 'avviste', 'benekter', 'benektet', 'dementerer', 'dementerte'],
  pl: ['zaprzecza', 'zaprzeczaja', 'zaprzeczył', 'zaprzeczyła', 'zaprzeczyli', 'dementuje', 'zdementował', 'zdementowała'],
  ro: ['neaga', 'negat', 'dezminte', 'dezmint'],
};

/**
 * What opens a clause that denies what came before it, after a comma: ", which Moscow denies", ", ce que
 * dément la direction", ", lo que niega el Gobierno", ", was die Direktion bestreitet". A denial there
 * reports the claim and who denies it: the sentence still states the claim (analyse-text.ts). One word,
 * or two with a space, folded as the lexer lowers them.
 */
export const DENIAL_OPENERS: Record<string, readonly string[]> = {
  fr: ['ce que', 'ce qu', 'ce qui'],
  en: ['which', 'something', 'a claim', 'an allegation', 'an accusation', 'a charge'],
  es: ['lo que', 'lo cual', 'algo que', 'extremo que'],
  it: ['il che', 'cosa che', 'cio che', 'circostanza che'],
  pt: ['o que', 'algo que'],
  de: ['was'],
  nl: ['wat', 'iets wat', 'iets dat'],
  sv: ['vilket', 'nagot som'],
  da: ['hvilket', 'noget'],
  no: ['hvilket', 'noe'],
  nb: ['hvilket', 'noe'],
  pl: ['czemu', 'co'],
  ro: ['ceea ce', 'lucru pe care', 'lucru care'],
};

/**
 * Half before a scale word: "half a million", "mezzo milione", "medio millón", "meio milhão", "eine
 * halbe Million", "un demi-million", "een half miljoen", "en halv miljon", "pół miliona", "půl
 * milionu" (as the lexer lowers them: "poł", "pul"). Only there: elsewhere they are ordinary words.
 */
export const HALVES: Record<string, readonly string[]> = {
  en: ['half'], fr: ['demi'], es: ['medio'], it: ['mezzo'], pt: ['meio'], de: ['halb', 'halbe', 'halben', 'halbes'],
  nl: ['half', 'halve'], sv: ['halv', 'halvt'], da: ['halv', 'halvt'], no: ['halv', 'halvt'], nb: ['halv', 'halvt'], pl: ['poł'], cs: ['pul'],
};

/**
 * The articles that stand for one before a scale word: "a million", and the definite article of a
 * round amount passed or reached ("supera il miliardo", "dépasse le milliard", "supera el millón",
 * "ultrapassa o milhão"; the definite ones only before a million or more: "le cent" is a coin).
 */
export const ONES: Record<string, readonly string[]> = { en: ['a', 'an'], it: ['il'], fr: ['le'], es: ['el'], pt: ['o'] };

/**
 * Collective numerals, "about so many": "une centaine de blessés", "un millier de soldats", "una
 * quarantina di feriti", "un centenar de muertos", "uma centena de pessoas", and before a scale word
 * "une quarantaine de millions d'euros", "una decina di migliaia". Each with its round number, read
 * after an article of the language (COLLECTIVE_ARTICLES) and only where the amount is a hundred or
 * more (rounded-figures.ts then lets "un millier" agree with 1,050): "une trentaine" is 25 as often
 * as 30, and counts under a hundred must agree exactly. "Quarantaine" and "cuarentena" are also a
 * quarantine, "quinzaine" and "quincena" a fortnight: read only before "de" and a scale word. No plural
 * ("des milliers", "centinaia"): it says "many", not how many.
 */
export const COLLECTIVES: Record<string, Readonly<Record<string, number>>> = {
  fr: { dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000 },
  it: { decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, sessantina: 60, centinaio: 100, migliaio: 1000 },
  es: { decena: 10, docena: 12, quincena: 15, veintena: 20, treintena: 30, cuarentena: 40, cincuentena: 50, centenar: 100, centena: 100, millar: 1000 },
  pt: { dezena: 10, duzia: 12, quinzena: 15, vintena: 20, trintena: 30, quarentena: 40, cinquentena: 50, centena: 100, milhar: 1000 },
};

/** The articles a collective numeral stands after: "une", "la", "un" (millier), "una", "il", "el", "uma", "o". */
export const COLLECTIVE_ARTICLES: Record<string, readonly string[]> = {
  fr: ['une', 'un', 'la', 'le'], it: ['una', 'un', 'la', 'il'], es: ['una', 'un', 'la', 'el'], pt: ['uma', 'um', 'a', 'o'],
};

/** The word between a collective numeral and its scale word: "une dizaine de milliers", "una decina di migliaia". */
export const COLLECTIVE_OF: Record<string, readonly string[]> = { fr: ['de', 'd'], it: ['di'], es: ['de'], pt: ['de'] };

/** Polish and Czech scale words in the genitive singular, after a fraction ("pół miliona", "1,5 miliona",
 *  "půl milionu"), which n2words does not spell (it spells 1, 2 and 5 of each). */
export const GENITIVE_SCALES: Record<string, Readonly<Record<string, number>>> = {
  pl: { tysiaca: 1e3, miliona: 1e6, miliarda: 1e9 },
  cs: { milionu: 1e6, miliardu: 1e9 },
  // Folded as the lexer folds ("й" loses its breve): "півтора мільйона".
  uk: { 'мільиона': 1e6, 'мільярда': 1e9 },
};

/** Serbian, Croatian and Bosnian numerals of a group of men ("dvojica", "petorica"): their stems and value, in each case news writes them. */
const GROUP_STEMS: Record<string, number> = { dvoj: 2, troj: 3, 'četvor': 4, petor: 5, 'šestor': 6, sedmor: 7, osmor: 8, devetor: 9, desetor: 10 };
const GROUP_LATIN = Object.fromEntries(Object.entries(GROUP_STEMS).flatMap(([stem, n]) => ['ica', 'ice', 'icu', 'icom', 'ici'].map((end) => [stem + end, n])));
/** Serbian's Cyrillic letter for each Latin letter of one (serbian-latin.ts's table the other way): GROUP_LATIN's words have no "lj", "nj" or "dž". */
const CYRILLIC = Object.fromEntries(Object.entries(LATIN).filter(([, latin]) => latin.length === 1).map(([cyr, latin]) => [latin, cyr]));
const cyrillic = (word: string) => [...word].map((c) => CYRILLIC[c] ?? c).join('');

/**
 * Numerals of a group of people, which the Slavic languages use for most small counts of people in the
 * news ("семеро українців", seven Ukrainians; "Деветима моряци", nine sailors; "dvojica rudara", two
 * miners; "troje dzieci", three children) and neither n2words nor CLDR spells: the collective numerals
 * and the personal forms of the masculine, with the cases that stand after a preposition or as an
 * object ("п'ятьох", "двоих", "pěti"). Read as counts, as the cardinals are (build-number-words.ts adds
 * each where the language's table lacks the word). Not Bulgarian "седмина" and "осмина", which are also
 * a week's and an eighth's.
 */
export const GROUP_NUMERALS: Record<string, Readonly<Record<string, number>>> = {
  ru: { двое: 2, трое: 3, четверо: 4, пятеро: 5, шестеро: 6, семеро: 7, восьмеро: 8, девятеро: 9, десятеро: 10, двоих: 2, троих: 3, четверых: 4, пятерых: 5, шестерых: 6, семерых: 7, восьмерых: 8, девятерых: 9, десятерых: 10 },
  uk: { двоє: 2, троє: 3, четверо: 4, "п'ятеро": 5, шестеро: 6, семеро: 7, восьмеро: 8, "дев'ятеро": 9, десятеро: 10, двох: 2, трьох: 3, чотирьох: 4, "п'ятьох": 5, шістьох: 6, сімох: 7, вісьмох: 8, "дев'ятьох": 9, десятьох: 10, двом: 2, трьом: 3, чотирьом: 4 },
  bg: { двама: 2, трима: 3, четирима: 4, петима: 5, шестима: 6, деветима: 9, десетима: 10, двамата: 2, тримата: 3, четиримата: 4, петимата: 5, шестимата: 6, деветимата: 9, десетимата: 10 },
  sr: { ...GROUP_LATIN, ...Object.fromEntries(Object.entries(GROUP_LATIN).map(([word, n]) => [cyrillic(word), n])) },
  hr: GROUP_LATIN,
  bs: GROUP_LATIN,
  pl: { dwoje: 2, troje: 3, czworo: 4, 'pięcioro': 5, 'sześcioro': 6, siedmioro: 7, 'ośmioro': 8, 'dziewięcioro': 9, 'dziesięcioro': 10, dwaj: 2, trzej: 3, czterej: 4 },
  cs: { dvou: 2, 'dvěma': 2, 'tří': 3, 'třem': 3, 'třemi': 3, 'čtyř': 4, 'čtyřem': 4, 'čtyřmi': 4, 'pěti': 5, 'šesti': 6, sedmi: 7, osmi: 8, 'devíti': 9, deseti: 10 },
  sk: { dvaja: 2, traja: 3, 'štyria': 4, dvoch: 2, troch: 3, 'štyroch': 4, piatich: 5, 'šiestich': 6, siedmich: 7, 'ôsmich': 8, deviatich: 9, desiatich: 10 },
};

/**
 * One and a half in one word, alone or before a scale word: "полтора миллиона" (1.5 million),
 * "anderthalb Millionen", "másfél millió", "puolitoista metriä". Neither n2words nor CLDR spells a
 * fraction; read as the count 1.5, as the cardinals are (build-number-words.ts).
 */
export const ONE_AND_A_HALF: Record<string, readonly string[]> = {
  de: ['anderthalb', 'eineinhalb'], nl: ['anderhalf'], sv: ['halvannan', 'halvtannat'], da: ['halvanden', 'halvandet'], no: ['halvannen', 'halvannet'], nb: ['halvannen', 'halvannet'],
  fi: ['puolitoista'], hu: ['másfél'], ru: ['полтора', 'полторы'], uk: ['півтора', 'півтори'], be: ['паўтара'], pl: ['półtora', 'półtorej'], cs: ['půldruhého'], sk: ['poldruha'],
};
