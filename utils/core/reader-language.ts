import type { LangText } from '@/utils/core/model';

/**
 * Which of a statement's languages to show a reader of `lang`: theirs (exact tag, then its primary
 * subtag: `fr` for `fr-CA`), else English, else the first one there is; undefined when there is none.
 */
export function statementLang(text: LangText, lang: string): string | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  for (const key of [lang, primary, 'en']) if (text[key] !== undefined) return key;
  return Object.keys(text)[0];
}

/** The statement in the reader's language, else English, else any; `none` when it has no text at all. */
export function statementIn(text: LangText, lang: string, none = ''): string {
  const key = statementLang(text, lang);
  return key === undefined ? none : text[key];
}
