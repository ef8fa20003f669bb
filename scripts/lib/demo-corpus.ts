/**
 * Real news pages from ../shared/corpora/readability, served with their scripts removed:
 * realistic page structures with no known claims, to see that Recoupe stays quiet on them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_DIR } from './demo-articles';

export const CORPUS_DIR = resolve(SHARED_DIR, 'corpora/readability/pages');

/** Names of the corpus pages that have a source.html; empty if the corpus is absent. */
export function listCorpusPages(dir = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/**
 * Removes every script element, including an unclosed one at the end of a truncated page, and the
 * inline event handlers (onload="lmd.…") that would otherwise throw ReferenceErrors once the
 * scripts they call are gone. Works on a latin1 view of the bytes so that pages in any charset
 * come back byte for byte.
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[\s\S]*$/i, '')
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/** The page's bytes without scripts, or undefined when `name` is not a corpus page. */
export function corpusPage(name: string, known: readonly string[], dir = CORPUS_DIR): Buffer | undefined {
  // Only names listed from the folder are served: no path from the URL reaches the file system.
  if (!known.includes(name)) return undefined;
  const raw = readFileSync(resolve(dir, name, 'source.html')).toString('latin1');
  return Buffer.from(stripScripts(raw), 'latin1');
}
