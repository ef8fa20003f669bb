/**
 * Chinese and Japanese put no space between words: to the lexer, a run of ideographs and kana is a
 * whole clause ("安倍晉三患的是癌症"), and two wordings of one claim would share no word at all. Such
 * runs are read as their overlapping pairs of characters (安倍, 倍晉, 晉三, 三患…), as search
 * engines index these scripts without a dictionary: a sentence that says what a claim says shares
 * most of its pairs wherever its word boundaries fall, and the pairs' IDF tells a name from a
 * particle. Korean spaces its words but glues particles to them ("북한군이", "북한군은": the North
 * Korean army, as subject and as topic), and no stemmer is shipped for it: its syllables are paired
 * the same way, so both share 북한 and 한군. Script, not language, decides: a Chinese quote on an
 * English page is read the same way.
 */
const OTHER = 0;
const HAN = 1;
const KATAKANA = 2;
const HIRAGANA = 3;
const HANGUL = 4;

/** Ideographs (CJK Unified, Extension A, Compatibility, the iteration mark 々), katakana (with the
 *  prolonged sound mark), hiragana, Hangul syllables; else OTHER. */
function scriptOf(code: number): number {
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005) return HAN;
  if (code >= 0x30a0 && code <= 0x30ff) return KATAKANA;
  if (code >= 0x3040 && code <= 0x309f) return HIRAGANA;
  if (code >= 0xac00 && code <= 0xd7a3) return HANGUL;
  return OTHER;
}

/** Whether a character is an ideograph, kana or Hangul syllable: the lexer ends a run of letters where
 *  these start or stop ("約1万1000人" is 約, 1, 万, 1000, 人). */
export const isCjkCode = (code: number): boolean => code >= 0x3005 && scriptOf(code) !== OTHER;

const ANY_CJK = /[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;

/** Thai, Lao, Burmese and Khmer: no space between words either, but letters, not syllables. */
const SEGMENTED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** Whether a text holds any ideograph, kana, Hangul or letter of the scripts above: one test per text
 *  keeps the rest of analysis as it was. */
export const hasCjk = (text: string): boolean => ANY_CJK.test(text) || SEGMENTED.test(text);

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };
let segmenter: WordSegmenter | null | undefined;

/**
 * A token of Thai, Lao, Burmese or Khmer cut into its words by the runtime's word segmenter (ICU's
 * dictionaries, in Chrome, Firefox and Node alike): pairs of letters would say nothing. Undefined
 * when the token has none of these letters or the runtime has no segmenter (then it stays one word).
 */
function segmentedPieces(text: string, start: number): CjkPiece[] | undefined {
  if (!SEGMENTED.test(text)) return undefined;
  if (segmenter === undefined) {
    const ctor = (Intl as unknown as { Segmenter?: new (locale: undefined, options: { granularity: 'word' }) => WordSegmenter }).Segmenter;
    segmenter = typeof ctor === 'function' ? new ctor(undefined, { granularity: 'word' }) : null;
  }
  if (!segmenter) return undefined;
  const out: CjkPiece[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike !== false) out.push({ text: s.segment, start: start + s.index, end: start + s.index + s.segment.length, kind: 'word' });
  return out;
}

export interface CjkPiece {
  text: string;
  start: number;
  end: number;
  /** A pair (or a lone character) of ideographs, katakana or Hangul; or a word of Thai, Lao, Burmese
   *  or Khmer as the segmenter found it. */
  kind: 'pair' | 'word';
}

/**
 * A token (`text` at `start` of its string) cut into pieces: each run of ideographs, of katakana and
 * of Hangul, as its overlapping pairs (a run of one character as that character). Hiragana is left
 * out: in Japanese it writes the particles and endings (の, が, ている) that every sentence has, and
 * Chinese has none. The lexer ends a token where these scripts start or stop (isCjkCode), so a token
 * is all of them or none ("iPhone發表" is two tokens). Undefined for a token of none of them.
 */
export function cjkPieces(text: string, start: number): CjkPiece[] | undefined {
  const segmented = segmentedPieces(text, start);
  if (segmented) return segmented;
  if (!isCjkCode(text.charCodeAt(0))) return undefined;
  const out: CjkPiece[] = [];
  let i = 0;
  while (i < text.length) {
    const script = scriptOf(text.charCodeAt(i));
    let j = i + 1;
    while (j < text.length && scriptOf(text.charCodeAt(j)) === script) j++;
    if (script === HIRAGANA) {
      // Particles and endings: no piece.
    } else if (j - i === 1) out.push({ text: text[i]!, start: start + i, end: start + j, kind: 'pair' });
    else for (let k = i; k + 2 <= j; k++) out.push({ text: text.slice(k, k + 2), start: start + k, end: start + k + 2, kind: 'pair' });
    i = j;
  }
  return out;
}
