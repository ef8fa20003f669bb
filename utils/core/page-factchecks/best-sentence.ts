import { languageTools } from '@/utils/core/matching/languages';
import { foldText } from '@/utils/core/matching/normalise-text';

export interface SentenceHit {
  blockId: number;
  start: number;
  end: number;
  /** Share of the claim's content words the sentence states (stems compared). */
  score: number;
}

/**
 * On a page a ClaimReview names as where a claim appeared, the page is known to state it: the
 * lowest bar is enough. Half of the claim's content words, stemmed, in one sentence.
 */
export const APPEARANCE_MIN_SCORE = 0.5;

function contentStems(text: string, lang: string): Set<string> {
  const tools = languageTools(lang);
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const folded = foldText(word);
    if (folded.length < 3 && !/\d/.test(folded)) continue;
    if (tools.isStopWord(folded)) continue;
    out.add(tools.stem(word));
  }
  return out;
}

/** Sentence spans of a block: ends at . ! ? (and their CJK forms) followed by space or the end. */
function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[^.!?。！？]+(?:[.!?。！？]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push([m.index + lead, m.index + lead + trimmed.length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** The sentence of the page that states the claim best, if one states at least half of it. */
export function bestSentence(blocks: { id: number; text: string }[], statement: string, lang: string): SentenceHit | undefined {
  const claim = contentStems(statement, lang);
  if (claim.size === 0) return undefined;
  let best: SentenceHit | undefined;
  for (const block of blocks) {
    for (const [start, end] of sentences(block.text)) {
      const words = contentStems(block.text.slice(start, end), lang);
      let shared = 0;
      for (const w of claim) if (words.has(w)) shared++;
      const score = shared / claim.size;
      if (score >= APPEARANCE_MIN_SCORE && (!best || score > best.score)) best = { blockId: block.id, start, end, score };
    }
  }
  return best;
}
