/** Fact-check pages written for the tests: the shapes real sites use (JSON-LD @graph, lists, microdata). */
export const PAGE = 'https://checker.example/fact-checks/troops';

export function review(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url: PAGE,
    claimReviewed: 'North Korea has sent 12,000 soldiers to fight in Ukraine',
    datePublished: '2024-10-25',
    author: { '@type': 'Organization', name: 'Checker', url: 'https://checker.example/' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'A viral post' },
      appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/troops' }],
    },
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Engañoso' },
    ...over,
  };
}

export const graphPage = (nodes: unknown[]) =>
  JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', url: PAGE }, { '@type': 'Organization', name: 'Checker' }, ...nodes] });

export const MICRODATA_HTML = `
<article itemscope itemtype="https://schema.org/ClaimReview">
  <link itemprop="url" href="${PAGE}">
  <meta itemprop="datePublished" content="2024-10-26">
  <p>Claim: <span itemprop="claimReviewed">Kim Jong Un visited Moscow in October 2024</span></p>
  <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Claim">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">A TV channel</span></span>
  </div>
  <div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Checker</span></div>
  <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
    Verdict: <span itemprop="alternateName">Faux</span>
  </div>
</article>`;
