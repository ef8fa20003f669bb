import type { LangText } from '@/utils/core/model';

/** The first language and text of a language-tagged text. */
export function pickText(text: LangText): [string, string] {
  const [lang, value] = Object.entries(text)[0] ?? ['und', ''];
  return [lang, value];
}
