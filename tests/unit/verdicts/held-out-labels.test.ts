import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratingToStatus } from '@/utils/core/verdicts/read-verdict';

interface HeldOutLabel {
  label: string;
  language: string;
  factChecker: string;
  source: string;
  evidence: 'file' | 'page' | 'listed';
  expected: string;
}

function load(name: string): HeldOutLabel[] {
  return JSON.parse(readFileSync(`tests/fixtures/verdicts/${name}`, 'utf8')) as HeldOutLabel[];
}

/** How many labels get a status at all, and how many get the status their fact-checker defines. */
function measure(rows: HeldOutLabel[]): { mapped: number; right: number; report: string[] } {
  let mapped = 0;
  let right = 0;
  const report: string[] = [];
  for (const row of rows) {
    const outcome = ratingToStatus({ labels: [row.label] });
    if (outcome.via === 'label') mapped += 1;
    if (outcome.via === 'label' && outcome.status === row.expected) right += 1;
    else report.push(`${row.language} ${JSON.stringify(row.label.slice(0, 70))} -> ${outcome.via === 'label' ? outcome.status : 'not understood'} (expected ${row.expected}; ${row.factChecker})`);
  }
  return { mapped, right, report };
}

const pct = (n: number, d: number) => `${n}/${d} (${((n / d) * 100).toFixed(1)}%)`;

describe('published verdict labels from other fact-checkers (tests/fixtures/verdicts)', () => {
  it('maps the labels collected while improving the vocabulary (held-out-labels.json)', () => {
    const rows = load('held-out-labels.json');
    const { mapped, right, report } = measure(rows);
    console.log(`held-out-labels.json: mapped ${pct(mapped, rows.length)}, right status ${pct(right, rows.length)}; misses:\n  ${report.join('\n  ')}`);
    expect(right / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('maps the labels collected after the rules were frozen (sealed-labels.json, never tuned on)', () => {
    const rows = load('sealed-labels.json');
    const { mapped, right, report } = measure(rows);
    console.log(`sealed-labels.json: mapped ${pct(mapped, rows.length)}, right status ${pct(right, rows.length)}; misses:\n  ${report.join('\n  ')}`);
    expect(right / rows.length).toBeGreaterThanOrEqual(0.6);
  });
});
