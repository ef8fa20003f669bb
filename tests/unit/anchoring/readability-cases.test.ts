/**
 * All 1,295 quote cases over the 130 real pages: exact sentences, the same with a typo,
 * and with curly quotes straightened. Prints the pass rate per kind.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared } from '../../shared-data';
import { PAGES_REL, QUOTE_CASES_REL, loadQuoteCases, passRates, runAll, type CaseResult } from './readability-corpus';

const suite = (name: string, fn: () => void) => describeWithShared(name, [QUOTE_CASES_REL, PAGES_REL], fn);

suite('readability quote cases', () => {
  let results: CaseResult[] = [];
  let rates: ReturnType<typeof passRates> = {};
  beforeAll(() => {
    results = runAll(loadQuoteCases());
    rates = passRates(results);
    const failures = results.filter((r) => !r.pass);
    console.log(
      'anchoring pass rates (happy-dom):',
      Object.entries(rates).map(([kind, r]) => `${kind} ${r.pass}/${r.total} (${(100 * r.rate).toFixed(1)}%)`).join(', '),
      failures.length ? `\nfailures: ${failures.map((f) => `${f.id} ${f.why}`).join('; ')}` : '',
    );
  }, 120_000);

  it('runs every case', () => {
    expect(results).toHaveLength(1295);
  });

  // Measured 593/598, 593/598 and 99/99: the misses are cnet, whose article happy-dom's
  // parser drops (after an inline <svg><use/>), so no anchorer could find it there.
  it.each([
    ['exact', 0.99],
    ['typo', 0.99],
    ['straight-quotes', 0.98],
  ])('finds %s quotes at the right occurrence (floor %f)', (kind, floor) => {
    expect(rates[kind].rate).toBeGreaterThanOrEqual(floor);
  });

  it('checks the occurrence, not just the text, for most cases', () => {
    expect(results.filter((r) => r.verified).length).toBeGreaterThan(1200);
  });
});
