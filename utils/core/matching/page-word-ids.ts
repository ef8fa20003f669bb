/**
 * The index's term ids of the words of a text's sentences, looked up once per scan. A sentence's words
 * come back as the context of the next sentence and, one sentence after the other, as the words of
 * the runs of sentences it is part of (join-sentences.ts): those read the ids found here instead of
 * looking each word up again (queryFeatures).
 *
 * A page says the same words many times: each distinct stem and name key of a language is one slot,
 * found once per word here, and its term id and other-language terms are looked up once per slot. A
 * text's units (queryFeatures: its distinct stems, and the unit of each name) are told apart by their
 * slots, stamped per text, instead of by a map of strings per text.
 */
import type { Analysis } from './analyse-text';

/** Not looked up yet (an id is -1 when the index does not know the term). */
export const NOT_LOOKED_UP = -2;

export class PageWordIds {
  /** Per word of every sentence, the sentences one after the other: its stem's slot (-1 for a stop word). */
  readonly stemSlot: Int32Array;
  /** Its name's slot, -1 when it has none (or is a stop word). */
  readonly entitySlot: Int32Array;
  /** Per slot, its term id (NOT_LOOKED_UP until read). */
  readonly slotTerm: Int32Array;
  /** Per slot, its stem's terms in the index's other languages (word-terms.ts), when read. */
  readonly slotAlt: (Int32Array | undefined)[] = [];
  /** Per slot, the languages each of those terms stands for (alt-languages.ts). */
  readonly slotAltLangs: (Int32Array | undefined)[] = [];
  /** Per stem slot, the stamp of the text (queryFeatures) whose unit `slotUnit` holds; per name slot, the same for `entityUnit`. */
  readonly slotStamp: Int32Array;
  readonly slotUnit: Int32Array;
  readonly entityStamp: Int32Array;
  readonly entityUnit: Int32Array;
  /** Per language, slot of each stem and name key: a slot's other-language terms depend on its language. */
  private readonly slots = new Map<string, Map<string, number>>();
  /** Where each sentence's words start, and the end of the last. */
  private readonly starts: number[];

  constructor(sentences: readonly Analysis[]) {
    this.starts = [0];
    for (const s of sentences) this.starts.push(this.starts[this.starts.length - 1]! + s.words.length);
    const words = this.starts[sentences.length]!;
    this.stemSlot = new Int32Array(words);
    this.entitySlot = new Int32Array(words);
    let at = 0;
    let count = 0;
    for (const s of sentences) {
      let slots = this.slots.get(s.lang);
      if (!slots) this.slots.set(s.lang, (slots = new Map()));
      for (const w of s.words) {
        let slot = -1;
        if (!w.stop) {
          slot = slots.get(w.stem) ?? -1;
          if (slot < 0) slots.set(w.stem, (slot = count++));
        }
        this.stemSlot[at] = slot;
        slot = -1;
        if (w.entity && !w.stop) {
          // Names are keyed with a '~' no stem has: one map holds both, as the index's term ids do.
          slot = slots.get(w.entity) ?? -1;
          if (slot < 0) slots.set(w.entity, (slot = count++));
        }
        this.entitySlot[at++] = slot;
      }
    }
    this.slotTerm = new Int32Array(count).fill(NOT_LOOKED_UP);
    this.slotStamp = new Int32Array(count);
    this.slotUnit = new Int32Array(count);
    this.entityStamp = new Int32Array(count);
    this.entityUnit = new Int32Array(count);
  }

  /** Where sentence `first`'s words start: a run's words (joinSentences) are its sentences', one after the other. */
  of(first: number): WordIds {
    return { page: this, from: this.starts[first]! };
  }

  /** The slot of a stem or name key of words in `lang`, or -1 when no word of the page has it. */
  slotOf(lang: string, key: string): number {
    return this.slots.get(lang)?.get(key) ?? -1;
  }
}

/** A text's place among its page's words. */
export interface WordIds {
  page: PageWordIds;
  from: number;
}
