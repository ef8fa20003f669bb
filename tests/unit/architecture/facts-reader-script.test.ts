import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph, resolveSpecifier, runtimeImportSpecifiers } from './import-graph';
import { FACTS_READER_SHARED } from '@/utils/core/facts/facts-reader-script';

// The facts reader's script takes the modules of FACTS_READER_SHARED from the background
// (scripts/lib/facts-reader-build.ts) and bundles the rest: that list must be exactly the modules both need.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const graph = readImportGraph(root);
const shared = new Set<string>(FACTS_READER_SHARED);
/** Constants the script and the background both read (inlined by the minifier, no state). */
const CONSTANTS = new Set(['utils/core/facts/facts-reader-script.ts']);

/** The project files a file's JavaScript imports (type-only imports leave none). */
const runtimeImports = (file: string) =>
  runtimeImportSpecifiers(readFileSync(join(root, file), 'utf8'))
    .map((specifier) => resolveSpecifier(root, file, specifier))
    .filter((target) => graph.has(target));

/** Every file reached from `start` through imports that stay in the JavaScript, not going into `stop`. */
function bundled(start: string, stop: Set<string> = new Set()): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const target of runtimeImports(queue.shift()!)) {
      if (seen.has(target)) continue;
      seen.add(target);
      if (!stop.has(target)) queue.push(target);
    }
  }
  return seen;
}

describe("the facts reader's script", () => {
  const script = bundled('entrypoints/facts-reader.ts', shared);
  const background = bundled('entrypoints/background/index.ts');

  it('bundles no module of the background but the ones it takes from it', () => {
    const own = [...script].filter((file) => !shared.has(file) && !CONSTANTS.has(file));
    expect(own).toContain('utils/core/facts/extract.ts');
    expect(own.filter((file) => background.has(file))).toEqual([]);
  });

  it('takes from the background every module of the list, and no other', () => {
    expect([...script].filter((file) => shared.has(file)).sort()).toEqual([...shared].sort());
  });

  it('is not in the background', () => {
    expect(background.has('utils/core/facts/extract.ts')).toBe(false);
    expect(background.has('utils/core/claim-differences.ts')).toBe(false);
  });
});
