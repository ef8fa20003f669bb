/**
 * A Vite plugin for wxt.config.ts: the content script's and the background's `wxt/browser` is the
 * browser's own API (`browser` in Firefox, `chrome` in Chrome, whose MV3 calls return promises)
 * instead of webextension-polyfill, 2.6 KB gzip paid on every page load and at every worker start.
 * Their one callback-shaped use, the message listener, answers through sendResponse, which both
 * APIs support. The extension pages keep the polyfill.
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
      // The background too (a service worker in Chrome, a background page in Firefox).
      content = /entrypoints\/(content|background)\//.test(JSON.stringify(entry ?? ''));
    },
    resolveId(id, importer) {
      if (content && POLYFILLED.has(id)) return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
      return undefined;
    },
  };
}
