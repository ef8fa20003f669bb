/**
 * What tells Latin-script languages apart besides their commonest words (those are data, read with the
 * facts reader's lists: utils/core/facts/bundled-detect-words.ts): letters only some alphabets use,
 * and typical word endings.
 */

/** Letters only some Latin alphabets use: a strong vote each. */
export const LATIN_LETTERS: [RegExp, string[]][] = [
  [/[ãõ]/g, ['pt']],
  [/ñ|¿|¡/g, ['es']],
  [/ß/g, ['de']],
  [/[ğış]/g, ['tr']],
  [/[ășțţ]/g, ['ro']],
  [/[łąęśżźćń]/g, ['pl']],
  [/[řůě]/g, ['cs']],
  [/[őű]/g, ['hu']],
  [/[æø]/g, ['da', 'no']],
  [/[ơưđ]/g, ['vi']],
  [/[àèìòù]/g, ['it', 'fr', 'ca']],
];

/** Word endings typical of one language: "vacunación", "situação", "nazione", "Erklärung". */
export const LATIN_ENDINGS: [RegExp, string][] = [
  [/(ción|ciones|idad|mente)$/, 'es'],
  [/(ção|ções|ância|ência)$/, 'pt'],
  [/(zione|zioni|ità|mente)$/, 'it'],
  [/(ung|ungen|keit|heit|lich|isch)$/, 'de'],
  // Indonesian suffixes: "umumkan", "rumahnya".
  [/^\p{L}{3,}(kan|nya)$/u, 'id'],
  [/(tion|ment|eux|euse|ée|ées)$/, 'fr'],
  [/(ness|ing|ed|ly)$/, 'en'],
  [/(ij|heid|lijk)$/, 'nl'],
];

