/**
 * The inverted index over every claim's statements (one document per
 * language) and every outlet's version quote. Terms are word stems, proper-name
 * keys ("~" prefix) and figure keys ("#" prefix); postings are typed arrays so
 * that a 100,000-version index stays compact and fast to walk.
 */
import { analyseText, type Analysis, type FigureUnit } from './analyse-text';
import type { IndexClaim } from './types';

export interface IndexedDoc {
  claim: number;
  /** Version id, or 'statement'. */
  via: string;
  /** Null for statements: they belong to no outlet. */
  outletId: string | null;
  lang: string;
  /** Distinct content word units: stem term id and proper-name key term id (-1 if none). */
  stems: Int32Array;
  entities: Int32Array;
  /** Surfaces, parallel to stems, for explanations. */
  surfaces: string[];
  figures: FigureUnit[];
  negated: boolean;
  directions: Set<string>;
  /** All indexed term ids (stems, entity keys, figure keys), distinct. */
  terms: Int32Array;
}

export interface ClaimIndex {
  claimIds: string[];
  docs: IndexedDoc[];
  termIds: Map<string, number>;
  /** postings[termId] = ids of the docs containing the term. */
  postings: Int32Array[];
  idf: Float64Array;
  /** Per claim, its proper-name keys and the document each came from. */
  claimEntities: { entity: number; doc: number }[][];
  /** Largest possible IDF (a term of a single claim). */
  maxIdf: number;
}

export const figureTerm = (key: string) => '#' + key;

function internDoc(
  analysis: Analysis,
  claim: number,
  via: string,
  outletId: string | null,
  intern: (term: string) => number,
): IndexedDoc {
  const seen = new Set<number>();
  const stems: number[] = [];
  const entities: number[] = [];
  const surfaces: string[] = [];
  const terms = new Set<number>();
  for (const w of analysis.words) {
    if (w.stop || w.stem.length < 2) continue;
    const stem = intern(w.stem);
    if (seen.has(stem)) continue;
    seen.add(stem);
    stems.push(stem);
    const entity = w.entity ? intern(w.entity) : -1;
    entities.push(entity);
    surfaces.push(w.surface);
    terms.add(stem);
    if (entity >= 0) terms.add(entity);
  }
  const figures = analysis.figures.filter((f, i, all) => all.findIndex((g) => g.key === f.key) === i);
  for (const f of figures) terms.add(intern(figureTerm(f.key)));
  return {
    claim,
    via,
    outletId,
    lang: analysis.lang,
    stems: Int32Array.from(stems),
    entities: Int32Array.from(entities),
    surfaces,
    figures,
    negated: analysis.negated,
    directions: analysis.directions,
    terms: Int32Array.from(terms),
  };
}

export function buildClaimIndex(claims: IndexClaim[]): ClaimIndex {
  const termIds = new Map<string, number>();
  const postingLists: number[][] = [];
  const intern = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      postingLists.push([]);
    }
    return id;
  };
  const docs: IndexedDoc[] = [];
  const add = (text: string, lang: string | undefined, claim: number, via: string, outletId: string | null) => {
    if (!text || !text.trim()) return;
    const doc = internDoc(analyseText(text, lang), claim, via, outletId, intern);
    const id = docs.length;
    docs.push(doc);
    for (const t of doc.terms) postingLists[t]!.push(id);
  };
  claims.forEach((c, ci) => {
    for (const [lang, text] of Object.entries(c.statement ?? {})) add(text, lang, ci, 'statement', null);
    for (const v of c.versions ?? []) add(v.quote, v.lang, ci, v.id, v.outletId);
  });
  // IDF counts claims, not documents: a claim told by five outlets repeats
  // its own distinctive words five times, which must not make them look common.
  const n = claims.length;
  const postings = postingLists.map((p) => Int32Array.from(p));
  const idf = new Float64Array(postings.length);
  for (let t = 0; t < postings.length; t++) {
    const list = postings[t]!;
    let df = 0;
    let lastClaim = -1;
    for (let i = 0; i < list.length; i++) {
      const c = docs[list[i]!]!.claim;
      if (c !== lastClaim) df++;
      lastClaim = c;
    }
    idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const claimEntities: { entity: number; doc: number }[][] = claims.map(() => []);
  docs.forEach((doc, d) => {
    for (const e of doc.entities) if (e >= 0) claimEntities[doc.claim]!.push({ entity: e, doc: d });
  });
  return { claimIds: claims.map((c) => c.id), docs, termIds, postings, idf, claimEntities, maxIdf: Math.log(1 + (n - 0.5) / 1.5) };
}
