import type { ImportGraph } from './import-graph';

/** One broken rule: the file it is about, the rule's name, and a sentence a maintainer can act on. */
export interface Violation {
  rule: string;
  file: string;
  message: string;
}

export const MAX_LINES = 300;

/** Tests and their helpers never ship: they may reach anything (a DOM fake, the database). */
const isTest = (path: string) => path.startsWith('tests/') || /\.test\.tsx?$/.test(path);
const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`) && !isTest(path);
const isPackage = (...names: string[]) => (target: string) =>
  names.some((name) => target === `pkg:${name}` || target.startsWith(`pkg:${name}/`));

/** WXT's content-script entrypoints: a `content/` folder or a `*.content.ts(x)` file. */
const isContentScript = (path: string) =>
  !isTest(path) && (path.startsWith('entrypoints/content/') || /^entrypoints\/([^/]+\.)?content(\/index)?\.tsx?$/.test(path));
const isStore = (target: string) => target.startsWith('utils/store/') || isPackage('dexie')(target);

interface ReachRule {
  name: string;
  /** Where the rule applies: these files and everything they import, directly or not. */
  from: (path: string) => boolean;
  forbidden: (target: string) => boolean;
  why: string;
}

/** The boundaries of the README's Layout section. */
export const REACH_RULES: ReachRule[] = [
  {
    name: 'content-script-no-store',
    from: isContentScript,
    forbidden: isStore,
    why: 'the content script runs in every page and must not reach utils/store/ or Dexie',
  },
  {
    name: 'core-stays-pure',
    from: under('utils/core'),
    forbidden: (target) =>
      ['utils/store/', 'utils/page/', 'utils/protocol/', 'utils/locale/', 'utils/ui/', 'components/', 'entrypoints/'].some((f) =>
        target.startsWith(f),
      ) ||
      isPackage('dexie', 'wxt', 'webextension-polyfill', '@wxt-dev', 'preact', 'happy-dom', 'linkedom')(target) ||
      target.startsWith('pkg:node:'),
    why: 'utils/core/ runs under plain Node and in every context: no DOM, WXT, browser API, Dexie, nor store, page, protocol, locale or ui code',
  },
  {
    name: 'background-no-csv',
    from: (path) => path.startsWith('entrypoints/background/'),
    forbidden: isPackage('papaparse'),
    why: 'the background is read at every worker start: the CSV parser (papaparse) belongs to the library page, feeds are JSON',
  },
  {
    name: 'extension-reads-verdict-file',
    from: (path) => !isTest(path) && (path.startsWith('entrypoints/') || path.startsWith('components/')),
    forbidden: (target) => /^utils\/core\/verdicts\/(bundled-verdicts|vocabulary-latin|vocabulary-scripts)\.ts$/.test(target),
    why: 'the published verdict labels are data the extension reads from words/verdicts.* when first needed (setVerdictSource), not code in the background parsed at every worker start',
  },
  {
    name: 'extension-reads-facts-words-file',
    from: (path) => !isTest(path) && (path.startsWith('entrypoints/') || path.startsWith('components/')),
    forbidden: (target) => target === 'utils/core/facts/bundled-facts-words.ts' || target === 'utils/core/facts/bundled-detect-words.ts',
    why: "the facts reader's word lists are data the extension reads from words/facts.* when first needed (setFactsWordsSource), not code in the background parsed at every worker start",
  },
  {
    name: 'extension-reads-base-words-file',
    from: (path) => !isTest(path) && (path.startsWith('entrypoints/') || path.startsWith('components/')),
    forbidden: (target) => target === 'utils/core/matching/bundled-base-words.ts' || target === 'utils/core/matching/month-names.json',
    why: "the matcher's base number and month words and letters are data the extension reads from words/base-words.* when first needed (setBaseWordsSource), not code in the background parsed at every worker start",
  },
  {
    name: 'background-loads-facts-reader',
    from: (path) => path.startsWith('entrypoints/background/'),
    forbidden: (target) => ['utils/core/facts/bundled-facts-reader.ts', 'utils/core/facts/version-facts.ts', 'utils/core/facts/extract.ts', 'utils/core/claim-differences.ts'].includes(target),
    why: "the facts reader is code a scan never runs: the background loads it as a script of its own (entrypoints/facts-reader.ts, setFactsReaderSource) when a card, an import or an annotation first reads facts, not parsed at every worker start",
  },
  {
    name: 'page-no-store',
    from: under('utils/page'),
    forbidden: isStore,
    why: 'utils/page/ reads a live page for the content script and must not reach utils/store/ or Dexie',
  },
];

/** First path (breadth first, so the shortest) from any start file to a forbidden target, for each target. */
function forbiddenPaths(graph: ImportGraph, rule: ReachRule): string[][] {
  const starts = [...graph.keys()].filter(rule.from).sort();
  const parent = new Map<string, string | null>(starts.map((s) => [s, null]));
  const queue = [...starts];
  const found: string[][] = [];
  const chain = (end: string) => {
    const path = [end];
    for (let p = parent.get(end); p; p = parent.get(p)) path.unshift(p);
    return path;
  };
  while (queue.length) {
    const file = queue.shift()!;
    for (const { target } of graph.get(file)?.imports ?? []) {
      if (parent.has(target)) continue;
      parent.set(target, file);
      if (rule.forbidden(target)) found.push(chain(target));
      else if (graph.has(target)) queue.push(target);
    }
  }
  return found;
}

export function checkReachRules(graph: ImportGraph, rules = REACH_RULES): Violation[] {
  return rules.flatMap((rule) =>
    forbiddenPaths(graph, rule).map((path) => {
      const file = path[path.length - 2];
      const target = path[path.length - 1].replace(/^pkg:/, '');
      return {
        rule: rule.name,
        file,
        message: `${file} imports ${target} (rule ${rule.name}: ${rule.why}); import chain: ${path.join(' → ')}`,
      };
    }),
  );
}

/** Strongly connected components of the project-file graph (Tarjan), each with one cycle through it. */
export function findCycles(graph: ImportGraph): { cycle: string[]; members: string[] }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: { cycle: string[]; members: string[] }[] = [];
  const next = (file: string) => [...new Set((graph.get(file)?.imports ?? []).map((e) => e.target).filter((t) => graph.has(t)))];
  let counter = 0;
  // Iterative, so a long import chain cannot overflow the call stack.
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { file: string; children: string[]; i: number }[] = [];
    const open = (file: string) => {
      index.set(file, counter);
      low.set(file, counter++);
      stack.push(file);
      onStack.add(file);
      work.push({ file, children: next(file), i: 0 });
    };
    open(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.file, Math.min(low.get(frame.file)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const up = work[work.length - 1].file;
        low.set(up, Math.min(low.get(up)!, low.get(frame.file)!));
      }
      if (low.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      const selfLoop = next(frame.file).includes(frame.file);
      component.sort();
      if (component.length > 1 || selfLoop) components.push({ cycle: cycleThrough(component, next), members: component });
    }
  }
  return components;
}

/** One cycle inside a strongly connected component, from its first file back to it (shortest, breadth first). */
function cycleThrough(component: string[], next: (file: string) => string[]): string[] {
  const members = new Set(component);
  const start = component[0];
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const child of next(file)) {
      if (!members.has(child)) continue;
      if (child === start) {
        const path = [start];
        for (let p: string | undefined = file; p && p !== start; p = parent.get(p)) path.splice(1, 0, p);
        return [...path, start];
      }
      if (parent.has(child)) continue;
      parent.set(child, file);
      queue.push(child);
    }
  }
  return [...component, start];
}

export function checkCycles(graph: ImportGraph): Violation[] {
  return findCycles(graph).map(({ cycle, members }) => ({
    rule: 'no-import-cycles',
    file: cycle[0],
    message:
      `${cycle[0]} is in an import cycle (rule no-import-cycles): ${cycle.join(' → ')}` +
      (members.length > cycle.length - 1 ? `; files importing each other in a loop: ${members.join(', ')}` : ''),
  }));
}

/** Data, not code: JSON files and the interface-string tables (`scripts/lib/locales-*.ts`). */
export const isLengthExempt = (path: string) => path.endsWith('.json') || /^scripts\/lib\/locales-[^/]+\.ts$/.test(path);

export function checkFileLengths(graph: ImportGraph, max = MAX_LINES): Violation[] {
  return [...graph.values()]
    .filter((node) => node.lines > max && !isLengthExempt(node.path))
    .map((node) => ({
      rule: 'max-file-lines',
      file: node.path,
      message: `${node.path} has ${node.lines} lines (rule max-file-lines: at most ${max}; split it by purpose)`,
    }));
}

export function checkLayout(graph: ImportGraph): Violation[] {
  return [...checkReachRules(graph), ...checkCycles(graph), ...checkFileLengths(graph)];
}
