/**
 * Renders the demo site: one ordinary news page per seed article, each with its outlet's look,
 * and the index page. Everything taken from the seed files is escaped: it is data, not markup.
 */
import { DEMO_ARTICLES, articleBody, type BodyBlock, type DemoArticle } from './demo-articles';
import { escapeHtml as esc, frenchDate, inlineJson } from './demo-html';
import { themeCss } from './demo-themes';

export interface ArticlePageOptions {
  /** Origin of the demo server, e.g. http://127.0.0.1:8642 (used for canonical and og:url). */
  baseUrl: string;
  /** 'late': the body is left out and fetched by a page script 2 s after load. */
  mode?: 'full' | 'late';
}

/** Delay before the late page inserts its body, long enough for a content script's first scan to miss it. */
export const LATE_DELAY_MS = 2000;

const NAV = ['À la une', 'International', 'Europe', 'Asie', 'Ukraine', 'Économie', 'Opinions'];

export function renderBlocks(blocks: BodyBlock[]): string {
  return blocks.map((b) => `<${b.kind}>${esc(b.text)}</${b.kind}>`).join('\n');
}

function jsonLd(article: DemoArticle, url: string): string {
  return inlineJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.publishedAt,
    inLanguage: 'fr',
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: article.outletName },
  });
}

function related(article: DemoArticle): string {
  const items = DEMO_ARTICLES.filter((a) => a.slug !== article.slug)
    .map((a) => `<li><a href="/${a.slug}/">${esc(a.title)}</a></li>`)
    .join('');
  return `<aside class="sidebar">
<section class="related"><h2>À lire aussi</h2><ul>${items}</ul></section>
<form class="newsletter" action="#" method="post" aria-labelledby="nl-title">
<h2 id="nl-title">La lettre du matin</h2>
<label for="nl-email">Votre adresse e-mail</label>
<input id="nl-email" name="email" type="email" placeholder="vous@exemple.fr" autocomplete="email" required>
<button type="submit">S’inscrire</button>
</form>
</aside>`;
}

/** The page's own script: what a news site typically runs (newsletter handling, a js class). */
function pageScript(mode: 'full' | 'late'): string {
  const late =
    mode === 'late'
      ? `window.addEventListener('load', function () {
  setTimeout(function () {
    fetch('body.html').then(function (r) { return r.text(); }).then(function (html) {
      var body = document.getElementById('article-body');
      body.removeAttribute('aria-busy');
      body.innerHTML = html;
    });
  }, ${LATE_DELAY_MS});
});`
      : '';
  return `<script>
document.documentElement.classList.add('js');
document.addEventListener('submit', function (e) {
  e.preventDefault();
  e.target.querySelector('button').textContent = 'Merci !';
});
${late}
</script>`;
}

export function renderArticlePage(article: DemoArticle, options: ArticlePageOptions): string {
  const mode = options.mode ?? 'full';
  const url = `${options.baseUrl}/${mode === 'late' ? 'late/' : ''}${article.slug}/`;
  const body =
    mode === 'late'
      ? '<p class="loading">Chargement de l’article…</p>'
      : renderBlocks(articleBody(article));
  const [brand, ...rest] = article.outletName.split(' (');
  const tagline = rest.length ? `<span class="tagline">(${esc(rest.join(' ('))}</span>` : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title)} | ${esc(brand)}</title>
<link rel="canonical" href="${esc(url)}">
<meta name="description" content="${esc(article.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(article.outletName)}">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:url" content="${esc(url)}">
<meta property="article:published_time" content="${esc(article.publishedAt)}">
<script type="application/ld+json">${jsonLd(article, url)}</script>
<style>${themeCss(article.theme)}</style>
</head>
<body class="theme-${article.theme}">
<a class="skip" href="#content">Aller au contenu</a>
<header class="masthead"><a class="brand" href="/">${esc(brand)}</a>${tagline}</header>
<nav aria-label="Rubriques"><ul>${NAV.map((n, i) => `<li><a href="${i === 0 ? '/' : '#'}">${esc(n)}</a></li>`).join('')}</ul></nav>
<div class="layout">
<main id="content">
<article>
<p class="kicker">Guerre en Ukraine</p>
<h1>${esc(article.title)}</h1>
<p class="byline">Par la rédaction · <time datetime="${esc(article.publishedAt)}">${esc(frenchDate(article.publishedAt))}</time></p>
<div id="article-body" class="article-body"${mode === 'late' ? ' aria-busy="true"' : ''}>
${body}
</div>
</article>
</main>
${related(article)}
</div>
<footer><p>© ${esc(brand)}. Page de démonstration de Recoupe : le texte de l’article provient des données d’amorce du projet ; la mise en page est fictive.</p></footer>
<noscript><p>Certaines fonctions de cette page (lettre d’information, chargement différé) demandent JavaScript.</p></noscript>
${pageScript(mode)}
</body>
</html>
`;
}

/** The fragment the late page fetches: the same paragraphs as the full page. */
export function renderLateBody(article: DemoArticle): string {
  return renderBlocks(articleBody(article));
}

export function renderIndexPage(corpusNames: readonly string[] = []): string {
  const list = DEMO_ARTICLES.map(
    (a) => `<li><a href="/${a.slug}/">${esc(a.title)}</a> <span class="outlet">${esc(a.outletName)}</span>
<small>(<a href="/late/${a.slug}/">version à chargement différé</a>)</small></li>`,
  ).join('\n');
  const corpus = corpusNames
    .map((n) => `<li><a href="/corpus/${encodeURIComponent(n)}/">${esc(n)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recoupe : pages de démonstration</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px;line-height:1.5}
li{margin:8px 0}.outlet{color:#555}</style></head>
<body>
<h1>Recoupe : pages de démonstration</h1>
<p>Cinq articles d’octobre 2024 sur l’envoi de soldats nord-coréens en Russie, publiés par cinq médias. Avec l’extension chargée, les affirmations connues sont surlignées selon leur statut ; un clic ouvre la fiche qui montre comment chaque média les a formulées.</p>
<h2>Articles</h2>
<ul class="articles">
${list}
</ul>
<h2>Autres pages</h2>
<ul><li><a href="/spa/">Application monopage</a> (l’article change sans rechargement)</li></ul>
${corpus ? `<details><summary>Pages réelles sans affirmations connues (${corpusNames.length})</summary><ul>${corpus}</ul></details>` : ''}
</body>
</html>
`;
}
