/**
 * The index's term ids of the words of a text's sentences, looked up once per scan. A sentence's words
 * come back as the context of the next sentence and, one sentence after the other, as the words of
 * the runs of sentences it is part of (join-sentences.ts): those read the ids found here instead of
 * looking each word up again (queryFeatures).
 */
import type { Analysis } from './analyse-text';

/** Not looked up yet (an id is -1 when the index does not know the term). */
export const NOT_LOOKED_UP = -2;

export class PageWordIds {
  /** Per word of every sentence, the sentences one after the other: its stem's id (-1 for a stop word). */
  readonly stem: Int32Array;
  /** Its name's id, -1 when it has none. */
  readonly entity: Int32Array;
  /** Its stem's terms in the index's other languages (word-terms.ts), when read. */
  readonly alt: (Int32Array | undefined)[];
  /** Where each sentence's words start, and the end of the last. */
  private readonly starts: number[];

  constructor(sentences: readonly Analysis[]) {
    this.starts = [0];
    for (const s of sentences) this.starts.push(this.starts[this.starts.length - 1]! + s.words.length);
    const words = this.starts[sentences.length]!;
    this.stem = new Int32Array(words).fill(NOT_LOOKED_UP);
    this.entity = new Int32Array(words).fill(NOT_LOOKED_UP);
    this.alt = new Array<Int32Array | undefined>(words);
  }

  /** Where sentence `first`'s words start: a run's words (joinSentences) are its sentences', one after the other. */
  of(first: number): WordIds {
    return { page: this, from: this.starts[first]! };
  }
}

/** A text's place among its page's words. */
export interface WordIds {
  page: PageWordIds;
  from: number;
}
