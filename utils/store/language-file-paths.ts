/**
 * Where the build puts the per-language data (scripts/lib/language-assets.ts writes the files): read by
 * the background and the library page (extension-files.ts) and by the import's index worker
 * (worker-language-files.ts), which has no extension API to resolve them with.
 */
export const stemmerPath = (algorithm: string) => `/language/stem-${algorithm}.js`;
export const stopWordsPath = (lang: string) => `/language/stop-${lang}.json`;
export const STOP_INDEX_PATH = '/language/stop-index.json';
