import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, readImportGraph, runtimeImportSpecifiers, type ImportGraph } from './import-graph';
import { checkCycles, checkFileLengths, checkLayout, checkReachRules } from './layout-rules';
import { typeErrors } from './core-typecheck';

/** A synthetic project: each file with the targets it imports (`pkg:NAME` for packages) and its length. */
function graphOf(files: Record<string, string[]>, lines: Record<string, number> = {}): ImportGraph {
  return new Map(
    Object.entries(files).map(([path, targets]) => [
      path,
      { path, lines: lines[path] ?? 10, imports: targets.map((target) => ({ specifier: target, target })) },
    ]),
  );
}

const clean = graphOf({
  'entrypoints/content/index.ts': ['utils/protocol/messages.ts', 'utils/page/page-text.ts', 'utils/core/model.ts'],
  'utils/protocol/messages.ts': ['utils/core/model.ts'],
  'utils/page/page-text.ts': ['utils/core/model.ts'],
  'utils/core/model.ts': ['pkg:snowball-stemmers'],
  'utils/store/db.ts': ['pkg:dexie', 'utils/core/model.ts'],
  'entrypoints/background/index.ts': ['utils/store/db.ts', 'pkg:wxt/browser'],
  'tests/unit/db.test.ts': ['utils/store/db.ts', 'pkg:happy-dom'],
});

const rulesOf = (graph: ImportGraph) => checkLayout(graph).map((v) => v.rule);

describe('the layout checker', () => {
  it('passes a project that keeps the rules', () => {
    expect(checkLayout(clean)).toEqual([]);
  });

  it('fails when the content script reaches the store, even through another file, and names the chain', () => {
    const graph = graphOf({
      'entrypoints/content/card-ui.ts': ['components/ClaimCard.tsx'],
      'components/ClaimCard.tsx': ['utils/store/card-data.ts'],
      'utils/store/card-data.ts': [],
    });
    const [violation, ...rest] = checkReachRules(graph);
    expect(rest).toEqual([]);
    expect(violation.rule).toBe('content-script-no-store');
    expect(violation.file).toBe('components/ClaimCard.tsx');
    expect(violation.message).toContain('entrypoints/content/card-ui.ts → components/ClaimCard.tsx → utils/store/card-data.ts');
  });

  it('fails when the background reaches the CSV parser, which only the library page needs', () => {
    expect(rulesOf(graphOf({ 'entrypoints/background/index.ts': ['utils/core/parse.ts'], 'utils/core/parse.ts': ['pkg:papaparse'] }))).toEqual(['background-no-csv']);
  });

  it('fails when an extension entry point bundles the verdict labels instead of reading their file', () => {
    const graph = graphOf({ 'entrypoints/background/index.ts': ['utils/core/verdicts/bundled-verdicts.ts'], 'utils/core/verdicts/bundled-verdicts.ts': ['utils/core/verdicts/vocabulary-latin.ts'] });
    expect(rulesOf(graph)).toEqual(['extension-reads-verdict-file']);
    expect(rulesOf(graphOf({ 'scripts/lib/node-language-data.ts': ['utils/core/verdicts/bundled-verdicts.ts'] }))).toEqual([]);
  });

  it('fails when the background bundles the facts reader instead of loading its script, even through a type', () => {
    const graph = graphOf({ 'entrypoints/background/handlers.ts': ['utils/protocol/card-data.ts'], 'utils/protocol/card-data.ts': ['utils/core/claim-differences.ts'] });
    expect(rulesOf(graph)).toEqual(['background-loads-facts-reader']);
    expect(rulesOf(graphOf({ 'entrypoints/facts-reader.ts': ['utils/core/facts/bundled-facts-reader.ts'] }))).toEqual([]);
  });

  it('fails when the content script imports Dexie', () => {
    expect(rulesOf(graphOf({ 'entrypoints/content/index.ts': ['pkg:dexie'] }))).toEqual(['content-script-no-store']);
    expect(rulesOf(graphOf({ 'entrypoints/example.content.ts': ['pkg:dexie'] }))).toEqual(['content-script-no-store']);
  });

  it.each([
    'pkg:wxt/browser',
    'pkg:webextension-polyfill',
    'pkg:dexie',
    'utils/store/db.ts',
    'utils/page/page-text.ts',
    'utils/protocol/messages.ts',
    'utils/locale/i18n.ts',
    'utils/ui/export-download.ts',
  ])('fails when utils/core/ imports %s', (target) => {
    const violations = checkReachRules(graphOf({ 'utils/core/model.ts': [target], [target]: [] }));
    expect(violations.map((v) => [v.rule, v.file])).toEqual([['core-stays-pure', 'utils/core/model.ts']]);
    expect(violations[0].message).toContain(`utils/core/model.ts imports ${target.replace('pkg:', '')}`);
  });

  it('fails when utils/page/ reaches the store', () => {
    const graph = graphOf({ 'utils/page/page-info.ts': ['utils/store/site-settings.ts'], 'utils/store/site-settings.ts': [] });
    expect(checkReachRules(graph).map((v) => [v.rule, v.file])).toEqual([['page-no-store', 'utils/page/page-info.ts']]);
  });

  it('lets tests reach anything', () => {
    expect(checkLayout(graphOf({ 'utils/core/model.test.ts': ['pkg:happy-dom', 'utils/store/db.ts'], 'utils/store/db.ts': [] }))).toEqual([]);
  });

  it('fails on an import cycle and names every file of it in order', () => {
    const graph = graphOf({
      'entrypoints/content/index.ts': ['entrypoints/content/page-watch.ts'],
      'entrypoints/content/page-watch.ts': ['entrypoints/content/scanner.ts'],
      'entrypoints/content/scanner.ts': ['entrypoints/content/index.ts'],
      'utils/core/a.ts': ['utils/core/a.ts'],
    });
    const violations = checkCycles(graph);
    expect(violations.map((v) => v.rule)).toEqual(['no-import-cycles', 'no-import-cycles']);
    expect(violations.map((v) => v.message).join('\n')).toContain(
      'entrypoints/content/index.ts → entrypoints/content/page-watch.ts → entrypoints/content/scanner.ts → entrypoints/content/index.ts',
    );
    expect(violations.map((v) => v.message).join('\n')).toContain('utils/core/a.ts → utils/core/a.ts');
  });

  it('fails on a source file over 300 lines, but not on JSON or locale tables', () => {
    const graph = graphOf(
      { 'utils/core/big.ts': [], 'utils/core/ok.ts': [], 'public/claims.json': [], 'scripts/lib/locales-source.ts': [] },
      { 'utils/core/big.ts': 301, 'utils/core/ok.ts': 300, 'public/claims.json': 5000, 'scripts/lib/locales-source.ts': 900 },
    );
    const violations = checkFileLengths(graph);
    expect(violations.map((v) => [v.rule, v.file])).toEqual([['max-file-lines', 'utils/core/big.ts']]);
    expect(violations[0].message).toContain('301 lines');
  });
});

describe('the import reader', () => {
  it('sees static imports, type imports, re-exports, side-effect imports and literal dynamic imports', () => {
    const text = [
      "import { a } from '@/utils/core/a';",
      "import type { B } from './b';",
      "export * from '../c';",
      "export { d } from 'dexie';",
      "import './style.css';",
      "const e = await import('@/utils/store/db');",
      '// import { f } from "not-an-import";',
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['@/utils/core/a', './b', '../c', 'dexie', './style.css', '@/utils/store/db']);
  });
});

describe('the runtime import reader', () => {
  it('leaves out imports and re-exports of types only', () => {
    const text = [
      "import { a, type A } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "import * as d from './d';",
      "import './e';",
      "export type { F } from './f';",
      "export { g } from './g';",
    ].join('\n');
    expect(runtimeImportSpecifiers(text)).toEqual(['./a', './d', './e', './g']);
  });
});

describe('the graph reader', () => {
  it('resolves the @/ alias, relative paths, index files and .tsx, and keeps packages by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-graph-'));
    const put = (path: string, text: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    try {
      put('entrypoints/content/index.ts', "import { a } from './card';\nimport '@/utils/store';\nimport { b } from 'wxt/browser';\n");
      put('entrypoints/content/card.tsx', "export const a = 1;\n");
      put('utils/store/index.ts', "import Dexie from 'dexie';\n");
      const graph = readImportGraph(dir);
      expect(graph.get('entrypoints/content/index.ts')!.imports.map((e) => e.target)).toEqual([
        'entrypoints/content/card.tsx',
        'utils/store/index.ts',
        'pkg:wxt/browser',
      ]);
      expect(graph.get('entrypoints/content/card.tsx')!.lines).toBe(1);
      expect(checkLayout(graph).map((v) => [v.rule, v.file])).toEqual([['content-script-no-store', 'entrypoints/content/index.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the DOM-free type check of utils/core/', () => {
  it('rejects a file that uses the DOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-core-'));
    try {
      const file = join(dir, 'uses-dom.ts');
      writeFileSync(file, 'export const title = (): string => document.title;\n');
      const config = fileURLToPath(new URL('../../../tsconfig.core.json', import.meta.url));
      const errors = typeErrors(config, [file]);
      expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
