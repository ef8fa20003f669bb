import { describe, expect, it } from 'vitest';
import { analyseSentence } from '@/utils/core/matching/analyse-text';
import { translationTargets } from '@/utils/core/matching/cross-language';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { joinSentences } from '@/utils/core/matching/join-sentences';
import { PageWordIds } from '@/utils/core/matching/page-word-ids';
import { queryFeatures, type QueryFeatures } from '@/utils/core/matching/query-features';
import type { ClaimIndex } from '@/utils/core/matching/index-types';
import { trainingLibrary } from './index-fixtures';

/** What a text's features say, marks included, but the stamp (one per call). */
function features(q: QueryFeatures, index: ClaimIndex) {
  const marked = (marks: Int32Array | undefined) => [...(marks ?? [])].flatMap((v, t) => (v === q.stamp ? [t] : []));
  const { stamp: _stamp, analysis: _analysis, context: _context, ...rest } = q;
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v instanceof Set || ArrayBuffer.isView(v) ? [...(v as Iterable<unknown>)] : v])),
    marks: [index.marks.stem, index.marks.entity, index.marks.alt, index.marks.contextStem, index.marks.contextEntity, index.marks.figure].map(marked),
  };
}

describe('a page\'s word ids, looked up once per scan', () => {
  const { claims, cases } = trainingLibrary();
  const index = ClaimMatcher.build(claims).claimIndex;
  const langs = new Set(index.docLang.values);
  // Pages of several sentences in one language, from the training cases.
  const pages = new Map<string, string[]>();
  for (const c of cases) {
    const key = `${c.source}|${c.lang ?? 'en'}`;
    pages.set(key, [...(pages.get(key) ?? []), c.text]);
  }

  it('give a sentence, its context and its runs of sentences the features that looking each word up gives', () => {
    let runs = 0;
    for (const [key, texts] of [...pages].slice(0, 40)) {
      const lang = key.split('|')[1]!;
      const sentences = texts.slice(0, 6).map((t) => analyseSentence(t, lang));
      const analyses = sentences.map((s) => s.analysis);
      const ids = new PageWordIds(analyses);
      const to = translationTargets(lang, langs);
      // Contexts first, before their own sentence was read: the ids are looked up whichever reads them first.
      for (let i = analyses.length - 1; i >= 0; i--) {
        const context = analyses[i - 1];
        const fresh = features(queryFeatures(analyses[i]!, index, context, to), index);
        expect(features(queryFeatures(analyses[i]!, index, context, to, ids.of(i), i > 0 ? ids.of(i - 1) : undefined), index)).toEqual(fresh);
      }
      for (let i = 0; i + 1 < analyses.length; i++) {
        const joined = joinSentences(sentences.slice(i, i + 2), [' ']);
        if (!joined) continue;
        runs++;
        const fresh = features(queryFeatures(joined, index, analyses[i - 1], to), index);
        expect(features(queryFeatures(joined, index, analyses[i - 1], to, ids.of(i), i > 0 ? ids.of(i - 1) : undefined), index)).toEqual(fresh);
      }
    }
    expect(runs).toBeGreaterThan(20);
  });

  it('give a word its own language\'s other-language terms where a page says it in two languages', () => {
    // The same stems ("ukrain", "servic", "inform", "gouvern") in an English and a French sentence of one page: a word's
    // translations are looked up once per page and language, not once per page.
    const page: [string, string][] = [
      ['en', 'North Korean soldiers were sent to Ukraine, the intelligence service said in a press release.'],
      ['fr', 'Des soldats nord-coréens ont été envoyés en Ukraine, selon le service de renseignement.'],
      ['en', 'The information on the soldiers reached the government in October.'],
      ['fr', "L'information sur les soldats est arrivée au gouvernement en octobre."],
    ];
    const analyses = page.map(([lang, text]) => analyseSentence(text, lang).analysis);
    const ids = new PageWordIds(analyses);
    let translated = 0;
    analyses.forEach((analysis, i) => {
      const to = translationTargets(analysis.lang, langs);
      const q = queryFeatures(analysis, index, analyses[i - 1], to);
      translated += q.unitAlt.length;
      // Read before the next text's marks replace this one's.
      const fresh = features(q, index);
      expect(features(queryFeatures(analysis, index, analyses[i - 1], to, ids.of(i), i > 0 ? ids.of(i - 1) : undefined), index)).toEqual(fresh);
    });
    expect(translated).toBeGreaterThan(0);
  });
});
