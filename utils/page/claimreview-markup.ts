import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';

/** A page's fact-check markup, unparsed: JSON-LD script texts and microdata items as plain objects. */
export interface ClaimReviewMarkup {
  jsonLd: string[];
  microdata: Record<string, unknown>[];
}

const MAX_TEXT = 2_000;

function itemValue(el: Element, budget: { left: number }, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return readItem(el, budget, depth + 1);
  const attr = el.getAttribute('content') ?? el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('datetime');
  return (attr ?? el.textContent ?? '').trim().slice(0, MAX_TEXT);
}

/** One microdata item: its type and the properties of its own scope (not those of nested items). */
function readItem(scope: Element, budget: { left: number }, depth: number): Record<string, unknown> {
  // itemtype may list several types ("…/Review …/ClaimReview"): all are kept.
  const types = (scope.getAttribute('itemtype') ?? '').trim().split(/\s+/).slice(0, 4);
  const item: Record<string, unknown> = { '@type': types.length > 1 ? types : types[0] ?? '' };
  if (depth > 6) return item;
  const walk = (parent: Element) => {
    for (const el of Array.from(parent.children)) {
      if (--budget.left < 0) return;
      const prop = el.getAttribute('itemprop');
      if (prop) {
        for (const name of prop.trim().split(/\s+/).slice(0, 3)) {
          if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
          const value = itemValue(el, budget, depth);
          const prev = item[name];
          item[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
        }
      }
      // A nested item's own properties belong to it, not to this one.
      if (!el.hasAttribute('itemscope')) walk(el);
    }
  };
  walk(scope);
  return item;
}

/**
 * Reads, without parsing, the page's ClaimReview markup: JSON-LD scripts that mention ClaimReview
 * (capped in number and size) and microdata items typed ClaimReview. Cheap on pages without any:
 * two selector queries. Parsing happens in the background.
 */
export function readClaimReviewMarkup(doc: Document): ClaimReviewMarkup | undefined {
  const jsonLd: string[] = [];
  let total = 0;
  // Some sites add parameters: type="application/ld+json; charset=utf-8".
  const scripts = doc.querySelectorAll('script[type^="application/ld+json" i]');
  for (let i = 0; i < scripts.length && jsonLd.length < PAGE_FACTCHECK_LIMITS.maxScripts; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > PAGE_FACTCHECK_LIMITS.maxScriptChars || total + text.length > PAGE_FACTCHECK_LIMITS.maxTotalChars) continue;
    if (!/claimreview/i.test(text)) continue;
    jsonLd.push(text);
    total += text.length;
  }
  const budget = { left: PAGE_FACTCHECK_LIMITS.maxMicrodataElements };
  const microdata = Array.from(doc.querySelectorAll('[itemscope][itemtype*="ClaimReview" i]'))
    .slice(0, PAGE_FACTCHECK_LIMITS.maxMicrodataItems)
    .map((el) => readItem(el, budget, 0));
  return jsonLd.length || microdata.length ? { jsonLd, microdata } : undefined;
}
