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

/** What the rules read at the last change: a change that reads fewer fails here. */
const FLOOR_SEALED_2 = 101;
const FLOOR_FREQUENT = 144;
const FLOOR_SEALED_3 = 90;
const FLOOR_SEALED_4 = 115;
const FLOOR_SEALED_5 = 99;
const FLOOR_SEALED_6 = 79;
const FLOOR_SEALED_7 = 116;
const FLOOR_SEALED_8 = 46;
const FLOOR_SEALED_9 = 92;
const FLOOR_SEALED_10 = 6;

const pct = (n: number, d: number) => `${n}/${d} (${((n / d) * 100).toFixed(1)}%)`;

/** Measures one file of labels, prints its figures and misses (the record's command), and returns how many are right of how many. */
function scored(name: string): { right: number; total: number } {
  const rows = load(name);
  const { mapped, right, report } = measure(rows);
  console.log(`${name}: mapped ${pct(mapped, rows.length)}, right status ${pct(right, rows.length)}; misses:\n  ${report.join('\n  ')}`);
  return { right, total: rows.length };
}

describe('published verdict labels from other fact-checkers (tests/fixtures/verdicts)', () => {
  it('maps the labels collected while improving the vocabulary (held-out-labels.json)', () => {
    const { right, total } = scored('held-out-labels.json');
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it('maps the labels collected after the rules were frozen (sealed-labels.json, never tuned on)', () => {
    const { right, total } = scored('sealed-labels.json');
    expect(right / total).toBeGreaterThanOrEqual(0.6);
  });

  it('maps the labels of 43 more fact-checkers and editions in 26 languages, collected after the rules of cd434d0 were frozen (sealed-labels-2.json)', () => {
    const { right } = scored('sealed-labels-2.json');
    // 18 of 102 (17.6%) with the frozen rules: the held-out figure. Its labels were then added to the
    // vocabulary: the floor keeps what was gained.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_2);
  });

  it('maps the labels of 41 more fact-checkers in 21 languages, collected at stop 43 by a helper who had not seen the rules (sealed-labels-3.json)', () => {
    const { right } = scored('sealed-labels-3.json');
    // 46 of 101 (45.5%; 51 given a status) with the rules of stop 42: the held-out figure. Its labels
    // were then added to the vocabulary, but for letter grades and labels whose fact-checkers define
    // them differently ("Impreciso", "不正確", "Dezinformacija"): the floor keeps what was gained.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_3);
  });

  it('maps the labels of 31 more fact-checkers in 20 languages, collected at stop 56 by a helper who had not seen the rules (sealed-labels-4.json)', () => {
    const { right } = scored('sealed-labels-4.json');
    // 54 of 116 (46.6%) with stop 55's rules, 55 with the dictionaries' verdict words as first built
    // (dictionary-verdicts.json): the held-out figures. Its misses were then read, and the dictionaries'
    // English words for satire, parody, distortion, doubt and uncertainty added (58), then qualifiers of two
    // words and "somewhat" (60). At stop 57 its labels were added to the vocabulary, with qualifiers of
    // Albanian, Lithuanian, Russian, Hebrew and Arabic (114), then AFP's "infondé" read as unverified, as
    // sealed-labels-7.json's real records of AFP use it too (115): the floor keeps it. The one left, AFP's
    // "Inexact", is read as Africa Check's scale defines it (false).
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_4);
  });

  it('maps the labels of 23 more fact-checkers, collected at stop 57 by a helper who had not seen the rules (sealed-labels-5.json)', () => {
    const { right } = scored('sealed-labels-5.json');
    // 84 of 101 (83.2%) with the rules of 20cfdec, sealed-labels-4.json's labels added: the held-out figure
    // (69 of its labels are English). Its labels were then added, with Belarusian's qualifiers (99): the floor
    // keeps it. The two left are read as other fact-checkers define them ("Needs Context", "Impreciso").
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_5);
  });

  it('maps the labels of 21 more fact-checkers, none in English, collected at stop 57 by a helper who had not seen the rules (sealed-labels-6.json)', () => {
    const { right } = scored('sealed-labels-6.json');
    // 47 of 80 (58.8%) with the rules of bb658e0, sealed-labels-5.json's labels added: the held-out figure.
    // Its labels were then added, with Korean "거의" and Dutch "eerder" among the qualifiers of "mostly" (79):
    // the floor keeps it. The one left, Japanese "不正確", FIJ and the Mainichi call misleading, Taiwan's false.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_6);
  });

  it('maps 120 labels of 42 fact-checkers, most from real ClaimReview records, collected at stop 57 by a helper who had not seen the rules (sealed-labels-7.json)', () => {
    const { right } = scored('sealed-labels-7.json');
    // 107 of 120 (89.2%) with the rules of 4d52eea, sealed-labels-6.json's labels added: the held-out figure (many
    // of its fact-checkers were in earlier sets). Its labels were then added, with Polish "częściowy" among the
    // qualifiers of "partly" (116): the floor keeps it. Left: "Cuestionable", "Needs Context" and FIJ's
    // "検証対象外" as the scales read first define them, and "Not NHS Sign", which names no verdict.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_7);
  });

  it('maps 46 labels of fact-checkers in Georgian, Persian, Indonesian, Thai, Romanian, Albanian and Kazakh, collected at stop 57 by a helper who had not seen the rules (sealed-labels-8.json)', () => {
    const { right } = scored('sealed-labels-8.json');
    // 40 of 46 (87.0%) with the rules of 7c5f691: the held-out figure (the six misses all Thai). Its labels were
    // then added (46): the floor keeps it.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_8);
  });

  it('maps 97 labels of fact-checkers in 29 languages (Bengali, Burmese, Mongolian, Catalan, Serbian, Armenian…), collected at stop 58 by a helper who had not seen the rules (sealed-labels-9.json)', () => {
    const { right } = scored('sealed-labels-9.json');
    // 73 of 97 (75.3%) with the rules of d64c413: the held-out figure. Its labels were then added (92): the floor
    // keeps it. Left as the scales read first define them: FactWatch's "আংশিক মিথ্যা" (partly false, misleading
    // by X-FACT's rule), Facta's "Immagine modificata", "مشكوك فيه", "Three Pinocchios" and "Baseless claim".
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_9);
  });

  it('maps 7 labels of fact-checkers in Arabic, French, English and Albanian, collected at stop 59 by a helper who had not seen the rules (sealed-labels-10.json)', () => {
    const { right } = scored('sealed-labels-10.json');
    // 3 of 7 with the rules of 5202a7d: the held-out figure (the helper found few labels not in the sets
    // before). A label's two wordings ("Lajm i rrejshëm / i pavërtetë") are read each, and its labels were
    // added (6): the floor keeps it. Left: "Globalment Correct" as Africa Check's French page writes it.
    expect(right).toBeGreaterThanOrEqual(FLOOR_SEALED_10);
  });

  it('reads the verdicts fact-checkers publish most often, compatibly with their coarse category (frequent-labels.json)', () => {
    const { labels } = JSON.parse(readFileSync('tests/fixtures/verdicts/frequent-labels.json', 'utf8')) as { labels: { label: string; category: string }[] };
    // Compatible: on the same side ("False" and "Mostly False" take false or misleading: the list calls
    // manipulated and miscaptioned media false, Recoupe misleading, as X-FACT does); "NA" labels name no
    // verdict. 111 of 145 with the frozen rules (held out); the labels read wrongly were then added.
    const allowed: Record<string, string[]> = { False: ['false', 'misleading'], 'Mostly False': ['false', 'misleading'], 'Mostly True': ['partly-true'], True: ['confirmed'] };
    const rated = labels.filter((l) => l.category !== 'NA');
    let compatible = 0;
    const report: string[] = [];
    for (const { label, category } of rated) {
      const outcome = ratingToStatus({ labels: [label] });
      if (outcome.via === 'label' && allowed[category]!.includes(outcome.status)) compatible += 1;
      else report.push(`${JSON.stringify(label)} -> ${outcome.via === 'label' ? outcome.status : 'not understood'} (${category})`);
    }
    console.log(`frequent-labels.json: ${pct(compatible, rated.length)} of the labels with a verdict read compatibly; misses:\n  ${report.join('\n  ')}`);
    expect(compatible).toBeGreaterThanOrEqual(FLOOR_FREQUENT);
  });
});
