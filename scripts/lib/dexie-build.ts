/**
 * For wxt.config.ts and vitest.config.ts: `dexie` is Dexie's modern build (dist/modern/dexie.mjs, ES2018
 * classes and arrows) instead of the package's default import (import-wrapper.mjs over dist/dexie.js,
 * the same release compiled down to ES5 with its helpers). Same version, same source, same API:
 * 1.5-2 KB gzip less in background.js, parsed at every worker start. Both browsers we support
 * (Chrome MV3, Firefox 140) run ES2018. The unit tests resolve it the same way, so they test what ships.
 */
export const dexieModern = { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' };
