import { t } from '@/utils/locale/i18n';

/**
 * An error a user may read, in the browser's language when its message is in _locales
 * (scripts/lib/locales-errors.ts), else in English (plain Node: tests, command-line tools).
 */
export function userError(key: string, english: string, substitutions?: string[]): Error {
  const localised = t(key, substitutions);
  if (localised !== key) return new Error(localised);
  return new Error((substitutions ?? []).reduce((text, sub, i) => text.replaceAll(`$${i + 1}`, sub), english));
}
