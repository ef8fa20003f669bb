import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../shared-data';
import { runCases, validateCaseFile, type CaseFile } from '@/utils/core/matching/evaluate-cases';

const SEED_REL = 'eval/seed-cases.json';
const SEED = sharedPath(SEED_REL);

describeWithShared('seed cases (shared/eval/seed-cases.json, leave-one-outlet-out)', [SEED_REL], () => {
  const file = JSON.parse(readFileSync(SEED, 'utf8')) as CaseFile;
  const { results, metrics } = runCases(file);

  it('is a valid case file', () => {
    expect(validateCaseFile(file)).toEqual([]);
  });

  it('reaches F1 >= 0.95', () => {
    expect(metrics.f1).toBeGreaterThanOrEqual(0.95);
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
});
