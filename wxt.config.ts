import { defineConfig } from 'wxt';

// Chrome MV3 first; `wxt build -b firefox` builds the Firefox (MV2) package from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['contextMenus', 'unlimitedStorage'],
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
});
