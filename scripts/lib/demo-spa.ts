/**
 * A single-page app that swaps its article with history.pushState when a link is clicked,
 * without reloading: the case where a content script must notice that the page changed.
 */
import { DEMO_ARTICLES, articleBody, type DemoArticle } from './demo-articles';
import { escapeHtml as esc, frenchDate } from './demo-html';
import { renderBlocks } from './demo-pages';

/** The JSON the app fetches for one article (served at /spa/api/<slug>.json). */
export function spaArticleJson(article: DemoArticle): string {
  return JSON.stringify({
    slug: article.slug,
    title: article.title,
    outletName: article.outletName,
    date: frenchDate(article.publishedAt),
    blocks: articleBody(article),
  });
}

// Builds the DOM with textContent only: the article text never goes through innerHTML.
const APP_SCRIPT = `
(function () {
  var root = document.getElementById('spa-article');
  function render(data) {
    root.textContent = '';
    var h1 = document.createElement('h1'); h1.textContent = data.title; root.appendChild(h1);
    var by = document.createElement('p'); by.className = 'byline';
    by.textContent = data.outletName + ' · ' + data.date; root.appendChild(by);
    data.blocks.forEach(function (b) {
      var el = document.createElement(b.kind); el.textContent = b.text; root.appendChild(el);
    });
    document.title = data.title + ' | Recoupe SPA';
    root.setAttribute('data-slug', data.slug);
  }
  function load(slug) {
    return fetch('/spa/api/' + encodeURIComponent(slug) + '.json').then(function (r) { return r.json(); }).then(render);
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-spa]');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    var slug = a.getAttribute('data-spa');
    load(slug).then(function () { history.pushState({ slug: slug }, '', '/spa/' + slug + '/'); });
  });
  window.addEventListener('popstate', function (e) {
    var slug = (e.state && e.state.slug) || root.getAttribute('data-initial');
    load(slug);
  });
})();
`;

export function renderSpaPage(current: DemoArticle = DEMO_ARTICLES[0]): string {
  const links = DEMO_ARTICLES.map(
    (a) => `<li><a href="/spa/${a.slug}/" data-spa="${a.slug}">${esc(a.outletName)} : ${esc(a.title)}</a></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(current.title)} | Recoupe SPA</title>
<style>body{font-family:system-ui,sans-serif;margin:0;display:grid;grid-template-columns:280px 1fr;min-height:100vh}
nav{background:#20232a;color:#eee;padding:16px;font-size:14px}nav a{color:#9cd3ff}nav li{margin:10px 0}
main{padding:24px 40px;max-width:760px;line-height:1.6}.byline{color:#666}</style>
</head>
<body>
<nav aria-label="Articles"><p><strong>Fil d’actualité</strong></p><ul>
${links}
</ul></nav>
<main><article id="spa-article" data-slug="${current.slug}" data-initial="${current.slug}">
<h1>${esc(current.title)}</h1>
<p class="byline">${esc(current.outletName)} · ${esc(frenchDate(current.publishedAt))}</p>
${renderBlocks(articleBody(current))}
</article></main>
<noscript><p>Cette application demande JavaScript pour changer d’article.</p></noscript>
<script>${APP_SCRIPT}</script>
</body>
</html>
`;
}
