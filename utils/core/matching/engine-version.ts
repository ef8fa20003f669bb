/**
 * What a stored index was made by. A stored index is the output of text analysis (stems, names,
 * figures): it is valid only for the analysis that made it. Its stamp names the engine version
 * (bump ENGINE_VERSION when analysis changes), the stored layout and the fitted weights (a refit
 * usually comes with analysis changes); and since a bump is easy to forget, analysisUnchanged
 * re-analyses a few stored texts at load and compares.
 */
import weightsFile from './model-weights.json';
import { analyseText } from './analyse-text';
import { contentUnits, figureTerm, type ClaimIndex } from './claim-index';
import { docDenominatorOf } from './assemble-index';
import { SERIALISED_FORMAT } from './serialise-index';
import { TUNING } from './tuning';

/** Bump when analyseText, contentUnits or the documents' fields change meaning. */
export const ENGINE_VERSION = 5;

/** FNV-1a over a string, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

let stamp: string | undefined;

export function engineStamp(): string {
  // TUNING weighs the stored denominators: a retune rebuilds.
  stamp ??= `engine ${ENGINE_VERSION}, format ${SERIALISED_FORMAT}, weights ${hash(JSON.stringify(weightsFile))}, tuning ${hash(JSON.stringify(TUNING))}`;
  return stamp;
}

/** Documents checked at load: enough to catch a changed stemmer or stop list, few enough to cost a millisecond. */
const SAMPLES = 24;

/** The spread of documents analysisUnchanged reads again, by number. */
function sampledDocs(index: ClaimIndex, samples: number): number[] {
  const step = Math.max(1, Math.floor(index.docs.length / samples));
  const out: number[] = [];
  for (let d = 0; d < index.docs.length; d += step) out.push(d);
  return out;
}

/** The languages analysisUnchanged analyses in: their data must be loaded first. */
export function sampledLanguages(index: ClaimIndex, samples = SAMPLES): Set<string> {
  return new Set(sampledDocs(index, samples).map((d) => index.docs.at(d)!.lang));
}

/** Whether analysing a spread of the index's documents again gives the units, figures, cues and denominators it holds. */
export function analysisUnchanged(index: ClaimIndex, samples = SAMPLES): boolean {
  for (const d of sampledDocs(index, samples)) {
    const doc = index.docs.at(d)!;
    const analysis = analyseText(doc.text, doc.lang);
    const units = contentUnits(analysis);
    if (units.length !== doc.unitEnd - doc.unitStart || analysis.negated !== doc.negated || analysis.lang !== doc.lang) return false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (index.termIds.get(u.stem) !== index.unitStems[doc.unitStart + i]) return false;
      if ((u.entity ? index.termIds.get(u.entity) : -1) !== index.unitEntities[doc.unitStart + i]) return false;
    }
    const keys = new Set(analysis.figures.map((f) => f.key));
    if (keys.size !== doc.figures.length || doc.figures.some((f) => !keys.has(f.key) || !index.termIds.has(figureTerm(f.key)))) return false;
    if (analysis.directions.size !== doc.directions.size || [...analysis.directions].some((x) => !doc.directions.has(x))) return false;
    // The stored denominators were weighed by the code that stored them: weigh them again.
    const figureKeys = doc.figures.map((f) => f.key);
    if (docDenominatorOf(index, doc.unitStart, doc.unitEnd, figureKeys, 0, figureKeys.length) !== index.docDenominator[d]) return false;
  }
  return true;
}
