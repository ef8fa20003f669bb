/**
 * `npm run eval -- FOLDER`: every case file of a folder, each against its own claims, and the
 * counts summed, as the training figures are quoted (`npm run eval -- tests/fixtures/matching/train`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (claim: string, cases: { id: string; text: string; expect: string[] }[]) => ({
  format: 'claim-match-cases/1',
  claims: [{ id: 'c', statement: { en: claim }, versions: [] }],
  cases: cases.map((k) => ({ ...k, source: 'page', lang: 'en' })),
});

const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('eval on a folder of case files', () => {
  writeFileSync(
    join(dir, 'a.json'),
    JSON.stringify(
      file('Sweden plans to cull 75 wolves this winter, the largest hunt in decades.', [
        { id: 'a1', text: 'Sweden will cull 75 wolves this winter, its largest hunt in decades.', expect: ['c'] },
        { id: 'a2', text: 'The orchestra played Sibelius to a full hall on Sunday.', expect: [] },
      ]),
    ),
  );
  writeFileSync(
    join(dir, 'b.json'),
    JSON.stringify(
      file('The new dam on the Blue Nile will hold 74 billion cubic metres of water.', [
        { id: 'b1', text: 'The new dam on the Blue Nile is to hold 74 billion cubic metres of water.', expect: ['c'] },
        { id: 'b2', text: 'A bakery in Lyon sold its last baguette at noon.', expect: ['c'] },
      ]),
    ),
  );

  it('gives each file its figures and their sum', () => {
    const out = JSON.parse(run(dir, '--json')) as { files: Record<string, { truePositives: number; falseNegatives: number; cases: number }>; metrics: { truePositives: number; falseNegatives: number; cases: number; recall: number } };
    expect(Object.keys(out.files)).toEqual(['a.json', 'b.json']);
    expect(out.files['a.json']).toMatchObject({ truePositives: 1, falseNegatives: 0, cases: 2 });
    expect(out.files['b.json']).toMatchObject({ truePositives: 1, falseNegatives: 1, cases: 2 });
    expect(out.metrics).toMatchObject({ truePositives: 2, falseNegatives: 1, cases: 4 });
    expect(out.metrics.recall).toBeCloseTo(2 / 3);
    expect(run(dir)).toMatch(/2 files, summed: 4 cases: precision 1\.000, recall 0\.667/);
  }, 60_000);

  it('says what is wrong with a folder that holds neither kind of data', () => {
    const empty = mkdtempSync(join(tmpdir(), 'recoupe-eval-empty-'));
    try {
      expect(() => run(empty)).toThrow(/neither case files/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});
