import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

/** One import, export-from or literal dynamic import() of a source file. */
export interface ImportEdge {
  specifier: string;
  /** A repo-relative path (`utils/core/model.ts`) for project files, `pkg:NAME` for packages. */
  target: string;
}

export interface SourceNode {
  path: string;
  lines: number;
  imports: ImportEdge[];
}

/** Every project source file by repo-relative path, with what it imports. */
export type ImportGraph = Map<string, SourceNode>;

/** Folders holding the project's own code; build output, dependencies and data stay out. */
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'scripts', 'tests'];
const SOURCE_FILE = /\.(ts|tsx|mts|mjs|js|css)$/;
/** WXT's aliases for the project root (`.wxt/tsconfig.json`). */
const ROOT_ALIASES = ['@/', '~/', '@@/', '~~/'];
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '.mts', '.js', '/index.ts', '/index.tsx'];

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else if (SOURCE_FILE.test(name)) out.push(path);
  }
  return out;
}

/** `dexie` for `dexie`, `wxt/browser` stays `wxt/browser` so rules can tell the subpaths apart. */
function packageTarget(specifier: string): string {
  return `pkg:${specifier.split('?')[0]}`;
}

/** The repo-relative file an import names, or a `pkg:` target for anything outside the project. */
export function resolveSpecifier(root: string, fromFile: string, specifier: string): string {
  const bare = specifier.split('?')[0];
  const alias = ROOT_ALIASES.find((a) => bare.startsWith(a));
  let base: string | null = null;
  if (alias) base = join(root, bare.slice(alias.length));
  else if (bare.startsWith('./') || bare.startsWith('../')) base = join(dirname(join(root, fromFile)), bare);
  if (base === null) return packageTarget(specifier);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return toPosix(relative(root, candidate));
  }
  // A path that resolves to nothing is kept as written, so a rule still sees where it points.
  return toPosix(relative(root, base));
}

const toPosix = (path: string) => path.split('\\').join(posix.sep);

/** Imports of one file's text, read by the TypeScript scanner (static, export-from, literal import()). */
export function importSpecifiers(text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((f) => f.fileName);
}

/** The import graph of the project at `root`. */
export function readImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const dir of SOURCE_DIRS) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of listFiles(join(root, dir))) {
      const path = toPosix(relative(root, file));
      const text = readFileSync(file, 'utf8');
      const specifiers = path.endsWith('.css') ? [] : importSpecifiers(text);
      graph.set(path, {
        path,
        lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
        imports: specifiers.map((specifier) => ({ specifier, target: resolveSpecifier(root, path, specifier) })),
      });
    }
  }
  return graph;
}

/**
 * The imports of one file's text that remain in its JavaScript: static imports and re-exports that are
 * not type-only (`import type`, or only `type` names), and side-effect imports.
 */
export function runtimeImportSpecifiers(text: string): string[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        clause !== undefined &&
        (clause.isTypeOnly || (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      if (!typesOnly) out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (!(clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly))) out.push(statement.moduleSpecifier.text);
    }
  }
  return out;
}
