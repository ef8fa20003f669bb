import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratingToStatus } from '@/utils/core/verdicts/read-verdict';

interface PublishedLabel {
  label: string;
  language: string;
  factChecker: string;
  source: string;
  evidence: 'page' | 'listed';
  expected: string;
}

/** Labels of the rating scales fact-checkers publish (vocabulary-*.ts, [published]), each with its page. */
const rows = JSON.parse(readFileSync('tests/fixtures/verdicts/published-scales.json', 'utf8')) as PublishedLabel[];

describe('rating scales fact-checkers publish (tests/fixtures/verdicts/published-scales.json)', () => {
  it.each(rows.map((row) => [row.language, row.label, row.expected, row.factChecker] as const))(
    '%s %j -> %s (%s)',
    (_language, label, expected) => {
      expect(ratingToStatus({ labels: [label] })).toEqual({ status: expected, via: 'label' });
    },
  );

  it.each([
    // As labels and sentences carry them: a verdict before a stop, inside a sentence of another script.
    ['Marka: HINDI TOTOO', 'false'],
    ['Маніпуляція: Україна домоглася від ООН лише перейменування', 'misleading'],
    ['この情報は誤りです', 'false'],
    // A negation before or after a true verdict makes it false (verdict-phrases.ts, NOT).
    ['Není pravda', 'false'],
    ['To nie je pravda', 'false'],
    ['To nie jest prawda', 'false'],
    ['사실 아님', 'false'],
  ])('%j -> %s', (label, status) => {
    expect(ratingToStatus({ labels: [label] })).toEqual({ status, via: 'label' });
  });

  it('names a source page for every label', () => {
    for (const row of rows) expect(row.source, row.label).toMatch(/^https?:\/\/[^ ]+$/);
  });
});
