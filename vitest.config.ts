import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { dexieModern } from './scripts/lib/dexie-build';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The end-to-end suite in one browser: `--project e2e` is Chromium (or BROWSER), `--project e2e-firefox` Firefox ESR. */
const e2e = (name: string, browser: string) => ({
  extends: true as const,
  test: {
    name,
    env: { BROWSER: browser },
    // Highlights follow a debounced rescan and a message round trip: poll up to 10 s.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    include: ['tests/e2e/**/*.test.ts'],
    // Tests that run the matcher under Node (as `npm run eval` does) read the language data from node_modules.
    setupFiles: ['./scripts/lib/node-language-data.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A real browser on a loaded 2-core machine now and then misses a beat (a tab Firefox refuses to open, a
    // worker Chrome restarts late): a failed test runs once more, and `.ci/summary.mjs` names every test that
    // needed it, with its first failure, so a flake is seen and not hidden.
    retry: 1,
    fileParallelism: false,
  },
});

export default defineConfig({
  // Resolves `wxt/browser` to WXT's in-memory fake browser in unit tests.
  plugins: [WxtVitest()],
  // The same Dexie build as the extension's (scripts/lib/dexie-build.ts).
  resolve: { alias: [{ find: '@', replacement: root }, { find: '~', replacement: root }, dexieModern] },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto', './scripts/lib/node-language-data.ts'],
          environment: 'node',
          // Several tests read real pages or build indexes: a second or two on a quiet machine, more than
          // Vitest's default 5 s on a loaded one. Speed is measured by the benchmarks, never by a timeout.
          testTimeout: 30_000,
        },
      },
      e2e('e2e', process.env.BROWSER ?? 'chromium'),
      e2e('e2e-firefox', 'firefox'),
    ],
  },
});
