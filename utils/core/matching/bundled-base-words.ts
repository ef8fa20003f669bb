import type { BaseWords } from '@/utils/core/matching/base-words';
import monthNames from './month-names.json';

/**
 * The matcher's built-in word tables (base-words.ts). The build writes them as JSON (scripts/lib/language-assets.ts)
 * and the extension reads that file when they are first needed; no extension entry point imports this module.
 */
export const BUNDLED_BASE_WORDS: BaseWords = {
  numbers: {
    // French
    zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4,
    cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15,
    seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1e3,
    million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
    // English
    one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7,
    eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, hundred: 100, thousand: 1e3,
    billion: 1e9, billions: 1e9, bn: 1e9, mln: 1e6, trillion: 1e12, trillions: 1e12, tn: 1e12,
    // Spanish
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
    ocho: 8, nueve: 9, diez: 10, veinte: 20, treinta: 30,
    cien: 100, mil: 1e3, millon: 1e6, millones: 1e6,
  },
  months: {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
    septembre: 9, octobre: 10, novembre: 11, decembre: 12,
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
    septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
    jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  cldrMonths: monthNames.months,
  /**
   * Cyrillic and Greek letters (lowercase, accents already folded: "й" is "и", "ά" is "α"), and the Latin
   * letters folding keeps ("ł", "ø"), as the Latin letters English and French transliterations write them
   * (BGN/PCGN for Russian and Ukrainian, ELOT 743 for Greek), so that "Путин" keys as "Putin" and
   * "Poutine", "Τσίπρας" as "Tsipras". The key keeps consonants only: what a vowel becomes does not matter.
   */
  letters: {
    а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', е: 'e', є: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', і: 'i', ј: 'j',
    к: 'k', л: 'l', љ: 'l', м: 'm', н: 'n', њ: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ў: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
    ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
    // Latin letters that folding leaves as they are ("Zełenski", "Đoković", "Gauß", "Søren", "Işıl").
    ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i',
  },
};

/** Words the built-in lists know (scripts/build-month-names.ts adds only other names). */
export const BUILT_IN_MONTH_AND_NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(BUNDLED_BASE_WORDS.months), ...Object.keys(BUNDLED_BASE_WORDS.numbers)]);
