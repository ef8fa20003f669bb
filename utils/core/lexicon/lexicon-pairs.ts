/**
 * Which word lists ship (utils/core/lexicon/XX-en.json, built by scripts/build-lexicon.ts): each
 * language here with English. Apart from the lexicon code, so that the build (scripts/lib/
 * language-assets.ts) and the extension's file reader can name the files without loading it.
 */
export const LEXICON_LANGS: readonly string[] = ['fr', 'de', 'es', 'it', 'pt', 'nl'];

/** A pair's file name without extension: 'fr-en'. */
export const lexiconPairName = (lang: string) => `${lang}-en`;

export const LEXICON_PAIRS: readonly string[] = LEXICON_LANGS.map(lexiconPairName);
