import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../shared-data';
import { runCases, validateCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';

const SEED_REL = 'eval/seed-cases.json';
const SEED = sharedPath(SEED_REL);

describeWithShared('seed cases (shared/eval/seed-cases.json, leave-one-outlet-out)', [SEED_REL], () => {
  const file = JSON.parse(readFileSync(SEED, 'utf8')) as CaseFile;
  const { results, metrics } = runCases(file);

  it('is a valid case file', () => {
    expect(validateCaseFile(file)).toEqual([]);
  });

  // The model is fitted on other data (never on this file): what it reaches
  // here is a held-out figure, below the hand-set matcher that was tuned on
  // this file (F1 0.957). The floors guard against a refit that does worse
  // than the current one (precision 1.000, recall 0.612).
  it('highlights mostly claims a paragraph states, and most of those it states', () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('finds nothing in paragraphs that state no known claim', () => {
    const empty = results.filter((r) => r.expected.length === 0 && r.falsePositives.length > 0);
    expect(empty.map((r) => `${r.id}: ${r.falsePositives.join(', ')}`)).toEqual([]);
  });
});

describe('case file validation', () => {
  it('says what is wrong and where', () => {
    const errors = validateCaseFile({
      format: 'claim-match-cases/1',
      claims: [{ id: 'a', statement: { en: 'x' }, versions: [{ source: 's' }] }],
      cases: [{ id: 'c1', source: 's', text: 't', expect: ['missing'] }],
    });
    expect(errors).toEqual(['claims[0].versions[0]: needs string "source" and "quote"', 'cases[0].expect: unknown claim id "missing"']);
    expect(validateCaseFile([])).toEqual(['the file is not a JSON object']);
  });

  it('takes a claim known by one untagged statement, without versions, and finds it', () => {
    const file = {
      format: 'claim-match-cases/1',
      claims: [{ id: 'dam', statement: 'Le nouveau barrage sur le Nil Bleu contiendra 74 milliards de mètres cubes d’eau.' }],
      cases: [{ id: 'c1', source: 's', lang: 'fr', text: 'Le barrage du Nil Bleu pourra contenir 74 milliards de mètres cubes d’eau.', expect: ['dam'] }],
    };
    expect(validateCaseFile(file)).toEqual([]);
    expect(file.claims[0]).toMatchObject({ statement: { fr: expect.stringContaining('barrage') }, versions: [] });
    expect(runCases(file as unknown as CaseFile).results.map((r) => r.found)).toEqual([['dam']]);
    expect(validateCaseFile({ ...file, claims: [{ id: 'dam', statement: 3 }] })).toEqual(['claims[0].statement: expected an object of language -> text, or one text']);
  });
});
