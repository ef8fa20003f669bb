/**
 * The core of a claim: the distinctive words and names that most of its
 * wordings share. Outlets reword a claim freely, but what they keep in
 * common ("confirm" in every "cannot confirm" wording, "signed" in every
 * wording of a pact, the village every wording of a video's location names)
 * is what the claim is about. A sentence that shares a claim's topic words
 * but none of its core ("troops in Russia... Austin went to Kyiv") is about
 * something else. Computed per scan from the documents left after
 * exclusions, so an outlet's own wording never decides the core for its page.
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';
import { TUNING } from './tuning';

export interface ClaimCore {
  /** Distinctive stems in most of the claim's documents. */
  words: number[];
  /** Distinctive proper-name keys in most of the claim's documents. */
  names: number[];
  /** Figure keys in most of the claim's documents: a figure is as good a core as a word. */
  figures: string[];
  /** The stems of the words each name of `names` is written with, in the same order ("south" for South). */
  nameStems: number[][];
}

const NO_CORE: ClaimCore = { words: [], names: [], figures: [], nameStems: [] };

export function claimCore(claim: number, index: ClaimIndex, excluded?: Uint8Array): ClaimCore {
  const from = index.claimDocStart[claim]!;
  const to = index.claimDocStart[claim + 1]!;
  let docs = 0;
  const wordCount = new Map<number, number>();
  const nameCount = new Map<number, number>();
  const figureCount = new Map<string, number>();
  const nameStems = new Map<number, number[]>();
  const seen = new Set<number>();
  for (let d = from; d < to; d++) {
    if (excluded && excluded[d]) continue;
    docs++;
    seen.clear();
    const doc = index.docs.at(d)!;
    for (const f of doc.figures) figureCount.set(f.key, (figureCount.get(f.key) ?? 0) + 1);
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      const e = index.unitEntities[u]!;
      if (e >= 0) {
        if (!seen.has(e)) nameCount.set(e, (nameCount.get(e) ?? 0) + 1);
        seen.add(e);
        let stems = nameStems.get(e);
        if (!stems) nameStems.set(e, (stems = []));
        if (!stems.includes(index.unitStems[u]!)) stems.push(index.unitStems[u]!);
        continue;
      }
      const s = index.unitStems[u]!;
      if (!seen.has(s)) wordCount.set(s, (wordCount.get(s) ?? 0) + 1);
      seen.add(s);
    }
  }
  // With fewer documents, "most wordings" says nothing a single wording does not.
  if (docs < TUNING.coreMinDocs) return NO_CORE;
  const distinctive = TUNING.coreIdfShare * index.maxIdf;
  const pick = (counts: Map<number, number>) =>
    [...counts].filter(([t, n]) => 2 * n > docs && index.idf[t]! >= distinctive).map(([t]) => t);
  const figures = [...figureCount].filter(([, n]) => 2 * n > docs).map(([key]) => key);
  const names = pick(nameCount);
  return { words: pick(wordCount), names, figures, nameStems: names.map((e) => nameStems.get(e)!) };
}

/**
 * Whether the sentence gives none of the claim's core words, and none of its core names. A core name
 * is given by the name, or by a word it is written with reached through the word lists from another
 * language: many names are ordinary words with a capital ("South" of South Sudan, "White House"), and a
 * sentence in another language writes them as its own words ("Sudán del Sur"), which are no name of the
 * wordings. (The same word in the text's own language, "south", was not needed for the training gain.)
 */
export function coreMissing(q: QueryFeatures, core: ClaimCore, index: ClaimIndex): { word: boolean; name: boolean } {
  const alt = q.unitAlt.length > 0 ? index.marks.alt : undefined;
  const hasWord = core.words.some((s) => index.marks.stem[s] === q.stamp || (alt !== undefined && alt[s] === q.stamp)) || core.figures.some((key) => q.figureKeys.has(key));
  return {
    word: core.words.length + core.figures.length > 0 && !hasWord,
    name:
      core.names.length > 0 &&
      !core.names.some((e, i) => q.entities.includes(e) || q.contextEntities.includes(e) || index.marks.stem[e] === q.stamp || (alt !== undefined && core.nameStems[i]!.some((s) => alt[s] === q.stamp))),
  };
}
