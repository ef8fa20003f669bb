/**
 * Which build of Recoupe runs, in which browser: a stored matching index written or checked under the
 * same stamp is analysed as this code would analyse it, so a restarted worker skips the analysis check
 * (match-index-store.ts), and with it the stemmers of the samples' languages that the page may not need.
 *
 * The build's id is a random one per build (wxt.config.ts defines `__RECOUPE_BUILD__`): two builds never
 * share it, whatever changed between them (code, stemmers, word lists). The browser's user agent is part
 * of the stamp because the analysis also reads the platform (Intl's segmenter and CLDR data): a browser
 * update checks the index once again. Outside a build (Node, tests) there is no stamp: every load checks.
 */
declare const __RECOUPE_BUILD__: string | undefined;

export function buildStamp(): string | undefined {
  const build = typeof __RECOUPE_BUILD__ === 'string' ? __RECOUPE_BUILD__ : undefined;
  if (!build) return undefined;
  const agent = typeof navigator === 'object' && typeof navigator.userAgent === 'string' ? navigator.userAgent : '';
  return `${build} ${agent}`;
}
