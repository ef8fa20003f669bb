/**
 * Evaluation of the matcher on a `claim-match-cases/1` file (see
 * shared/eval/README.md): validation with readable errors, leave-one-outlet-out
 * scanning, micro-averaged precision/recall/F1. DOM-free and file-free so the
 * command-line tool and the unit tests share it.
 */
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { guessLanguage } from '@/utils/core/matching/languages';

export interface CaseFileVersion { source: string; lang?: string; quote: string; outlet?: string; document?: string }
export interface CaseFileClaim { id: string; statement: Record<string, string>; versions: CaseFileVersion[] }
export interface CaseFileCase { id: string; source: string; lang?: string; text: string; expect: string[]; optional?: string[]; split?: string }
export interface CaseFile { format: 'claim-match-cases/1'; claims: CaseFileClaim[]; cases: CaseFileCase[] }

export interface CaseResult {
  id: string;
  expected: string[];
  found: string[];
  scores: Record<string, number>;
  /** Possible matches (not highlighted) with their probability. */
  possible: Record<string, number>;
  missed: string[];
  falsePositives: string[];
}

export interface CaseMetrics {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  cases: number;
  /** False positives on cases that expect no claim at all. */
  falsePositivesOnEmptyCases: number;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

/** Problems in a parsed file, each naming where it is ("cases[3].expect"); empty when valid. */
/** What a command says of a file that is not a valid claim-match-cases/1 file: its first 20 errors. */
export function invalidCaseFile(path: string, errors: readonly string[]): string {
  return `${path}: not a valid claim-match-cases/1 file:\n  ${errors.slice(0, 20).join('\n  ')}${errors.length > 20 ? `\n  ... ${errors.length - 20} more` : ''}`;
}

/**
 * The file's problems, each with where it is (empty when it is valid). Two shapes that say the same are
 * taken as the format's, in place: a statement given as one string (its language guessed) and a claim
 * without `versions` (known by its statement alone).
 */
export function validateCaseFile(data: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(data)) return ['the file is not a JSON object'];
  if (Array.isArray(data.claims))
    for (const c of data.claims as unknown[]) {
      if (!isObj(c)) continue;
      if (isStr(c.statement)) c.statement = c.statement.trim() ? { [guessLanguage(c.statement)]: c.statement } : {};
      if (c.versions === undefined) c.versions = [];
    }
  if (data.format !== 'claim-match-cases/1') errors.push(`format: expected "claim-match-cases/1", got ${JSON.stringify(data.format)}`);
  if (!Array.isArray(data.claims)) errors.push('claims: missing or not an array');
  if (!Array.isArray(data.cases)) errors.push('cases: missing or not an array');
  if (errors.length) return errors;
  const claimIds = new Set<string>();
  (data.claims as unknown[]).forEach((c, i) => {
    const at = `claims[${i}]`;
    if (!isObj(c)) return errors.push(`${at}: not an object`);
    if (!isStr(c.id) || !c.id) errors.push(`${at}.id: missing or not a string`);
    else if (claimIds.has(c.id)) errors.push(`${at}.id: duplicate id "${c.id}"`);
    else claimIds.add(c.id);
    if (!isObj(c.statement) || !Object.values(c.statement).every(isStr)) errors.push(`${at}.statement: expected an object of language -> text, or one text`);
    if (!Array.isArray(c.versions)) errors.push(`${at}.versions: missing or not an array`);
    else
      c.versions.forEach((v: unknown, j: number) => {
        if (!isObj(v) || !isStr(v.source) || !isStr(v.quote)) errors.push(`${at}.versions[${j}]: needs string "source" and "quote"`);
      });
    if (isObj(c.statement) && Object.keys(c.statement).length === 0 && Array.isArray(c.versions) && c.versions.length === 0)
      errors.push(`${at}: has neither a statement nor a version`);
  });
  (data.cases as unknown[]).forEach((k, i) => {
    const at = `cases[${i}]`;
    if (!isObj(k)) return errors.push(`${at}: not an object`);
    if (!isStr(k.id)) errors.push(`${at}.id: missing or not a string`);
    if (!isStr(k.source)) errors.push(`${at}.source: missing or not a string`);
    if (!isStr(k.text)) errors.push(`${at}.text: missing or not a string`);
    if (!isStrArray(k.expect)) errors.push(`${at}.expect: missing or not an array of claim ids`);
    else for (const id of k.expect) if (!claimIds.has(id)) errors.push(`${at}.expect: unknown claim id "${id}"`);
    if (k.optional !== undefined && !isStrArray(k.optional)) errors.push(`${at}.optional: not an array of claim ids`);
  });
  return errors;
}

/** The file's claims in the matcher's shape: outlet = version source. */
export function claimsFromCaseFile(file: CaseFile): IndexClaim[] {
  return file.claims.map((c) => ({
    id: c.id,
    statement: c.statement ?? {},
    versions: (c.versions ?? []).map((v, i) => ({ id: `${c.id}#${i}`, outletId: v.source, lang: v.lang ?? '', quote: v.quote })),
  }));
}

export function runCases(file: CaseFile, cases: CaseFileCase[] = file.cases, matcher = ClaimMatcher.build(claimsFromCaseFile(file))) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let fpEmpty = 0;
  const results: CaseResult[] = cases.map((k) => {
    const scores: Record<string, number> = {};
    const possible: Record<string, number> = {};
    for (const m of matcher.scan(k.text, { excludeOutletIds: [k.source], lang: k.lang })) {
      // Only highlights count as found; possible matches are listed apart.
      const into = m.level === 'highlight' ? scores : possible;
      into[m.claimId] = Math.max(into[m.claimId] ?? 0, m.probability);
    }
    for (const id of Object.keys(scores)) delete possible[id];
    const found = Object.keys(scores);
    const optional = new Set(k.optional ?? []);
    const expected = new Set(k.expect);
    const missed = k.expect.filter((id) => !(id in scores));
    const falsePositives = found.filter((id) => !expected.has(id) && !optional.has(id));
    tp += k.expect.length - missed.length;
    fn += missed.length;
    fp += falsePositives.length;
    if (k.expect.length === 0) fpEmpty += falsePositives.length;
    return { id: k.id, expected: k.expect, found, scores, possible, missed, falsePositives };
  });
  return { results, metrics: caseMetrics(tp, fp, fn, cases.length, fpEmpty) };
}

/** Precision, recall and F1 of counts (several files' counts summed: micro-averaged). */
export function caseMetrics(tp: number, fp: number, fn: number, cases: number, fpEmpty: number): CaseMetrics {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn, cases, falsePositivesOnEmptyCases: fpEmpty };
}

/** Several files' metrics summed. */
export function sumCaseMetrics(all: readonly CaseMetrics[]): CaseMetrics {
  const sum = (k: keyof CaseMetrics) => all.reduce((n, m) => n + m[k], 0);
  return caseMetrics(sum('truePositives'), sum('falsePositives'), sum('falseNegatives'), sum('cases'), sum('falsePositivesOnEmptyCases'));
}
