import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS_FILE, highlightCss } from './utils/core/highlight-style';
import { languageFiles } from './scripts/lib/language-assets';
import { contentScriptWithoutPolyfill } from './scripts/lib/content-browser';
import { dexieModern } from './scripts/lib/dexie-build';
import { factsReaderTakesBackgroundModules } from './scripts/lib/facts-reader-build';

/** Any http(s) origin may be asked for, one at a time, when the user subscribes to a feed there. */
const FEED_ORIGINS = ['http://*/*', 'https://*/*'];
/**
 * The end-to-end feed test's build only (`wxt build [-b firefox] --mode feedtest`, into .output/chrome-mv3-feedtest
 * or .output/firefox-mv2-feedtest):
 * headless Chromium never answers a permission prompt, so that build already holds the test server's
 * origin (match patterns have no port). Release builds never have it.
 */
const TEST_FEED_HOSTS = ['http://127.0.0.1/*'];

// Chrome MV3 first; `wxt build -b firefox` builds the Firefox (MV2) package from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `alarms` refreshes subscribed feeds. A feed's origin is asked for when the user subscribes, and only then.
    permissions: ['contextMenus', 'unlimitedStorage', 'alarms'],
    ...(manifestVersion === 2
      ? { optional_permissions: FEED_ORIGINS, ...(mode === 'feedtest' ? { permissions: ['contextMenus', 'unlimitedStorage', 'alarms', ...TEST_FEED_HOSTS] } : {}) }
      : { optional_host_permissions: FEED_ORIGINS, ...(mode === 'feedtest' ? { host_permissions: TEST_FEED_HOSTS } : {}) }),
    // The highlight rules, injected before the page is first styled (see utils/core/highlight-style.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], css: [HIGHLIGHT_CSS_FILE], run_at: 'document_start' }],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextClaim__',
      },
      'annotate-selection': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandAnnotate__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'recoupe@recoupe.invalid',
              // Firefox 140 ESR: the CSS Custom Highlight API (our highlights) and data_collection_permissions both start there.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Fresh plugins per build: they tell the content script's and the facts reader's builds from the others.
  // RECOUPE_SOURCEMAP=1: with source maps, to read a CPU profile (scripts/profile-worker-start.ts); never for a release.
  vite: () => ({
    plugins: [contentScriptWithoutPolyfill(), factsReaderTakesBackgroundModules()],
    resolve: { alias: [dexieModern] },
    // Terser, three passes, ES2020 output: background.js 5 KB gzip smaller than the default minifier's (npm run bench:size).
    // Function expressions that use no `this` become arrows (about 110 B gzip less): none of the extension's is
    // called with `new`, and Dexie's classes are classes.
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true } }, ...(process.env.RECOUPE_SOURCEMAP ? { sourcemap: true } : {}) },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: highlightCss() });
      // Stemmers and stop lists, one file per language, loaded by the background when a language is first needed.
      files.push(...languageFiles());
    },
  },
});
