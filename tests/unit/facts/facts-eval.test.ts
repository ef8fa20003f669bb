import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractVersionFacts } from '@/utils/core/facts/version-facts';
import type { VersionFactFields } from '@/utils/core/facts/facts-reader';
import { countKind, scores, statedInQuote, type Kind } from '@/scripts/lib/facts-eval';
import { contextsOf, readArticles } from '@/scripts/lib/facts-articles';
import { CONTEXT_CHARS } from '@/utils/core/facts/recent-context';
import { itWithShared, sharedPath } from '../../shared-data';

interface Row extends VersionFactFields {
  quote: string;
  context?: string;
  url?: string;
  publishedAt?: string;
  lang?: string;
}

/**
 * F1 of one kind over a file's versions; the extractor sees the quote and the date only, and with
 * `articles` the text before the quote in its article (as npm run facts -- FILE --articles DIR), or
 * with 'own' the context the version carries.
 */
function f1(file: string, kind: Kind, stated = false, articles?: string | 'own'): number {
  const rows = JSON.parse(readFileSync(file, 'utf8')).versions as Row[];
  const contexts =
    articles === 'own' ? rows.map((r) => r.context) : articles ? contextsOf(rows.map((r) => ({ quote: r.quote, page: r.url })), readArticles(articles), CONTEXT_CHARS) : [];
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const [i, r] of rows.entries()) {
    const want: VersionFactFields = { figures: r.figures, places: r.places, attributions: r.attributions, dates: r.dates };
    const k = countKind(kind, extractVersionFacts(r.quote, r.publishedAt, r.lang, contexts[i]), stated ? statedInQuote(want, r.quote) : want);
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
    // All sources, with the text before each quote that the version carries (as an annotation keeps it).
    expect(f1('public/starter-data.json', 'attributions', false, 'own')).toBeGreaterThanOrEqual(0.85);
  });

  itWithShared('reads the sources the starter quotes owe to their article, given the seed articles', ['seeds'], () => {
    expect(f1('public/starter-data.json', 'attributions', false, sharedPath('seeds'))).toBeGreaterThanOrEqual(0.85);
    // The starter versions carry that context themselves (scripts/write-starter-context.ts): the same sources.
    expect(f1('public/starter-data.json', 'attributions', false, 'own')).toBe(f1('public/starter-data.json', 'attributions', false, sharedPath('seeds')));
    // Read alone, a quote cannot name who "Il a déclaré" is.
    expect(f1('public/starter-data.json', 'attributions')).toBeLessThan(0.6);
  });

  it('reads the sources quotes of other stories owe to their article (EN and FR)', () => {
    const file = 'tests/fixtures/facts/context-held-out.json';
    expect(f1(file, 'attributions', false, 'tests/fixtures/facts/context-articles')).toBeGreaterThanOrEqual(0.85);
    expect(f1(file, 'attributions')).toBeLessThan(0.3);
  });

  it('holds on quotes of other stories, in English and French', () => {
    for (const file of ['tests/fixtures/facts/held-out.json', 'tests/fixtures/facts/held-out-2.json']) {
      expect(f1(file, 'figures'), file).toBeGreaterThanOrEqual(0.9);
      expect(f1(file, 'attributions'), file).toBeGreaterThanOrEqual(0.85);
      expect(f1(file, 'dates'), file).toBeGreaterThanOrEqual(0.8);
      expect(f1(file, 'places'), file).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('reads the places and sources of quotes in 15 languages (held-out-4.json, a development file since stop 56)', () => {
    // Stop 56's main: places 0.636, attributions 0.835, sourceNames 0.621; stop 57's rules of place and source: the floors keep them.
    const file = 'tests/fixtures/facts/held-out-4.json';
    expect(f1(file, 'places')).toBeGreaterThanOrEqual(0.68);
    expect(f1(file, 'attributions')).toBeGreaterThanOrEqual(0.9);
    expect(f1(file, 'sourceNames')).toBeGreaterThanOrEqual(0.77);
  });

  it('reads the places, sources and dates of quotes in 27 languages (held-out-5.json, a development file since stop 58)', () => {
    // Stop 57's rules: places 0.538, attributions 0.667, sourceNames 0.541, dates 0.847; stop 58's inflected names, reporting verbs and years: the floors keep them.
    const file = 'tests/fixtures/facts/held-out-5.json';
    expect(f1(file, 'places')).toBeGreaterThanOrEqual(0.64);
    expect(f1(file, 'attributions')).toBeGreaterThanOrEqual(0.89);
    expect(f1(file, 'sourceNames')).toBeGreaterThanOrEqual(0.77);
    expect(f1(file, 'dates')).toBeGreaterThanOrEqual(0.87);
  });

  it('reads the places and dates of quotes in 29 languages (held-out-6.json and held-out-7.json, development files since stop 59)', () => {
    // held-out-7.json held out with stop 58's rules (5202a7d): places 0.573, dates 0.888, attributions 0.955, sourceNames
    // 0.836; stop 59's features after their word, towns of 5,000, names inflected word by word, declined weekdays and
    // ordinal days (places 0.656, dates 0.920; held-out-6.json 0.692 and 0.870 before): the floors keep them.
    expect(f1('tests/fixtures/facts/held-out-6.json', 'places')).toBeGreaterThanOrEqual(0.75);
    expect(f1('tests/fixtures/facts/held-out-6.json', 'dates')).toBeGreaterThanOrEqual(0.9);
    expect(f1('tests/fixtures/facts/held-out-7.json', 'places')).toBeGreaterThanOrEqual(0.65);
    expect(f1('tests/fixtures/facts/held-out-7.json', 'dates')).toBeGreaterThanOrEqual(0.91);
    expect(f1('tests/fixtures/facts/held-out-7.json', 'attributions')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the places, sources and dates of quotes in 29 languages (held-out-8.json, a development file since stop 60)', () => {
    // Held out with stop 59's rules (b7145dc): places 0.549, sourceNames 0.848, dates 0.913; stop 60's peninsulas, glaciers,
    // passes, features after their name or in one word with it, settlements after their word, two days of one month,
    // adverbs ending a source and "as" before a reporting verb (places 0.650, sourceNames 0.886, dates 0.926): the floors keep them.
    const file = 'tests/fixtures/facts/held-out-8.json';
    expect(f1(file, 'places')).toBeGreaterThanOrEqual(0.64);
    expect(f1(file, 'sourceNames')).toBeGreaterThanOrEqual(0.88);
    expect(f1(file, 'dates')).toBeGreaterThanOrEqual(0.92);
  });

  it('shows the sources of quotes in other languages as written, not the clause around them', () => {
    // 0.684 before source-span.ts and asReported (names such as "den svenske kystbevogtning dækker olien nu et område på omkring").
    expect(f1('tests/fixtures/facts/places-held-out-2.json', 'sourceNames')).toBeGreaterThanOrEqual(0.85);
    // A name read too long still shares its words with the right one: counted as right by 'attributions' only.
    const want: VersionFactFields = { figures: [], places: [], dates: [], attributions: [{ name: 'Galatasaray' }] };
    const got: VersionFactFields = { ...want, attributions: [{ name: "Galatasaray'ın açıklamasına" }] };
    expect([countKind('attributions', got, want).tp, countKind('sourceNames', got, want).tp]).toEqual([1, 0]);
  });
});
