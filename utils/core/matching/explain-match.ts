/** Explanations of a match: what the text and the matched document share. */
import { analyseText } from './analyse-text';
import { contentUnits, type ClaimIndex, type IndexedDoc } from './claim-index';
import type { QueryFeatures } from './query-features';

export interface DocExplanation {
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
  contradictedFigures: { text: string; claim: string }[];
  negationDiffers: boolean;
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
    const translated = doc.lang !== q.analysis.lang && q.altStems.has(stem);
    if (!q.stems.has(stem) && !(entity >= 0 && q.entities.has(entity)) && !translated) return;
    (entity >= 0 ? sharedEntities : sharedTerms).push(unit.surface);
  });
  const sharedFigures = doc.figures.filter((f) => q.figureKeys.has(f.key)).map((f) => f.surface);
  // A figure contradicts when both give one of a kind (count, year, month,
  // day) and none of that kind agrees: "11,000" against "10,000".
  const contradictedFigures: { text: string; claim: string }[] = [];
  for (const f of doc.figures) {
    if (q.figureKeys.has(f.key) || doc.figures.some((g) => g.kind === f.kind && q.figureKeys.has(g.key))) continue;
    const other = q.analysis.figures.find((g) => g.kind === f.kind);
    if (other) contradictedFigures.push({ text: other.surface, claim: f.surface });
  }
  return { sharedTerms, sharedFigures, sharedEntities, contradictedFigures, negationDiffers: doc.negated !== q.analysis.negated };
}
