import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from './import-graph';
import { checkCycles, checkFileLengths, checkReachRules } from './layout-rules';
import { typeErrors } from './core-typecheck';

// The rules of the README's Layout section, checked on the project itself.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const graph = readImportGraph(root);

describe('the project keeps its layout', () => {
  it('reads the whole project and its imports', () => {
    for (const file of ['entrypoints/content/index.ts', 'utils/core/model.ts', 'utils/store/db.ts', 'components/library/LibraryApp.tsx']) {
      expect(graph.has(file), file).toBe(true);
    }
    // Resolved edges, so that a rule cannot pass because nothing was read.
    const targets = (file: string) => graph.get(file)!.imports.map((e) => e.target);
    expect(targets('entrypoints/content/index.ts')).toContain('entrypoints/content/page-session.ts');
    expect(targets('utils/store/db.ts')).toContain('pkg:dexie');
    expect(targets('entrypoints/options/main.tsx')).toContain('components/library/LibraryApp.tsx');
  });

  it('keeps the content script, utils/core/ and utils/page/ inside their boundaries', () => {
    expect(checkReachRules(graph).map((v) => v.message)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(checkCycles(graph).map((v) => v.message)).toEqual([]);
  });

  it('has no source file over 300 lines (JSON and scripts/lib/locales-*.ts are data, exempt)', () => {
    expect(checkFileLengths(graph).map((v) => v.message)).toEqual([]);
  });

  it('type-checks utils/core/ without the DOM library or browser types (tsconfig.core.json)', () => {
    expect(typeErrors(`${root}tsconfig.core.json`)).toEqual([]);
  }, 60_000);
});
