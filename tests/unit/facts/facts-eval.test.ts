import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractVersionFacts, type VersionFactFields } from '@/utils/core/facts/version-facts';
import { countKind, scores, statedInQuote, type Kind } from '@/scripts/lib/facts-eval';

interface Row extends VersionFactFields {
  quote: string;
  publishedAt?: string;
  lang?: string;
}

/** F1 of one kind over a file's versions; the extractor sees the quote and the date only. */
function f1(file: string, kind: Kind, stated = false): number {
  const rows = JSON.parse(readFileSync(file, 'utf8')).versions as Row[];
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const want: VersionFactFields = { figures: r.figures, places: r.places, attributions: r.attributions, dates: r.dates };
    const k = countKind(kind, extractVersionFacts(r.quote, r.publishedAt, r.lang), stated ? statedInQuote(want, r.quote) : want);
    c.tp += k.tp;
    c.fp += k.fp;
    c.fn += k.fn;
  }
  return scores(c).f1;
}

describe('fact extraction against hand-entered facts (npm run facts)', () => {
  it('meets the targets on the starter data’s hand-entered facts', () => {
    expect(f1('public/starter-data.json', 'figures')).toBeGreaterThanOrEqual(0.9);
    expect(f1('public/starter-data.json', 'places')).toBeGreaterThanOrEqual(0.85);
    expect(f1('public/starter-data.json', 'dates')).toBeGreaterThanOrEqual(0.8);
    // Sources the quote itself names; the others are in the article around it.
    expect(f1('public/starter-data.json', 'attributions', true)).toBeGreaterThanOrEqual(0.85);
  });

  it('holds on quotes of other stories, in English and French', () => {
    for (const file of ['tests/fixtures/facts/held-out.json', 'tests/fixtures/facts/held-out-2.json']) {
      expect(f1(file, 'figures'), file).toBeGreaterThanOrEqual(0.9);
      expect(f1(file, 'attributions'), file).toBeGreaterThanOrEqual(0.85);
      expect(f1(file, 'dates'), file).toBeGreaterThanOrEqual(0.8);
      expect(f1(file, 'places'), file).toBeGreaterThanOrEqual(0.8);
    }
  });
});
