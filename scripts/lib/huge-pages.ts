/**
 * Two pages that are huge in served markup (unlike /hostile/huge/, which builds its nodes from a
 * script): the browser styles and lays them out before the load event, so whatever a content
 * script does to the page's style afterwards is paid on every one of their elements.
 *   /hostile/paragraphs/  the demo article, then 30,000 paragraphs
 *   /hostile/big-text/    the demo article, then one 3 MB text node
 */
import { renderArticlePage } from './demo-pages';
import type { DemoArticle } from './demo-articles';

export const MANY_PARAGRAPHS = 30_000;
export const BIG_TEXT_BYTES = 3_000_000;

const WORDS = ['harbour', 'ledger', 'tariff', 'quarry', 'orchard', 'viaduct', 'lantern', 'granary', 'council', 'river'];

function filler(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length]);
  return `${out.join(' ')} ${seed}.`;
}

function after(article: DemoArticle, baseUrl: string, markup: string): string {
  return renderArticlePage(article, { baseUrl }).replace('</body>', `${markup}\n</body>`);
}

/** The paragraphs page: 30,000 short paragraphs of filler words after the article. */
export function manyParagraphsPage(article: DemoArticle, baseUrl: string): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < MANY_PARAGRAPHS; p++) paragraphs.push(`<p>${filler(p, 8)}</p>`);
  return after(article, baseUrl, `<section id="many-paragraphs">${paragraphs.join('\n')}</section>`);
}

/** The big-text page: one text node of 3 MB (sentences, no markup inside) after the article. */
export function bigTextPage(article: DemoArticle, baseUrl: string): string {
  const sentences: string[] = [];
  let size = 0;
  for (let s = 0; size < BIG_TEXT_BYTES; s++) {
    const sentence = `${filler(s, 12)} `;
    sentences.push(sentence);
    size += sentence.length;
  }
  return after(article, baseUrl, `<div id="big-text">${sentences.join('')}</div>`);
}
