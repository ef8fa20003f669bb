/**
 * Article bodies for a clone of the repository alone, without ../shared/seeds beside it: each demo
 * outlet's page is written from its own quotes in public/starter-data.json, one quote a paragraph,
 * between an opening and a closing paragraph written for the demo that state no known claim.
 * The quotes are kept verbatim (a lead-in may come before, a full stop after), so the extension
 * highlights them as it would the real articles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BodyBlock } from './demo-articles';

interface StarterVersion {
  outletId: string;
  quote: string;
}

const OPENING =
  'Cette page de démonstration a été écrite pour Recoupe à partir des citations que ce média a publiées sur les soldats nord-coréens envoyés en Russie, en octobre 2024.';
const CLOSING =
  'Les articles d’origine ne sont pas fournis avec le dépôt : seules leurs citations, reprises mot pour mot ci-dessus, le sont. La mise en page est fictive.';
// Lead-ins that turn a clause quoted out of its sentence into a sentence; a quote that already
// starts a sentence keeps none.
const LEAD_INS = ['Selon ce média, ', 'L’article rapporte aussi que ', 'Il précise que ', 'On y lit encore que '];

let cache: StarterVersion[] | undefined;

function starterVersions(repoRoot: string): StarterVersion[] {
  cache ??= (JSON.parse(readFileSync(resolve(repoRoot, 'public/starter-data.json'), 'utf8')) as { versions: StarterVersion[] }).versions;
  return cache;
}

function sentenceOf(quote: string, i: number): string {
  const q = quote.trim();
  const startsSentence = /^[«A-ZÀ-ÖØ-Þ0-9]/.test(q);
  const lead = startsSentence ? '' : LEAD_INS[i % LEAD_INS.length];
  const end = /[.!?»…]$/.test(q) ? '' : '.';
  return `${lead}${q}${end}`;
}

/** The body of `outletId`'s demo page, built from its starter quotes (in the file's order, each once). */
export function starterArticleBody(repoRoot: string, outletId: string): BodyBlock[] {
  const quotes = [...new Set(starterVersions(repoRoot).filter((v) => v.outletId === outletId).map((v) => v.quote))];
  if (quotes.length === 0) throw new Error(`public/starter-data.json has no version of outlet ${outletId}: its demo page would be empty.`);
  return [{ kind: 'p', text: OPENING }, ...quotes.map((q, i): BodyBlock => ({ kind: 'p', text: sentenceOf(q, i) })), { kind: 'p', text: CLOSING }];
}
