/** Explanations of a match: what the text and the matched document share. */
import { analyseText } from './analyse-text';
import { contentUnits, type ClaimIndex, type IndexedDoc } from './claim-index';
import type { QueryFeatures } from './query-features';

export interface DocExplanation {
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
}


/** What the text and the document share, in the document's own words. */
export function explainDoc(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex): DocExplanation {
  const sharedTerms: string[] = [];
  const sharedEntities: string[] = [];
  // Re-analysing the one matched document is cheaper than keeping every
  // document's surfaces in memory; analysis is deterministic, so units line up.
  const units = contentUnits(analyseText(doc.text, doc.lang));
  units.forEach((unit, i) => {
    const u = doc.unitStart + i;
    const stem = index.unitStems[u]!;
    const entity = index.unitEntities[u]!;
    if (!q.stems.has(stem) && !(entity >= 0 && q.entities.has(entity))) return;
    (entity >= 0 ? sharedEntities : sharedTerms).push(unit.surface);
  });
  const sharedFigures = doc.figures.filter((f) => q.figureKeys.has(f.key)).map((f) => f.surface);
  return { sharedTerms, sharedFigures, sharedEntities };
}
