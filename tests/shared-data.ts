/**
 * Data that lives beside the repository, in ../shared (seeds, eval cases, corpora, W3C schemas), is
 * not part of a clone. Tests that need it go through here:
 *
 *   const SEED = sharedPath('eval/seed-cases.json');            // absolute path, whether or not it exists
 *   describeWithShared('seed cases', ['eval/seed-cases.json'], () => { ...reads SEED... });
 *   itWithShared('one test', ['seeds'], async () => { ... });
 *
 * When a path is missing, the block is replaced by one test named after the missing path: skipped
 * outside CI (a clone alone still passes), failed under CI=true (CI must never skip it silently).
 * The block's body is not even run, so it may read the files at collection time.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

// From the path, not `new URL(..., import.meta.url)`: under happy-dom the global URL is not Node's, and
// fileURLToPath refuses it ("The URL must be of scheme file").
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_ROOT = resolve(REPO_ROOT, '../shared');

const inCi = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Absolute path of `rel` under ../shared (a trailing slash is kept, for folder prefixes). */
export function sharedPath(rel = ''): string {
  const abs = resolve(SHARED_ROOT, rel);
  return rel.endsWith('/') ? `${abs}/` : abs;
}

/** The first of `rels` that does not exist, as `../shared/<rel>`; undefined when all are there. */
export function missingShared(rels: readonly string[]): string | undefined {
  const missing = rels.find((rel) => !existsSync(sharedPath(rel)));
  return missing === undefined ? undefined : `../shared/${missing.replace(/\/$/, '')}`;
}

export const hasShared = (rels: readonly string[]): boolean => missingShared(rels) === undefined;

function reportMissing(name: string, missing: string): void {
  const what = `${name}: needs ${missing} (${sharedPath(missing.slice('../shared/'.length))}), which is missing`;
  if (inCi()) {
    it(`${what}; CI must have ../shared`, () => {
      throw new Error(`${missing} is missing. CI runs with the shared data beside the repository.`);
    });
    return;
  }
  console.warn(`skipped: ${what}`);
  it.skip(`${what} (skipped outside CI)`, () => undefined);
}

/** `describe(name, fn)` when every path in `rels` exists under ../shared; otherwise see the file comment. */
export function describeWithShared(name: string, rels: readonly string[], fn: () => void): void {
  const missing = missingShared(rels);
  if (missing === undefined) describe(name, fn);
  else describe(name, () => reportMissing(name, missing));
}

/** `it(name, fn, timeout)` when every path in `rels` exists under ../shared; otherwise see the file comment. */
export function itWithShared(name: string, rels: readonly string[], fn: () => unknown, timeout?: number): void {
  const missing = missingShared(rels);
  if (missing === undefined) it(name, fn as () => Promise<void>, timeout);
  else reportMissing(name, missing);
}
