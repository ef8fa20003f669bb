/** Languages written right to left (ISO 639 codes, with the legacy `iw` and `ji`). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left (ISO 15924), for tags that name one: `pa-Arab`, `az-Arab`. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/**
 * The `dir` for text in language `lang` (a BCP 47 tag): `rtl` or `ltr` when the tag says, `auto`
 * (the browser reads the text's first strong letter) when there is no tag or it names no language.
 */
export function textDirection(lang: string | undefined): 'rtl' | 'ltr' | 'auto' {
  const parts = (lang ?? '').toLowerCase().split(/[-_]/);
  const primary = parts[0];
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') return 'auto';
  const script = parts.slice(1).find((p) => p.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
