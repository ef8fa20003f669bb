/**
 * A Vite plugin for wxt.config.ts: the content script's `wxt/browser` is the browser's own API
 * (`browser` in Firefox, `chrome` in Chrome, whose MV3 calls return promises) instead of
 * webextension-polyfill, 2.6 KB gzip paid on every page load. Its one callback-shaped use, the
 * message listener, answers through sendResponse, which both APIs support. The background and
 * the extension pages keep the polyfill.
 */
import type { WxtViteConfig } from 'wxt';

/** The Vite WXT builds with (its own copy, not the top-level one). */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const POLYFILLED = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);

export function contentScriptWithoutPolyfill(): Plugin {
  let content = false;
  return {
    name: 'recoupe:content-script-without-polyfill',
    enforce: 'pre',
    configResolved(config) {
      // WXT builds each content script alone, in library mode, from entrypoints/NAME/index.ts.
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      content = JSON.stringify(entry ?? '').includes('entrypoints/content/');
    },
    resolveId(id, importer) {
      if (content && POLYFILLED.has(id)) return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
      return undefined;
    },
  };
}
