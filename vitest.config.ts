import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Resolves `wxt/browser` to WXT's in-memory fake browser in unit tests.
  plugins: [WxtVitest()],
  resolve: { alias: { '@': root, '~': root } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Highlights follow a debounced rescan and a message round trip: poll up to 10 s.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
