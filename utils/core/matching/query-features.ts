/**
 * What the matcher compares on the text side: the analysed sentence as index
 * term ids, with typed-array marks for fast membership tests while scoring.
 */
import type { Analysis } from './analyse-text';
import { figureTerm, type ClaimIndex } from './claim-index';
import { otherYearReading, type FigureKind } from './figures';
import { lookupsOf, termIdOf } from './word-terms';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { figureWeight, TUNING } from './tuning';
import { canBePerson, isCommonWord } from './person-names';
import { NOUNS_CAPITALISED } from './analyse-text';
import { NOT_LOOKED_UP, PageWordIds, type WordIds } from './page-word-ids';

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: readonly number[];
  unitEntities: readonly number[];
  /** Distinct stem ids and name ids of the text, in the order met: lists, where a set per text cost a scan more than all its look-ups (explaining, the core, a ranking) saved. */
  stems: readonly number[];
  entities: readonly number[];
  /** Stamp of this text in index.marks: marks.stem[t] === stamp when the text has stem t,
   *  marks.alt[t] === stamp when t translates one of its words. */
  stamp: number;
  /** Translated stems of unit i (other-language documents only): unitAlt[unitAltStart[i]..unitAltStart[i + 1]). */
  unitAlt: readonly number[];
  /** Per term of unitAlt, the bits of the languages whose documents it stands for (alt-languages.ts). */
  unitAltLang: readonly number[];
  unitAltStart: readonly number[];
  /** All translated stems, each once (for explanations), and the languages each stands for (alt-languages.ts). */
  altStems: readonly number[];
  altStemLangs: readonly number[];
  /** The preceding sentence's analysis, if any (see country-conflict.ts). */
  context: Analysis | undefined;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: readonly number[];
  /** Stems of the preceding sentence: what "they", "the bill" may refer to. */
  contextStems: readonly number[];
  /** Per person the text names (see person-names.ts), the unit of its last word (index of unitStems), or -1. */
  personUnits: number[];
  /** Units of the proper names of the text but its first word (capitalised anyway). */
  nameUnits: number[];
  figureKeys: ReadonlySet<string>;
  figureKinds: ReadonlySet<FigureKind>;
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

/** A text without figures: no set made for it. */
const NO_KEYS: ReadonlySet<string> = new Set();
const NO_KINDS: ReadonlySet<FigureKind> = new Set();

/** Per stamp counter (index.marks, which an edited index may share), the stamp of the text that last met each term. */
const termMarks = new WeakMap<ClaimIndex['marks'], Int32Array>();
function termMarksOf(marks: ClaimIndex['marks']): Int32Array {
  let mark = termMarks.get(marks);
  if (!mark) termMarks.set(marks, (mark = new Int32Array(marks.stem.length)));
  return mark;
}

/** Content weight of the text: its words (a word no claim uses weighs like
 *  the rarest) and its figures, at least minMass rarest words. */
function sentenceDenominator(stems: readonly number[], entities: readonly number[], altWeights: Float64Array, figureKeys: ReadonlySet<string>, index: ClaimIndex): number {
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

/** Scratch for queryFeatures (which reads it before it returns). The text's units are plain lists: a typed array of more than
 *  64 bytes, as slicing a scratch one made four of per text, has its storage outside the heap, slower to make and to free. */
let altWeightScratch = new Float64Array(256);

/**
 * `translateTo`: the other languages of the index's documents (see translationTargets), whose stems of
 * the text's words are marked too (see cross-language.ts); they count only
 * against documents in another language than the text's. `ids`, `contextIds`: where the text's and the
 * context's words are among their page's (PageWordIds), whose ids are then looked up once per page and
 * distinct word; a text without is its own page.
 */
export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis, translateTo: readonly LexiconLang[] = [], ids?: WordIds, contextIds?: WordIds): QueryFeatures {
  // Each once, by the marks stamped below: no set per text.
  const stems: number[] = [];
  const entities: number[] = [];
  const marks = index.marks;
  const stamp = ++marks.stamp;
  // The text's terms, each once, in the order first met: a stamp per term rather than a set per text.
  const termMark = termMarksOf(marks);
  const terms: number[] = [];
  const words = analysis.words;
  if (altWeightScratch.length < words.length) altWeightScratch = new Float64Array(2 * words.length);
  // Each word's stem and name slots (per page with `ids`), whose ids are looked up once: the units below read them again.
  const page = ids ? ids.page : new PageWordIds([analysis]);
  const from = ids ? ids.from : 0;
  const termId = termIdOf(index);
  // With other languages, a stem's id and its other-language terms come from one look-up.
  const lookups = translateTo.length > 0 ? lookupsOf(analysis.lang, translateTo, index) : undefined;
  const stemTerms = lookups?.terms;
  const { stemSlot, entitySlot, slotTerm } = page;
  for (let k = 0, at = from; k < words.length; k++, at++) {
    const w = words[k]!;
    if (w.stop) continue;
    const stemAt = stemSlot[at]!;
    let s = slotTerm[stemAt]!;
    if (s === NOT_LOOKED_UP) {
      const found = stemTerms?.(w.stem);
      slotTerm[stemAt] = s = found ? found.id : termId(w.stem);
      if (found) {
        page.slotAlt[stemAt] ??= found.alt;
        page.slotAltLangs[stemAt] ??= found.altLangs;
      }
    }
    if (s >= 0) {
      if (marks.stem[s] !== stamp) stems.push(s);
      marks.stem[s] = stamp;
      if (termMark[s] !== stamp) {
        termMark[s] = stamp;
        terms.push(s);
      }
    }
    const entityAt = entitySlot[at]!;
    let e = entityAt < 0 ? -1 : slotTerm[entityAt]!;
    if (e === NOT_LOOKED_UP) slotTerm[entityAt] = e = termId(w.entity);
    if (e >= 0) {
      if (marks.entity[e] !== stamp) entities.push(e);
      marks.entity[e] = stamp;
    }
  }
  const unitStems: number[] = [];
  const unitEntities: number[] = [];
  const unitAltStart = [0];
  const unitAlt: number[] = [];
  const unitAltLang: number[] = [];
  let units = 0;
  const altStems: number[] = [];
  const altWeights = altWeightScratch;
  // Scratch, created here rather than with the index: a stored index need not carry it.
  const alt = (marks.alt ??= new Int32Array(marks.stem.length));
  const altLang = (marks.altLang ??= new Int32Array(marks.stem.length));
  // A text's distinct stems, and each name's unit (its stem's), by their page slots stamped for this text.
  const { slotStamp, slotUnit, entityStamp, entityUnit } = page;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.stop) continue;
    const stemAt = stemSlot[from + k]!;
    const entityAt = entitySlot[from + k]!;
    const seen = slotStamp[stemAt] === stamp;
    if (entityAt >= 0 && entityStamp[entityAt] !== stamp) {
      entityStamp[entityAt] = stamp;
      entityUnit[entityAt] = seen ? slotUnit[stemAt]! : units;
    }
    if (seen) continue;
    slotStamp[stemAt] = stamp;
    slotUnit[stemAt] = units;
    unitStems.push(slotTerm[stemAt]!);
    unitEntities.push(entityAt < 0 ? -1 : slotTerm[entityAt]!);
    units++;
    let altWeight = 0;
    // Names too: French writes "nord-coréens" where English writes "North Korean".
    if (stemTerms) {
      // A page's word has one language: its runs' texts are in its sentence's (joinSentences).
      if (!page.slotAlt[stemAt]) {
        const found = stemTerms(w.stem);
        page.slotAlt[stemAt] = found.alt;
        page.slotAltLangs[stemAt] = found.altLangs;
      }
      const altTerms = page.slotAlt[stemAt]!;
      const altLangs = page.slotAltLangs[stemAt]!;
      for (let j = 0; j < altTerms.length; j++) {
        const t = altTerms[j]!;
        unitAlt.push(t);
        unitAltLang.push(altLangs[j]!);
        altWeight = Math.max(altWeight, index.termWeight[t]!);
        if (alt[t] !== stamp) {
          altStems.push(t);
          altLang[t] = altLangs[j]!;
        } else altLang[t] |= altLangs[j]!;
        alt[t] = stamp;
        if (termMark[t] !== stamp) {
          termMark[t] = stamp;
          terms.push(t);
        }
      }
    }
    unitAltStart.push(unitAlt.length);
    altWeights[units - 1] = altWeight;
  }
  // Marked too: scoring tests them for every unit of every candidate document.
  const contextEntity = (marks.contextEntity ??= new Int32Array(marks.entity.length));
  const contextStem = (marks.contextStem ??= new Int32Array(marks.stem.length));
  const contextWords = context?.words ?? [];
  // From the page's ids where the context is one of its sentences (it is scored before this text).
  const contextPage = contextIds?.page;
  const contextFrom = contextIds ? contextIds.from : 0;
  const contextEntities: number[] = [];
  const contextStems: number[] = [];
  for (let k = 0; k < contextWords.length; k++) {
    const w = contextWords[k]!;
    let e = -1;
    const entityAt = contextPage && w.entity ? contextPage.entitySlot[contextFrom + k]! : -1;
    if (entityAt >= 0) {
      e = contextPage!.slotTerm[entityAt]!;
      if (e === NOT_LOOKED_UP) contextPage!.slotTerm[entityAt] = e = termId(w.entity);
    } else if (w.entity) e = termId(w.entity);
    if (e >= 0) {
      if (contextEntity[e] !== stamp) contextEntities.push(e);
      contextEntity[e] = stamp;
    }
    let s = -1;
    if (!w.stop && contextPage) {
      const stemAt = contextPage.stemSlot[contextFrom + k]!;
      s = contextPage.slotTerm[stemAt]!;
      if (s === NOT_LOOKED_UP) contextPage.slotTerm[stemAt] = s = termId(w.stem);
    } else if (!w.stop) s = termId(w.stem);
    if (s >= 0) {
      if (contextStem[s] !== stamp) contextStems.push(s);
      contextStem[s] = stamp;
    }
  }
  // Places, peoples and institutions written in capitals are no one's statement.
  const persons = analysis.persons.filter((p) => canBePerson(p, analysis.lang));
  const figureKeys = analysis.figures.length ? new Set(analysis.figures.map((f) => f.key)) : NO_KEYS;
  // Marked too: docFeatures tests each figure of every candidate document.
  const figureMark = (marks.figure ??= new Int32Array(marks.stem.length));
  let countFigures = 0;
  for (const key of figureKeys) {
    if (key[0] === 'n') countFigures++;
    markFigure(termId(figureTerm(key)), stamp, termMark, figureMark, terms);
    // A year-like value in both readings, "2000" and "2 000", among the figures a document may share (only).
    const other = otherYearReading(key);
    if (other) markFigure(termId(figureTerm(other)), stamp, termMark, figureMark, terms);
  }
  return {
    analysis,
    context,
    stamp,
    unitAlt,
    unitAltLang,
    unitAltStart,
    altStems,
    altStemLangs: altStems.length > 0 ? altStems.map((t) => altLang[t]!) : altStems,
    unitStems,
    unitEntities,
    stems,
    entities,
    contextEntities,
    contextStems,
    personUnits: persons.map(([, last]) => {
      const at = page.slotOf(analysis.lang, last.entity);
      return at >= 0 && entityStamp[at] === stamp ? entityUnit[at]! : -1;
    }),
    nameUnits: nameUnitsOf(analysis, entitySlot, from, entityUnit),
    figureKeys,
    figureKinds: analysis.figures.length ? new Set(analysis.figures.map((f) => f.kind)) : NO_KINDS,
    countFigures,
    terms,
    nameTerms: entities.filter((e) => termMark[e] !== stamp),
    contextTerms: contextEntities.filter((e) => marks.entity[e] !== stamp && termMark[e] !== stamp),
    sentenceDenominator: sentenceDenominator(unitStems, unitEntities, altWeights, figureKeys, index),
  };
}

/** A figure's term (t, -1 when unknown) among the text's terms and its marked figures. Not a closure in queryFeatures: tsx names one each call. */
function markFigure(t: number, stamp: number, termMark: Int32Array, figureMark: Int32Array, terms: number[]): void {
  if (t < 0) return;
  if (termMark[t] !== stamp) terms.push(t);
  termMark[t] = figureMark[t] = stamp;
}

/** Units of the names of the text but its first word, each once, in the order of the words. */
function nameUnitsOf(analysis: Analysis, entitySlot: Int32Array, from: number, entityUnit: Int32Array): number[] {
  const out: number[] = [];
  const nouns = NOUNS_CAPITALISED.has(analysis.lang);
  for (let i = 1; i < analysis.words.length; i++) {
    const w = analysis.words[i]!;
    if (!w.entity || w.stop) continue;
    // A German noun ("Amtsenthebung") is capitalised, not a name: no subject the claim lacks.
    if (nouns && isCommonWord(w, analysis.lang)) continue;
    const unit = entityUnit[entitySlot[from + i]!]!;
    if (!out.includes(unit)) out.push(unit);
  }
  return out;
}
