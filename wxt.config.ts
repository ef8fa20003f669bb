import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS_FILE, highlightCss } from './utils/core/highlight-style';

// Chrome MV3 first; `wxt build -b firefox` builds the Firefox (MV2) package from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'unlimitedStorage'],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: highlightCss() });
    },
  },
});
