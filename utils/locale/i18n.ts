import { browser } from 'wxt/browser';

/** The interface language: the browser's, French or English. */
export function uiLang(): 'fr' | 'en' {
  let lang = 'en';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    /* outside an extension (unit tests): English */
  }
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A message from _locales in the browser's language; the key itself if it is missing, so a gap shows. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
}

/** Formats an ISO date, full ("2024-10-18") or partial ("2024-10", "2024"), for the reader's language. */
export function formatDate(iso: string, lang: string = uiLang()): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : mo
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(date);
}
