/**
 * Which word lists ship (utils/core/lexicon/XX-en.json, built by scripts/build-lexicon.ts): each
 * language here with English. Apart from the lexicon code, so that the build (scripts/lib/
 * language-assets.ts) and the extension's file reader can name the files without loading it.
 */
export const LEXICON_LANGS: readonly string[] = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'fi', 'tr', 'cs', 'el', 'pl', 'ru', 'ar', 'hu', 'hr', 'lt', 'sl', 'is', 'bg', 'id', 'nb'];

/**
 * Other primary subtags a page may give a listed language, read with its list: Norwegian's macrolanguage
 * tag and Nynorsk, whose words are mostly bokmål's (Snowball's Norwegian stemmer stems all three,
 * language-data.ts), and Serbian, Bosnian and Montenegrin, read with Croatian's (one language in
 * its standard varieties; Serbian's Cyrillic is read in Latin letters, serbian-latin.ts): Debian's
 * Serbian dictionaries have 390 and 588 headwords, its Croatian ones 38,546 and 29,834. Slovak reads
 * Czech's, stemmed as Czech (language-data.ts): most of their words differ by a letter or an accent
 * ("lanovka", "nemocnica"/"nemocnice", "zranených"/"zraněných"), and Debian's slk-eng has 760 headwords.
 */
const LEXICON_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', sr: 'hr', bs: 'hr', sh: 'hr', cnr: 'hr', sk: 'cs' };

/** The listed language whose list a text in `lang` (a primary subtag) reads: itself, its alias's, or none. */
export const lexiconLangOf = (lang: string): string | undefined => (LEXICON_LANGS.includes(lang) ? lang : Object.hasOwn(LEXICON_ALIASES, lang) ? LEXICON_ALIASES[lang] : undefined);

/** Every primary subtag a list reads: the listed languages, then their aliases. */
export const LEXICON_TAGS: readonly string[] = [...LEXICON_LANGS, ...Object.keys(LEXICON_ALIASES)];

/** A pair's file name without extension: 'fr-en'. */
export const lexiconPairName = (lang: string) => `${lang}-en`;

export const LEXICON_PAIRS: readonly string[] = LEXICON_LANGS.map(lexiconPairName);

/** A pair's related-stems table ships in its own file, `words/XX-en-related.js`: the matcher reads
 *  only that one (lexicon.ts). */
export const lexiconRelatedName = (pair: string) => `${pair}-related`;

/**
 * A pair's shipped files, `words/XX-en.js` and `words/XX-en-related.js`, are this text (of the file's
 * name), the JSON, then ";\n": a script for the service worker's importScripts, and JSON once the
 * prefix is cut, for a page's synchronous request (one file each instead of a script and a JSON
 * copy of megabytes).
 */
export const lexiconScriptPrefix = (name: string) => `(globalThis.recoupeLexicons || (globalThis.recoupeLexicons = {}))[${JSON.stringify(name)}] = `;
