/**
 * What the matcher compares on the text side: the analysed sentence as index
 * term ids, with typed-array marks for fast membership tests while scoring.
 */
import type { Analysis } from './analyse-text';
import { figureTerm, type ClaimIndex } from './claim-index';
import type { FigureKind } from './figures';
import { otherLanguageTerms, termIdOf } from './word-terms';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { figureWeight, TUNING } from './tuning';
import { canBePerson, isCommonWord } from './person-names';
import { NOUNS_CAPITALISED } from './analyse-text';
import { NOT_LOOKED_UP, type WordIds } from './page-word-ids';

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  stems: Set<number>;
  entities: Set<number>;
  /** Stamp of this text in index.marks: marks.stem[t] === stamp when the text has stem t,
   *  marks.alt[t] === stamp when t translates one of its words. */
  stamp: number;
  /** Translated stems of unit i (other-language documents only): unitAlt[unitAltStart[i]..unitAltStart[i + 1]). */
  unitAlt: Int32Array;
  unitAltStart: Int32Array;
  /** All translated stems (for explanations). */
  altStems: Set<number>;
  /** The preceding sentence's analysis, if any (see country-conflict.ts). */
  context: Analysis | undefined;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: Set<number>;
  /** Stems of the preceding sentence: what "they", "the bill" may refer to. */
  contextStems: Set<number>;
  /** Per person the text names (see person-names.ts), the unit of its last word (index of unitStems), or -1. */
  personUnits: number[];
  /** Units of the proper names of the text but its first word (capitalised anyway). */
  nameUnits: number[];
  figureKeys: Set<string>;
  figureKinds: Set<FigureKind>;
  /** How many of figureKeys are counts (kind n). */
  countFigures: number;
  /** Distinct index term ids of the text's stems and figures, for the postings walk. */
  terms: number[];
  /** Proper-name keys, walked for weight only: a name counts as one shared
   *  term through its stem already, and a name alone is no match. */
  nameTerms: number[];
  /** Names of the previous sentence, walked with a reduced weight (no hit counted). */
  contextTerms: number[];
  /** Denominator of the sentence-side coverage (see sentenceCoverage). */
  sentenceDenominator: number;
}

/** Per stamp counter (index.marks, which an edited index may share), the stamp of the text that last met each term. */
const termMarks = new WeakMap<ClaimIndex['marks'], Int32Array>();
function termMarksOf(marks: ClaimIndex['marks']): Int32Array {
  let mark = termMarks.get(marks);
  if (!mark) termMarks.set(marks, (mark = new Int32Array(marks.stem.length)));
  return mark;
}

/** Content weight of the text: its words (a word no claim uses weighs like
 *  the rarest) and its figures, at least minMass rarest words. */
function sentenceDenominator(stems: Int32Array, entities: Int32Array, altWeights: Float64Array, figureKeys: Set<string>, index: ClaimIndex): number {
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const e = entities[i]!;
    // A word known only through its translation weighs as the translation would.
    const alt = altWeights[i]!;
    total += s < 0 ? (alt > 0 ? alt : index.top * TUNING.unknownWordShare) : Math.max(index.termWeight[s]!, e >= 0 ? index.termWeight[e]! : 0, alt);
  }
  for (const key of figureKeys) total += figureWeight(key, index.top);
  return Math.max(total, TUNING.minMass * index.top);
}

/** Scratch for queryFeatures (which reads them before it returns): typed arrays made per text cost more than their look-ups saved. */
let unitStemScratch = new Int32Array(256);
let unitEntityScratch = new Int32Array(256);
let unitAltStartScratch = new Int32Array(257);
let unitAltScratch = new Int32Array(1024);
let altWeightScratch = new Float64Array(256);
/** Each word's ids, for a text that is no page's sentence (no WordIds). */
let textIdsScratch = { stem: new Int32Array(256), entity: new Int32Array(256), alt: undefined };

/**
 * `translateTo`: the other languages of the index's documents (see translationTargets), whose stems of
 * the text's words are marked too (see cross-language.ts); they count only
 * against documents in another language than the text's. `ids`, `contextIds`: where the text's and the
 * context's words are among their page's (PageWordIds), whose ids are then looked up once per page.
 */
export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis, translateTo: readonly LexiconLang[] = [], ids?: WordIds, contextIds?: WordIds): QueryFeatures {
  const stems = new Set<number>();
  const entities = new Set<number>();
  const marks = index.marks;
  const stamp = ++marks.stamp;
  // The text's terms, each once, in the order first met: a stamp per term rather than a set per text.
  const termMark = termMarksOf(marks);
  const terms: number[] = [];
  const words = analysis.words;
  if (unitStemScratch.length < words.length) {
    unitStemScratch = new Int32Array(2 * words.length);
    unitEntityScratch = new Int32Array(2 * words.length);
    unitAltStartScratch = new Int32Array(2 * words.length + 1);
    altWeightScratch = new Float64Array(2 * words.length);
  }
  // Each word's stem and name ids, looked up once (per page with `ids`): the units below read them again.
  if (!ids && textIdsScratch.stem.length < words.length) textIdsScratch = { stem: new Int32Array(2 * words.length), entity: new Int32Array(2 * words.length), alt: undefined };
  const page: { stem: Int32Array; entity: Int32Array; alt: (Int32Array | undefined)[] | undefined } = ids ? ids.page : textIdsScratch;
  const from = ids ? ids.from : 0;
  if (!ids) {
    page.stem.fill(NOT_LOOKED_UP, 0, words.length);
    page.entity.fill(NOT_LOOKED_UP, 0, words.length);
  }
  const termId = termIdOf(index);
  const wordStem = page.stem;
  const wordEntity = page.entity;
  for (let k = 0, at = from; k < words.length; k++, at++) {
    const w = words[k]!;
    if (w.stop) {
      wordStem[at] = -1;
      wordEntity[at] = -1;
      continue;
    }
    let s = wordStem[at]!;
    if (s === NOT_LOOKED_UP) wordStem[at] = s = termId(w.stem);
    if (s >= 0) {
      stems.add(s);
      marks.stem[s] = stamp;
      if (termMark[s] !== stamp) {
        termMark[s] = stamp;
        terms.push(s);
      }
    }
    let e = wordEntity[at]!;
    if (e === NOT_LOOKED_UP) wordEntity[at] = e = w.entity ? termId(w.entity) : -1;
    if (e >= 0) {
      entities.add(e);
      marks.entity[e] = stamp;
    }
  }
  // Filled in scratch, then copied: one typed array each instead of a growing list copied again.
  const unitStemList = unitStemScratch;
  const unitEntityList = unitEntityScratch;
  const unitAltStartList = unitAltStartScratch;
  let units = 0;
  unitAltStartList[0] = 0;
  let unitAlt = unitAltScratch;
  let alts = 0;
  const altStems = new Set<number>();
  const altWeights = altWeightScratch;
  // Scratch, created here rather than with the index: a stored index need not carry it.
  const alt = (marks.alt ??= new Int32Array(marks.stem.length));
  const seenStem = new Map<string, number>();
  const unitOfEntity = new Map<string, number>();
  const others = translateTo.length > 0 ? otherLanguageTerms(analysis.lang, translateTo, index) : undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.entity && !w.stop && !unitOfEntity.has(w.entity)) unitOfEntity.set(w.entity, seenStem.get(w.stem) ?? units);
    if (w.stop || seenStem.has(w.stem)) continue;
    seenStem.set(w.stem, units);
    unitStemList[units] = wordStem[from + k]!;
    unitEntityList[units] = wordEntity[from + k]!;
    units++;
    let altWeight = 0;
    // Names too: French writes "nord-coréens" where English writes "North Korean".
    if (others) {
      // A page's word has one language: its runs' texts are in its sentence's (joinSentences).
      const altTerms = page.alt ? (page.alt[from + k] ??= others(w.stem)) : others(w.stem);
      if (alts + altTerms.length > unitAlt.length) {
        const grown = new Int32Array(2 * (alts + altTerms.length));
        grown.set(unitAlt.subarray(0, alts));
        unitAlt = unitAltScratch = grown;
      }
      for (let j = 0; j < altTerms.length; j++) {
        const t = altTerms[j]!;
        unitAlt[alts++] = t;
        altWeight = Math.max(altWeight, index.termWeight[t]!);
        alt[t] = stamp;
        altStems.add(t);
        if (termMark[t] !== stamp) {
          termMark[t] = stamp;
          terms.push(t);
        }
      }
    }
    unitAltStartList[units] = alts;
    altWeights[units - 1] = altWeight;
  }
  const unitStems = unitStemList.slice(0, units);
  const unitEntities = unitEntityList.slice(0, units);
  // Marked too: scoring tests them for every unit of every candidate document.
  const contextEntity = (marks.contextEntity ??= new Int32Array(marks.entity.length));
  const contextStem = (marks.contextStem ??= new Int32Array(marks.stem.length));
  const contextWords = context?.words ?? [];
  // From the page's ids where the context is one of its sentences (it is scored before this text).
  const contextPage = contextIds?.page;
  const contextFrom = contextIds ? contextIds.from : 0;
  const contextEntities = new Set<number>();
  for (let k = 0; k < contextWords.length; k++) {
    const w = contextWords[k]!;
    let e = -1;
    if (w.entity && contextPage && !w.stop) {
      e = contextPage.entity[contextFrom + k]!;
      if (e === NOT_LOOKED_UP) contextPage.entity[contextFrom + k] = e = termId(w.entity);
    } else if (w.entity) e = termId(w.entity);
    if (e >= 0) {
      contextEntities.add(e);
      contextEntity[e] = stamp;
    }
  }
  const contextStems = new Set<number>();
  for (let k = 0; k < contextWords.length; k++) {
    const w = contextWords[k]!;
    let s = -1;
    if (!w.stop && contextPage) {
      s = contextPage.stem[contextFrom + k]!;
      if (s === NOT_LOOKED_UP) contextPage.stem[contextFrom + k] = s = termId(w.stem);
    } else if (!w.stop) s = termId(w.stem);
    if (s >= 0) {
      contextStems.add(s);
      contextStem[s] = stamp;
    }
  }
  // Places, peoples and institutions written in capitals are no one's statement.
  const persons = analysis.persons.filter((p) => canBePerson(p, analysis.lang));
  const figureKeys = new Set(analysis.figures.map((f) => f.key));
  // Marked too: docFeatures tests each figure of every candidate document.
  const figureMark = (marks.figure ??= new Int32Array(marks.stem.length));
  let countFigures = 0;
  for (const key of figureKeys) {
    if (key[0] === 'n') countFigures++;
    const t = termId(figureTerm(key));
    if (t >= 0) {
      if (termMark[t] !== stamp) {
        termMark[t] = stamp;
        terms.push(t);
      }
      figureMark[t] = stamp;
    }
  }
  return {
    analysis,
    context,
    stamp,
    unitAlt: unitAlt.slice(0, alts),
    unitAltStart: unitAltStartList.slice(0, units + 1),
    altStems,
    unitStems,
    unitEntities,
    stems,
    entities,
    contextEntities,
    contextStems,
    personUnits: persons.map(([, last]) => unitOfEntity.get(last.entity) ?? -1),
    nameUnits: nameUnitsOf(analysis, unitOfEntity),
    figureKeys,
    figureKinds: new Set(analysis.figures.map((f) => f.kind)),
    countFigures,
    terms,
    nameTerms: [...entities].filter((e) => termMark[e] !== stamp),
    contextTerms: [...contextEntities].filter((e) => !entities.has(e) && termMark[e] !== stamp),
    sentenceDenominator: sentenceDenominator(unitStems, unitEntities, altWeights, figureKeys, index),
  };
}

/** Units of the names of the text but its first word, each once, in the order of the words. */
function nameUnitsOf(analysis: Analysis, unitOfEntity: Map<string, number>): number[] {
  const out: number[] = [];
  const nouns = NOUNS_CAPITALISED.has(analysis.lang);
  for (let i = 1; i < analysis.words.length; i++) {
    const w = analysis.words[i]!;
    if (!w.entity || w.stop) continue;
    // A German noun ("Amtsenthebung") is capitalised, not a name: no subject the claim lacks.
    if (nouns && isCommonWord(w, analysis.lang)) continue;
    const unit = unitOfEntity.get(w.entity)!;
    if (!out.includes(unit)) out.push(unit);
  }
  return out;
}
