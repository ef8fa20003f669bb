/**
 * The hand-written claim-match-cases/1 files under tests/fixtures/matching/ (training and
 * validation): well formed, and honest about where they come from. Training files may quote only
 * train-half readability pages, so the held-out half stays unseen by the fitted model.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { crossLanguageCases, type DerivableFile } from '@/scripts/lib/cross-language-cases';

const FIXTURES = fileURLToPath(new URL('../../fixtures/matching/', import.meta.url));
const PAGES = fileURLToPath(new URL('../../../../shared/corpora/readability/pages/', import.meta.url));
const split = JSON.parse(readFileSync(`${FIXTURES}readability-split.json`, 'utf8')) as { train: string[]; heldOut: string[] };

interface Version { source?: unknown; lang?: unknown; quote?: unknown; outlet?: unknown }
interface Claim { id?: unknown; statement?: unknown; versions?: unknown }
interface Case { id?: unknown; source?: unknown; lang?: unknown; text?: unknown; expect?: unknown; optional?: unknown }

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;
const idList = (x: unknown): x is string[] => Array.isArray(x) && x.every(nonEmpty);

/** Every problem of one file, each naming where it is; empty when the file is sound. */
function problems(data: { format?: unknown; claims?: unknown; cases?: unknown }, minVersions: number): string[] {
  const out: string[] = [];
  if (data.format !== 'claim-match-cases/1') out.push(`format is ${JSON.stringify(data.format)}`);
  if (!Array.isArray(data.claims) || !Array.isArray(data.cases)) return [...out, 'claims or cases is not an array'];
  const ids = new Set<string>();
  (data.claims as Claim[]).forEach((c, i) => {
    if (!nonEmpty(c.id) || ids.has(c.id)) out.push(`claims[${i}].id missing or duplicate`);
    else ids.add(c.id);
    const st = c.statement as Record<string, unknown> | undefined;
    if (!st || typeof st !== 'object' || !Object.values(st).every(nonEmpty)) out.push(`claims[${i}].statement: needs text by language`);
    if (!Array.isArray(c.versions) || c.versions.length < minVersions) out.push(`claims[${i}].versions: needs ${minVersions} or more`);
    else if (st && Object.keys(st).length === 0 && c.versions.length === 0) out.push(`claims[${i}]: neither statement nor version`);
    else
      (c.versions as Version[]).forEach((v, j) => {
        for (const key of ['source', 'lang', 'quote'] as const)
          if (!nonEmpty(v[key])) out.push(`claims[${i}].versions[${j}].${key} missing`);
      });
  });
  const caseIds = new Set<string>();
  (data.cases as Case[]).forEach((k, i) => {
    if (!nonEmpty(k.id) || caseIds.has(k.id)) out.push(`cases[${i}].id missing or duplicate`);
    else caseIds.add(k.id);
    for (const key of ['source', 'lang', 'text'] as const) if (!nonEmpty(k[key])) out.push(`cases[${i}].${key} missing`);
    if (!idList(k.expect)) out.push(`cases[${i}].expect is not a list of ids`);
    if (k.optional !== undefined && !idList(k.optional)) out.push(`cases[${i}].optional is not a list of ids`);
    for (const id of [...(idList(k.expect) ? k.expect : []), ...(idList(k.optional) ? k.optional : [])])
      if (!ids.has(id)) out.push(`cases[${i}] names unknown claim "${id}"`);
  });
  return out;
}

function caseFiles(folder: string): [string, any][] {
  const dir = `${FIXTURES}${folder}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(dir + f, 'utf8'))]);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const pageTexts = new Map<string, string>();
function pageText(name: string): string {
  let text = pageTexts.get(name);
  if (text === undefined) {
    const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(`${PAGES}${name}/expected.html`, 'utf8')}</body></html>`);
    text = collapse(document.body.textContent ?? '');
    pageTexts.set(name, text);
  }
  return text;
}

const train = caseFiles('train');
const handWritten = train.filter(([name]) => !name.startsWith('derived-'));
const pages = new Set([...split.train, ...split.heldOut]);

describe('training case files (tests/fixtures/matching/train)', () => {
  // Training claims need other outlets' wordings to learn from: the page's own plus 2 or more.
  it.each(train)('%s is a sound claim-match-cases/1 file', (name, data) => {
    expect(problems(data, name.startsWith('derived-') ? 0 : 3)).toEqual([]);
  });

  it('holds the derived cross-language files that scripts/build-cross-language-cases.ts writes', () => {
    const sources = handWritten.map(([name, data]): [string, DerivableFile] => [name.replace(/\.json$/, ''), data]);
    for (const [caseLang, claimLang] of [['fr', 'en'], ['en', 'fr']]) {
      const committed = train.find(([name]) => name === `derived-${caseLang}-cases-${claimLang}-claims.json`);
      expect(committed?.[1]).toEqual(crossLanguageCases(sources, caseLang, claimLang));
    }
  });

  it('has enough varied material to fit on: 25+ claims, 150+ cases, 4+ languages, positives and negatives', () => {
    const claims = handWritten.flatMap(([, d]) => d.claims);
    const cases: Case[] = handWritten.flatMap(([, d]) => d.cases);
    const langs = new Set(cases.map((k) => k.lang));
    expect(claims.length).toBeGreaterThanOrEqual(25);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(langs.size).toBeGreaterThanOrEqual(4);
    const negatives = cases.filter((k) => (k.expect as string[]).length === 0).length;
    expect(negatives / cases.length).toBeGreaterThan(0.3);
    expect(negatives / cases.length).toBeLessThan(0.7);
  });

  it('quotes only train-half readability pages, and quotes them exactly', () => {
    const sources = train.flatMap(([, d]) => [
      ...d.claims.flatMap((c: { versions: Version[] }) => c.versions.map((v) => ({ source: v.source as string, text: v.quote as string }))),
      ...d.cases.map((k: Case) => ({ source: k.source as string, text: k.text as string })),
    ]);
    const fromPages = sources.filter((s) => pages.has(s.source));
    expect(fromPages.length).toBeGreaterThan(50);
    expect(fromPages.filter((s) => !split.train.includes(s.source)).map((s) => s.source)).toEqual([]);
    if (!existsSync(PAGES)) return; // the page texts live in ../shared; the split check above still ran
    const misquoted = fromPages.filter((s) => !pageText(s.source).includes(collapse(s.text)));
    expect(misquoted.map((s) => `${s.source}: ${s.text.slice(0, 60)}`)).toEqual([]);
  });
});

describe('validation case files (tests/fixtures/matching/validation)', () => {
  const validation = existsSync(`${FIXTURES}validation`) ? caseFiles('validation') : [];
  if (validation.length === 0) it.skip('has no files yet', () => {});
  else
    it.each(validation)('%s is a sound claim-match-cases/1 file', (_name, data) => {
      expect(problems(data, 1)).toEqual([]);
    });
});

describe('development case files (tests/fixtures/matching/development)', () => {
  const development = caseFiles('development');
  it.each(development)('%s is a sound claim-match-cases/1 file whose quotes are its own outlets\' words', (_name, data) => {
    expect(problems(data, 1)).toEqual([]);
    // Leave-one-outlet-out only means something when each version quotes its outlet's own paragraph.
    const textsBySource = new Map<string, string[]>();
    for (const k of data.cases as { source: string; text: string }[]) textsBySource.set(k.source, [...(textsBySource.get(k.source) ?? []), k.text]);
    const unquoted = (data.claims as any[]).flatMap((c) =>
      (c.versions as any[]).filter((v) => !(textsBySource.get(v.source) ?? []).some((t) => t.includes(v.quote))).map((v) => `${c.id} ${v.source}`),
    );
    expect(unquoted).toEqual([]);
  });
  it('holds stories in several languages that the other folders have few of', () => {
    const langs = new Set(development.flatMap(([, data]) => (data.cases as Case[]).map((k) => k.lang)));
    for (const lang of ['fr', 'en', 'es', 'pt', 'it', 'de', 'pl', 'cs', 'nl', 'el', 'tr', 'ru']) expect(langs).toContain(lang);
  });
});

describe('en-vs-fr-seed.json', () => {
  const file = JSON.parse(readFileSync(`${FIXTURES}validation/en-vs-fr-seed.json`, 'utf8'));
  it('pits English sentences against claims known only in French', () => {
    for (const c of file.claims) {
      expect(Object.keys(c.statement)).toEqual(['fr']);
      expect(new Set(c.versions.map((v: Version) => v.lang))).toEqual(new Set(['fr']));
    }
    const cases: Case[] = file.cases;
    expect(new Set(cases.map((k) => k.lang))).toEqual(new Set(['en']));
    expect(cases.filter((k) => (k.expect as string[]).length > 0).length).toBeGreaterThanOrEqual(16);
    expect(cases.filter((k) => (k.expect as string[]).length === 0).length).toBeGreaterThanOrEqual(16);
  });
});

describe('the format check', () => {
  it('names what is wrong and where', () => {
    const broken = {
      format: 'claim-match-cases/1',
      claims: [{ id: 'a', statement: { en: 'x' }, versions: [{ source: 's', quote: 'q' }] }],
      cases: [{ id: 'c', source: 's', lang: 'en', text: 't', expect: ['b'] }],
    };
    expect(problems(broken, 1)).toEqual(['claims[0].versions[0].lang missing', 'cases[0] names unknown claim "b"']);
  });
});

describe('readability split', () => {
  it('covers every page once, about half each side', () => {
    const all = [...split.train, ...split.heldOut];
    expect(new Set(all).size).toBe(all.length);
    expect(Math.abs(split.train.length - split.heldOut.length)).toBeLessThanOrEqual(2);
    if (existsSync(PAGES)) expect(new Set(all)).toEqual(new Set(readdirSync(PAGES).filter((d) => existsSync(`${PAGES}${d}/source.html`))));
  });
});
