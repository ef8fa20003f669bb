/**
 * Which word lists ship (utils/core/lexicon/XX-en.json, built by scripts/build-lexicon.ts): each
 * language here with English. Apart from the lexicon code, so that the build (scripts/lib/
 * language-assets.ts) and the extension's file reader can name the files without loading it.
 */
export const LEXICON_LANGS: readonly string[] = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'fi', 'tr', 'cs', 'el', 'pl', 'ru', 'ar'];

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
