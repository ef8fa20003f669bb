/**
 * The five demo articles: which seed file each one renders, under which slug and outlet.
 * The article text itself is read from ../shared/seeds at run time and never copied into the repo;
 * a clone without ../shared/seeds gets pages written from the starter data's quotes instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterArticleBody } from './demo-starter-articles';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEEDS_DIR = resolve(SHARED_DIR, 'seeds');
export const DEMO_PORT = 8642;
export const DEMO_HOST = '127.0.0.1';

export type ThemeName = 'broadsheet' | 'independent' | 'wire' | 'tabloid' | 'magazine';

export interface DemoArticle {
  slug: string;
  /** File name under ../shared/seeds. */
  seedFile: string;
  outletId: string;
  /** Shown in the masthead and og:site_name; unnamed outlets say so instead of borrowing a real name. */
  outletName: string;
  /** Headline, in French; also the `title` of this article's versions in public/starter-data.json. */
  title: string;
  /** As precise as the seed text allows: '2024-10' when no day is known. */
  publishedAt: string;
  theme: ThemeName;
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    slug: 'outlet-a-video-uniformes-russes',
    seedFile: '000_c76f77202779f529.txt',
    outletId: 'outlet-a',
    outletName: 'Outlet A (unnamed in source)',
    title: 'Une vidéo montrerait des soldats nord-coréens recevant des uniformes russes',
    publishedAt: '2024-10',
    theme: 'broadsheet',
  },
  {
    slug: 'kyiv-independent-video-camp-sergueievski',
    seedFile: '001_0c1a127937919cce.txt',
    outletId: 'kyiv-independent',
    outletName: 'The Kyiv Independent',
    title: 'Une vidéo montrerait des soldats nord-coréens dans un camp militaire russe',
    publishedAt: '2024-10-18',
    theme: 'independent',
  },
  {
    slug: 'cnn-soldats-nord-coreens-filmes',
    seedFile: '002_9787606971b9a853.txt',
    outletId: 'cnn',
    outletName: 'CNN',
    title: 'Des soldats nord-coréens filmés en train de recevoir des uniformes dans l’extrême-est de la Russie',
    publishedAt: '2024-10',
    theme: 'wire',
  },
  {
    slug: 'outlet-b-drapeau-nord-coreen-donbass',
    seedFile: '003_1d5134f8c35649bd.txt',
    outletId: 'outlet-b',
    outletName: 'Outlet B (unnamed in source)',
    title: 'Un drapeau nord-coréen aurait été hissé dans un village occupé du Donbass',
    publishedAt: '2024-10',
    theme: 'tabloid',
  },
  {
    slug: 'outlet-c-otan-escalade',
    seedFile: '004_a20486ff240e1570.txt',
    outletId: 'outlet-c',
    outletName: 'Outlet C (unnamed in source)',
    title: "L'OTAN avertit que les transferts de troupes nord-coréennes vers l'Ukraine risquent d'aggraver le conflit",
    publishedAt: '2024-10',
    theme: 'magazine',
  },
];

export function findArticle(slug: string): DemoArticle | undefined {
  return DEMO_ARTICLES.find((a) => a.slug === slug);
}

export function demoUrl(slug: string, base = `http://${DEMO_HOST}:${DEMO_PORT}`): string {
  return `${base}/${slug}/`;
}

/** One block of the article body: a paragraph, or a subheading inside the article. */
export interface BodyBlock {
  kind: 'p' | 'h2';
  text: string;
}

export function readSeed(seedFile: string): string {
  return readFileSync(resolve(SEEDS_DIR, seedFile), 'utf8');
}

/**
 * Splits a seed file into body blocks. The seed files are plain text, one paragraph a line,
 * with two quirks: 002 opens with a metadata line (" date 2024-10 CNN"), and 004 opens with
 * its own headline and has a subheading half-way (lines with no closing punctuation).
 */
export function parseSeed(text: string, headline: string): BodyBlock[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^date \d{4}-\d{2}\b/.test(line));
  if (lines[0] === headline) lines.shift();
  return lines.map((line) => ({ kind: /[.!?»"”…):]$/.test(line) ? 'p' : 'h2', text: line }));
}

/** Whether the real seed articles are there (../shared/seeds beside the repository). */
export const hasSeeds = (): boolean => existsSync(SEEDS_DIR);

/** Where the demo pages' text comes from, in words for the person running the demo. */
export function articleSource(): string {
  return hasSeeds()
    ? `the seed articles in ${SEEDS_DIR}`
    : `${SEEDS_DIR} is missing, so each page is written for the demo from that outlet's quotes in public/starter-data.json`;
}

export function articleBody(article: DemoArticle): BodyBlock[] {
  if (!hasSeeds()) return starterArticleBody(REPO_ROOT, article.outletId);
  return parseSeed(readSeed(article.seedFile), article.title);
}
