/**
 * A Vite plugin for wxt.config.ts: the facts reader's script (entrypoints/facts-reader.ts) takes the
 * modules of FACTS_READER_SHARED from the background, which leaves them on a global before the script
 * runs (utils/store/facts-reader-files.ts), instead of bundling copies: each of them would otherwise have
 * a second state the background never set (the gazetteer's source, the word lists, the stemmers loaded
 * for a language) and build the gazetteer's index a second time.
 */
import { relative } from 'node:path';
import type { WxtViteConfig } from 'wxt';
import { FACTS_READER_SHARED, FACTS_READER_SHARED_GLOBAL } from '../../utils/core/facts/facts-reader-script';

/** The Vite WXT builds with (its own copy, not the top-level one). */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const SHARED = new Set<string>(FACTS_READER_SHARED);
const PREFIX = '\0recoupe-background-module:';

export function factsReaderTakesBackgroundModules(): Plugin {
  let active = false;
  let root = '';
  return {
    name: 'recoupe:facts-reader-takes-background-modules',
    enforce: 'pre',
    configResolved(config) {
      // WXT builds each unlisted script alone, in library mode.
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      active = /entrypoints\/facts-reader\.ts/.test(JSON.stringify(entry ?? ''));
      root = config.root;
    },
    async resolveId(id, importer) {
      if (!active || !importer || id.startsWith('\0')) return undefined;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      if (!resolved || resolved.external) return undefined;
      const path = relative(root, resolved.id.split('?')[0]!).split('\\').join('/');
      return SHARED.has(path) ? `${PREFIX}${path}` : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const path = id.slice(PREFIX.length);
      // Named imports read the background's module object, which has every export of the module.
      return { code: `export default globalThis[${JSON.stringify(FACTS_READER_SHARED_GLOBAL)}][${JSON.stringify(path)}];`, syntheticNamedExports: true };
    },
  };
}
