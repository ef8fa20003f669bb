/**
 * Numbers spelled out by CLDR's rule-based number formatting (the cldr-rbnf package, Unicode-3.0), in
 * every gender and case its cardinal rule sets give: Portuguese "duas", "duzentas"; Greek "τρεις",
 * "δεκατέσσερις"; Russian "пяти", "двух"; Polish "dwóch". n2words, where the number words come from
 * (build-number-words.ts), spells one form of each, and a news sentence is in whatever gender and case
 * its noun asks for ("duzentas pessoas", "около пяти тысяч").
 *
 * A small reader of the RBNF rules, enough for whole numbers below 1,000: a rule's literal text, its
 * optional part in brackets (kept when the remainder is not 0), `>>` and `<<` (the remainder and the
 * quotient by the rule's divisor, in the same rule set or in `%named` one) and `=%named=` (the
 * number again in another rule set). A rule it cannot read spells nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Rules = Map<string, { base: number; radix: number; body: string }[]>;

/** A language's spellout rule sets (cldr-rbnf's `rbnf/LANG.json`), undefined when CLDR has none. */
export function spelloutRules(lang: string): Rules | undefined {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(`cldr-rbnf/rbnf/${lang}.json`);
  } catch {
    return undefined;
  }
  const sets = (JSON.parse(readFileSync(path, 'utf8')) as { rbnf: { rbnf: { SpelloutRules?: Record<string, [string, string][] | string> } } }).rbnf.rbnf.SpelloutRules;
  if (!sets) return undefined;
  const rules: Rules = new Map();
  for (const [name, entries] of Object.entries(sets)) {
    if (!Array.isArray(entries)) continue;
    const list: { base: number; radix: number; body: string }[] = [];
    for (const [key, body] of entries) {
      const m = /^(\d+)(?:\/(\d+))?$/.exec(key);
      if (m) list.push({ base: Number(m[1]), radix: m[2] ? Number(m[2]) : 10, body: body.replace(/;$/, '').replace(/^'/, '') });
    }
    rules.set(name, list.sort((a, b) => a.base - b.base));
  }
  return rules;
}

/** The public cardinal rule sets ("%spellout-cardinal-feminine-genitive"), not the private "%%" ones. */
export const cardinalSets = (rules: Rules): string[] => [...rules.keys()].filter((name) => /^%spellout-cardinal(-|$)/.test(name) && !name.startsWith('%%'));

const SUBSTITUTION = /(>>>?|<<|→→→?|←←|>%%?[\w-]+>|<%%?[\w-]+<|→%%?[\w-]+→|←%%?[\w-]+←|=%%?[\w-]+=|=[#0,.]+=|<[#0,.]+<|←[#0,.]+←)/;

/** `n` (a whole number below 1,000,000) spelled by rule set `set`, undefined where a rule is not one this reader reads. */
export function spell(rules: Rules, set: string, n: number, depth = 0): string | undefined {
  const list = rules.get(set);
  if (!list || depth > 12) return undefined;
  let rule: (typeof list)[number] | undefined;
  for (const r of list) if (r.base <= n) rule = r;
  if (!rule) return undefined;
  let divisor = 1;
  while (divisor * rule.radix <= rule.base) divisor *= rule.radix;
  const remainder = n % divisor;
  const quotient = Math.floor(n / divisor);
  // Optional parts in brackets: kept when the remainder is not 0.
  const body = rule.body.replace(/\[([^\]]*)\]/g, (_, inner: string) => (remainder === 0 ? '' : inner));
  let out = '';
  for (const piece of body.split(SUBSTITUTION)) {
    if (!piece) continue;
    if (!SUBSTITUTION.test(piece) || piece.length < 2) {
      out += piece;
      continue;
    }
    const named = /%%?[\w-]+/.exec(piece)?.[0];
    if (/[#0]/.test(piece)) return undefined; // digits, not words
    const first = piece[0]!;
    const value = first === '=' ? n : first === '>' || first === '→' ? remainder : quotient;
    const spelled = spell(rules, named ?? set, value, depth + 1);
    if (spelled === undefined) return undefined;
    out += spelled;
  }
  // Plural choices ("$(cardinal,one{тысяча}few{тысячи}...)$") are not read.
  return out.includes('$(') ? undefined : out;
}
