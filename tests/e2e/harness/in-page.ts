/**
 * The locator engine that runs inside the page: Playwright-like selectors resolved the same way in
 * Chromium and Firefox. Kept as plain JavaScript source (not a compiled function) so that no
 * transpiler helper (esbuild's __name) ever reaches the page, and built with `new Function`, which
 * puppeteer sends as source over the protocol: extension pages' CSP does not apply to it.
 *
 * Steps, applied in order to the current set of elements (the document at first):
 *   { css }            descendants matching a CSS selector; descendant and child combinators pierce
 *                      open shadow roots (as Playwright's CSS engine does)
 *   { text, re? }      keep elements whose text contains `text` (case-insensitive) or matches /re/
 *   { label, re? }     form controls whose label (label[for], wrapping label, aria-label(ledby)) matches
 *   { role, name? }    elements with that role (button, checkbox, link, textbox...) and accessible name
 *   { nth }            the n-th element (−1: the last)
 */
export type Step =
  | { css: string }
  | { text: string; re?: string }
  | { label: string; re?: string }
  | { role: string; name?: string; re?: string }
  | { nth: number };

const SOURCE = String.raw`
const matcher = (value, re) => {
  if (re !== undefined && re !== null) { const r = new RegExp(value, re); return (t) => r.test(t); }
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  return (t) => t.toLowerCase().includes(v);
};
const norm = (t) => (t || '').replace(/\s+/g, ' ').trim();
const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
const allDeep = (root) => {
  const out = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
};
const splitTop = (sel, sep) => {
  const parts = []; let depth = 0; let quote = ''; let cur = '';
  for (const ch of sel) {
    if (quote) { cur += ch; if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") { quote = ch; cur += ch; continue; }
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if (depth === 0 && sep.test(ch)) { parts.push(cur); cur = ''; continue; }
    cur += ch;
  }
  parts.push(cur);
  return parts;
};
const chainOf = (sel) => {
  const tokens = splitTop(sel.replace(/\s*>\s*/g, ' > ').trim(), /\s/).filter((t) => t !== '');
  const compounds = []; const combinators = []; let pending = ' ';
  for (const t of tokens) {
    if (t === '>') { pending = '>'; continue; }
    if (compounds.length) combinators.push(pending);
    compounds.push(t); pending = ' ';
  }
  return { compounds, combinators };
};
const matchesChain = (el, chain, i, scope) => {
  if (!el.matches(chain.compounds[i])) return false;
  if (i === 0) return true;
  let p = parentOf(el);
  if (chain.combinators[i - 1] === '>') return !!p && p !== scope && matchesChain(p, chain, i - 1, scope);
  for (; p && p !== scope; p = parentOf(p)) if (matchesChain(p, chain, i - 1, scope)) return true;
  return false;
};
const cssIn = (scope, sel) => {
  const chains = splitTop(sel, /,/).map((s) => chainOf(s));
  const root = scope.nodeType === 9 ? scope.documentElement : scope;
  const candidates = scope.nodeType === 9 ? [root, ...allDeep(root)] : allDeep(root);
  return candidates.filter((el) => chains.some((c) => matchesChain(el, c, c.compounds.length - 1, scope.nodeType === 9 ? null : scope)));
};
const textOfIds = (el, ids) => ids.split(/\s+/).map((id) => { const n = el.getRootNode().getElementById ? el.getRootNode().getElementById(id) : document.getElementById(id); return n ? n.textContent : ''; }).join(' ');
const labelOf = (el) => {
  if (el.getAttribute('aria-labelledby')) return norm(textOfIds(el, el.getAttribute('aria-labelledby')));
  if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
  const texts = [];
  if (el.labels) for (const l of el.labels) texts.push(norm(l.textContent));
  return texts.join(' ');
};
const ROLE_OF_TAG = { button: 'button', a: 'link', select: 'combobox', textarea: 'textbox', summary: 'button', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', dialog: 'dialog' };
const roleOf = (el) => {
  if (el.getAttribute('role')) return el.getAttribute('role');
  if (el.localName === 'input') {
    const t = (el.getAttribute('type') || 'text').toLowerCase();
    if (['button', 'submit', 'reset'].includes(t)) return 'button';
    if (t === 'checkbox') return 'checkbox';
    if (t === 'radio') return 'radio';
    return 'textbox';
  }
  if (el.localName === 'a' && !el.hasAttribute('href')) return '';
  return ROLE_OF_TAG[el.localName] || '';
};
const nameOf = (el) => {
  const l = labelOf(el);
  if (l) return l;
  if (el.localName === 'input' && el.value) return norm(el.value);
  return norm(el.textContent);
};
const CONTROLS = 'input, select, textarea, button, [role="checkbox"], [role="radio"], [role="textbox"], [role="combobox"]';
const resolve = (steps) => {
  let set = [document];
  for (const s of steps) {
    if ('css' in s) {
      const out = [];
      for (const scope of set) for (const el of cssIn(scope, s.css)) if (!out.includes(el)) out.push(el);
      set = out;
    } else if ('text' in s) {
      const m = matcher(s.text, s.re);
      set = set.filter((el) => m(norm(el.textContent)));
    } else if ('label' in s) {
      const m = matcher(s.label, s.re);
      const out = [];
      for (const scope of set) for (const el of cssIn(scope, CONTROLS)) if (!out.includes(el) && m(labelOf(el))) out.push(el);
      set = out;
    } else if ('role' in s) {
      const m = s.name === undefined ? () => true : matcher(s.name, s.re);
      const out = [];
      for (const scope of set) for (const el of cssIn(scope, '*')) if (!out.includes(el) && roleOf(el) === s.role && m(nameOf(el))) out.push(el);
      set = out;
    } else if ('nth' in s) {
      const el = s.nth < 0 ? set[set.length + s.nth] : set[s.nth];
      set = el ? [el] : [];
    }
  }
  return set.filter((el) => el.nodeType === 1);
};
return resolve(steps);
`;

/** `(steps) => Element[]`, to pass to puppeteer's evaluateHandle. */
// eslint-disable-next-line @typescript-eslint/no-implied-eval
export const resolveInPage = new Function('steps', SOURCE) as (steps: Step[]) => Element[];
