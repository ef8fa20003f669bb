import { browser } from 'wxt/browser';

/**
 * An error a user may read, in the browser's language when its message is in _locales
 * (scripts/lib/locales-errors.ts), else in English (plain Node: tests, command-line tools).
 */
export function userError(key: string, english: string, substitutions?: string[]): Error {
  let message = '';
  try {
    message = browser.i18n.getMessage(key as never, substitutions);
  } catch {
    /* no extension API here */
  }
  if (!message) message = (substitutions ?? []).reduce((text, sub, i) => text.replaceAll(`$${i + 1}`, sub), english);
  return new Error(message);
}
