import type { TextBlock } from '@/utils/protocol/messages';
import { guessLanguage } from '@/utils/core/matching/languages';

/** Guesses the language of a text, or undefined when unsure. */
export type DetectLanguage = (text: string) => Promise<string | undefined>;

/** 'en-GB' -> 'en': stems and stop words are chosen by the primary language only. */
export function primaryLang(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * A block's language: its nearest `lang` attribute, else detected, else the page's. The browser's
 * detector is asked only about blocks that the engine's cheap stop-word guess does not already place
 * in the page's language: a page of thousands of paragraphs must not cost thousands of calls.
 */
export async function blockLanguage(block: TextBlock, pageLang: string | undefined, detect: DetectLanguage | undefined): Promise<string | undefined> {
  if (block.lang) return primaryLang(block.lang);
  const page = pageLang ? primaryLang(pageLang) : undefined;
  if (page && guessLanguage(block.text, page) === page) return page;
  const detected = detect ? await detect(block.text).catch(() => undefined) : undefined;
  const lang = detected ?? pageLang;
  return lang ? primaryLang(lang) : undefined;
}

/** Shorter texts are too short for a reliable guess: they keep the page's language. */
const MIN_DETECT_CHARS = 60;
/** Share of the text the top language must have for the guess to be trusted. */
const MIN_PERCENTAGE = 80;

interface DetectResult {
  isReliable: boolean;
  languages: { language: string; percentage: number }[];
}

/**
 * Wraps `browser.i18n.detectLanguage` (absent from some browsers and test fakes): only a reliable,
 * clear-cut guess on a long enough text counts, and only the first 2,000 characters are read.
 */
export function makeDetector(detectLanguage: ((text: string) => Promise<DetectResult>) | undefined): DetectLanguage | undefined {
  if (typeof detectLanguage !== 'function') return undefined;
  return async (text) => {
    if (text.length < MIN_DETECT_CHARS) return undefined;
    const result = await detectLanguage(text.slice(0, 2000));
    const top = result.languages[0];
    if (!result.isReliable || !top || top.percentage < MIN_PERCENTAGE || top.language === 'und') return undefined;
    return primaryLang(top.language);
  };
}
