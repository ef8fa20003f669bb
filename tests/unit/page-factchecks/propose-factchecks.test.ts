// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { proposeFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';
import { readClaimReviewMarkup } from '@/utils/page/claimreview-markup';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';
import { graphPage, MICRODATA_HTML, PAGE, review } from './fixtures';

const NOW = '2026-11-30T12:00:00.000Z';

function pageWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}
const script = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('fact-checks read from a page', () => {
  it('reads JSON-LD in @graph and in a list, and microdata, with claim, verdict, label, fact-checker, claimant, appearance', () => {
    const doc = pageWith(
      script(graphPage([review()])) +
        script(JSON.stringify([{ '@type': 'BreadcrumbList' }, review({ url: `${PAGE}#second`, claimReviewed: 'Russia trains the soldiers in Primorsky Krai', reviewRating: { alternateName: 'FALSO: las imágenes son de 2022' } })])) +
        MICRODATA_HTML,
    );
    const markup = readClaimReviewMarkup(doc)!;
    expect(markup.jsonLd).toHaveLength(2);
    expect(markup.microdata).toHaveLength(1);
    const found = proposeFactChecks(PAGE, markup.jsonLd, markup.microdata, NOW);
    expect(found.foreign).toBe(0);
    const byText = Object.fromEntries(found.proposals.map((p) => [p.statement, p]));
    expect(byText['North Korea has sent 12,000 soldiers to fight in Ukraine']).toMatchObject({
      status: 'misleading', ratingLabel: 'Engañoso', factChecker: 'Checker', claimant: 'A viral post',
      reviewUrl: PAGE, date: '2024-10-25', appearances: ['https://news.example/troops'], lang: 'en',
    });
    expect(byText['Russia trains the soldiers in Primorsky Krai']).toMatchObject({ status: 'false', reviewUrl: `${PAGE}#second` });
    expect(byText['Kim Jong Un visited Moscow in October 2024']).toMatchObject({ status: 'false', ratingLabel: 'Faux', factChecker: 'Checker', claimant: 'A TV channel', date: '2024-10-26' });
  });

  it('a page may only propose fact-checks of its own origin; a review without address is the page’s own', () => {
    const json = JSON.stringify([
      review({ url: 'https://other.example/fact-check', author: { name: 'Other', url: 'https://other.example/' }, claimReviewed: 'Foreign review' }),
      review({ url: '/fact-checks/relative', claimReviewed: 'Relative review' }),
      review({ url: undefined, claimReviewed: 'Review without address' }),
      review({ url: 'javascript:alert(1)', author: { name: 'X' }, claimReviewed: 'Script address' }),
    ]);
    const found = proposeFactChecks(PAGE, [json], [], NOW);
    expect(found.proposals.map((p) => [p.statement, p.reviewUrl])).toEqual([
      ['Relative review', 'https://checker.example/fact-checks/relative'],
      ['Review without address', PAGE],
    ]);
    expect(found.foreign).toBe(2);
  });

  it('caps proposals per page, skips huge and malformed JSON-LD, and never throws on hostile markup', () => {
    const many = JSON.stringify({ '@graph': Array.from({ length: 500 }, (_, i) => review({ url: `${PAGE}#${i}`, claimReviewed: `Claim number ${i} about troops` })) });
    const huge = JSON.stringify(review({ claimReviewed: 'x'.repeat(PAGE_FACTCHECK_LIMITS.maxScriptChars) }));
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const hostile = JSON.stringify({ '@type': 'ClaimReview', __proto__: { polluted: true }, url: PAGE, claimReviewed: '<img src=x onerror=alert(1)>', reviewRating: { alternateName: { toString: 1 } } });
    const found = proposeFactChecks(PAGE, [many, huge, deep, '{"@type": "ClaimReview", "url":', hostile], [{ '@type': 'ClaimReview', claimReviewed: 42 }], NOW);
    expect(found.proposals).toHaveLength(PAGE_FACTCHECK_LIMITS.maxProposals);
    // 500 in the graph, the hostile one and the microdata item (no address: the page's own); the huge one is skipped unread.
    expect(found.capped).toBe(500 + 2 - PAGE_FACTCHECK_LIMITS.maxProposals);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The hostile statement stays text: the popup renders it as text, never as markup.
    expect(proposeFactChecks(PAGE, [hostile], [], NOW).proposals[0]?.statement).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads a bounded number of microdata items and elements, however many the page has', () => {
    const item = (i: number) => `<div itemscope itemtype="https://schema.org/ClaimReview"><span itemprop="claimReviewed">Claim ${i}</span>${'<span itemprop="x">y</span>'.repeat(60)}</div>`;
    const deep = '<div>'.repeat(3000) + '</div>'.repeat(3000);
    const markup = readClaimReviewMarkup(pageWith(Array.from({ length: 300 }, (_, i) => item(i)).join('') + `<div itemscope itemtype="https://schema.org/ClaimReview">${deep}</div>`))!;
    expect(markup.microdata).toHaveLength(PAGE_FACTCHECK_LIMITS.maxMicrodataItems);
    // 50 items of 61 properties would be 3,050 elements: the walk stops at its budget.
    const values = markup.microdata.reduce((n, m) => n + [m.x ?? []].flat().length, 0);
    expect(values).toBeLessThanOrEqual(PAGE_FACTCHECK_LIMITS.maxMicrodataElements);
    expect(values).toBeGreaterThan(PAGE_FACTCHECK_LIMITS.maxMicrodataElements / 2);
  });

  it('reads nothing on a page without fact-check markup', () => {
    expect(readClaimReviewMarkup(pageWith(script('{"@type":"NewsArticle","headline":"Hi"}') + '<p itemscope itemtype="https://schema.org/Person">x</p>'))).toBeUndefined();
  });
});
