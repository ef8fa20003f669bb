import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '@/scripts/lib/extract-page-text';
import { analyseSentence, analyseText, type Analysis } from '@/utils/core/matching/analyse-text';
import { joinSentences } from '@/utils/core/matching/join-sentences';
import { textSpans } from '@/utils/core/matching/text-spans';
import { describeWithShared, sharedPath } from '../../shared-data';

/** An analysis as plain data: its directions (a Set) as a list, in their order. */
const plain = (a: Analysis) => ({ ...a, directions: [...a.directions] });

/** The runs scoredSpans may try: 2 or 3 sentences of one line, 240 characters at most. */
function runsOf(text: string, lang?: string) {
  const spans = textSpans(text, lang);
  const runs: { from: number; to: number; gaps: string[] }[] = [];
  for (let i = 0; i < spans.length; i++) {
    const gaps: string[] = [];
    for (let j = i + 1; j < spans.length && j - i < 3 && spans[j]!.end - spans[i]!.start <= 240; j++) {
      const gap = text.slice(spans[j - 1]!.end, spans[j]!.start);
      if (gap.includes('\n')) break;
      gaps.push(gap);
      runs.push({ from: i, to: j, gaps: [...gaps] });
    }
  }
  return { spans, runs };
}

/** Joined where joinSentences can, and how many runs it could join. */
function compareRuns(text: string, lang?: string) {
  const { spans, runs } = runsOf(text, lang);
  const sentences = spans.map((s) => analyseSentence(text.slice(s.start, s.end), s.lang));
  let joined = 0;
  for (const run of runs) {
    const got = joinSentences(sentences.slice(run.from, run.to + 1), run.gaps);
    if (!got) continue;
    joined++;
    const runText = text.slice(spans[run.from]!.start, spans[run.to]!.end);
    expect(plain(got), runText).toEqual(plain(analyseText(runText, spans[run.from]!.lang)));
  }
  return { runs: runs.length, joined };
}

const PAGES = 'corpora/readability/pages/';

describeWithShared('a run of sentences analysed from its sentences', [PAGES], () => {
  const dir = sharedPath(PAGES);
  // Every fourth page of the corpus, in every language it holds, and read as French and as German.
  const pages = readdirSync(dir)
    .sort()
    .filter((_, i) => i % 4 === 0)
    .map((name) => extractPageText(readFileSync(join(dir, name, 'source.html'), 'utf8')));

  it('equals the analysis of the run text on real pages, offsets, figures and names included', () => {
    let runs = 0;
    let joined = 0;
    for (const text of pages) {
      for (const lang of [undefined, 'fr', 'de']) {
        const counts = compareRuns(text, lang);
        runs += counts.runs;
        joined += counts.joined;
      }
    }
    expect(runs).toBeGreaterThan(1000);
    // Almost every run is joined (98% of the corpus's, 81% when read as German, whose nouns look back for an article).
    expect(joined / runs).toBeGreaterThan(0.8);
    // About 2 s on a quiet machine: 32 pages analysed three ways, each run twice; a loaded machine needs more than the default 5 s.
  }, 60_000);
});

/** What a run's analyses say, put one after the other, without offsets. */
const summary = (analyses: Analysis[]) => ({
  words: analyses.flatMap((a) => a.words.map((w) => `${w.stem}|${w.entity}|${w.stop}`)),
  figures: analyses.flatMap((a) => a.figures.map((f) => f.key)).sort(),
  negated: analyses.some((a) => a.negated),
  directions: analyses.flatMap((a) => [...a.directions]),
  persons: analyses.flatMap((a) => a.persons.map(([x, y]) => `${x.surface} ${y.surface}`)),
});

describe('a seam read across', () => {
  /** Sentences as scoredSpans gives them: split at the given points, one space between them. */
  const cases: [string, string[], string][] = [
    ['a number written in groups', ['They paid 11', '000 dollars.'], 'en'],
    ['a number read on', ['They sent five.', 'Million more followed.'], 'en'],
    ['a date', ['It was signed on 3.', 'November was cold.'], 'en'],
    ['a time of day', ['Kyiv was struck at 10.30.', 'Uhr zeigte es.'], 'de'],
    ['a date with "de"', ['Llegó el 3.', 'De noviembre nada.'], 'es'],
    ['a negation by the word before', ["They didn", 't go there.'], 'en'],
    ['an acronym beside capitals', ['THE REPORT IS OUT.', 'US troops left Niger.'], 'en'],
    ['a direction and its head', ['The troops moved north.', 'Korea answered at once.'], 'en'],
    ['a German article before a noun', ['Er kam im Jahr 2020.', 'Regierung und Parlament stimmten zu.'], 'de'],
    ['a person named on both sides', ['Reporters met Lloyd', 'Austin yesterday.'], 'en'],
  ];
  for (const [name, parts, lang] of cases) {
    it(`leaves ${name} to the analysis of the run's text`, () => {
      const sentences = parts.map((p) => analyseSentence(p, lang));
      const gaps = parts.slice(1).map(() => ' ');
      expect(joinSentences(sentences, gaps)).toBeUndefined();
      // And the seam does change something: the sentences' analyses put together read otherwise.
      const run = parts.join(' ');
      expect(summary(sentences.map((s) => s.analysis))).not.toEqual(summary([analyseText(run, lang)]));
    });
  }

  it('joins sentences with nothing read across, with the offsets of the run text', () => {
    const parts = ['Il a dit « non ».', 'Selon Séoul, 11 000 soldats nord-coréens sont arrivés le 3 novembre.'];
    const run = `${parts[0]}\u00a0 ${parts[1]}`;
    const got = joinSentences(
      parts.map((p) => analyseSentence(p, 'fr')),
      ['\u00a0 '],
    );
    expect(got).toBeDefined();
    expect(plain(got!)).toEqual(plain(analyseText(run, 'fr')));
  });
});
