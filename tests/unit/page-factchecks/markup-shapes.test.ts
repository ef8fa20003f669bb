// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { proposeFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';
import { readClaimReviewMarkup } from '@/utils/page/claimreview-markup';
import { PAGE, review } from './fixtures';

const NOW = '2026-11-30T12:00:00.000Z';

function pageWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

it('reads JSON-LD as pages really write it: a type with parameters, HTML-comment and CDATA wrappers, raw line breaks in strings', () => {
  const withBreak = JSON.stringify(review({ url: `${PAGE}#b`, claimReviewed: 'LINE_ONE LINE_TWO' })).replace('LINE_ONE ', 'Kim visited\n\tMoscow ').replace('LINE_TWO', 'in October');
  const doc = pageWith(
    `<script type="application/ld+json; charset=utf-8">${JSON.stringify(review())}</script>` +
      `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify(review({ url: `${PAGE}#c`, claimReviewed: 'Russia trains the soldiers' }))}\n//]]></script>` +
      `<script type="application/ld+json"><!-- ${JSON.stringify(review({ url: `${PAGE}#d`, claimReviewed: 'Soldiers wear Russian uniforms' }))} --></script>` +
      `<script type="application/ld+json">${withBreak}</script>`,
  );
  const markup = readClaimReviewMarkup(doc)!;
  expect(markup.jsonLd).toHaveLength(4);
  const found = proposeFactChecks(PAGE, markup.jsonLd, markup.microdata, NOW);
  expect(found.proposals.map((p) => p.statement)).toEqual([
    'North Korea has sent 12,000 soldiers to fight in Ukraine',
    'Russia trains the soldiers',
    'Soldiers wear Russian uniforms',
    'Kim visited\n\tMoscow in October',
  ]);
});

it('reads microdata whose itemtype lists Review before ClaimReview, and a verdict as a string ratingValue', () => {
  const doc = pageWith(`
    <div itemscope itemtype="http://schema.org/Review http://schema.org/ClaimReview">
      <link itemprop="url" href="${PAGE}">
      <span itemprop="claimReviewed">Kim Jong Un visited Moscow in October 2024</span>
      <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
        <meta itemprop="ratingValue" content="1"><meta itemprop="bestRating" content="5"><meta itemprop="worstRating" content="1">
      </div>
    </div>`);
  const markup = readClaimReviewMarkup(doc)!;
  const found = proposeFactChecks(PAGE, markup.jsonLd, markup.microdata, NOW);
  expect(found.proposals.map((p) => [p.statement, p.status])).toEqual([['Kim Jong Un visited Moscow in October 2024', 'false']]);
});
