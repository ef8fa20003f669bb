/**
 * Prior of the fitted model: the matcher's former hand-set score
 * (coverage x sentence coverage^0.5 x one factor per conflict or weakness,
 * reported from 0.32) written in log-linear form, logit = K * log(score / 0.32).
 * Fitting starts from it and is pulled towards it: where the training data
 * has no example (a North/South contradiction, a denial), the prior's
 * judgement stands; where it has, the data decides.
 */
import { F, FEATURE_COUNT, type FeatureName } from '@/utils/core/matching/model';

/** Slope of the prior's logit in log-score units. */
const K = 4;

const FACTORS: Partial<Record<FeatureName, number>> = {
  conflictCount: 0.25,
  conflictYear: 0.25,
  conflictMonth: 0.25,
  conflictDay: 0.25,
  missingFigure: 0.7,
  directionConflict: 0.1,
  // "Ukrainian soldiers" for "soldats nord-coréens": another subject.
  countrySubstituted: 0.2,
  negationMismatch: 0.8,
  denialMismatch: 0.3,
  thinEvidence: 0.4,
  onePhrase: 0.5,
  tooShort: 0.5,
  otherLanguage: 0.8,
  attributionConflict: 0.6,
  attributionAgreement: 1.15,
  coreWordMissing: 0.6,
  coreNameMissing: 0.8,
  coreNameReplaced: 0.5,
  // A shared name or figure alone was no match at all.
  noPlainShared: 0.01,
};

export function priorWeights(): Float64Array {
  const w = new Float64Array(FEATURE_COUNT);
  w[F.bias] = -K * Math.log(0.32);
  w[F.logCoverage] = K;
  w[F.logSentenceCoverage] = K * 0.5;
  for (const [name, factor] of Object.entries(FACTORS)) w[F[name as FeatureName]] = K * Math.log(factor);
  return w;
}

/**
 * Signs the fitted weights must keep (1: at least 0, -1: at most 0): a
 * sentence that shares more of the claim is never less likely to state it,
 * and a contradiction never makes it more likely. Without them the fit reads
 * selection effects as evidence (cross-language pairs are scored only when
 * they share a lot, so "other language" looked like a good sign).
 */
const SIGNS: Partial<Record<FeatureName, number>> = {
  coverage: 1, logCoverage: 1, logShare: 1, sentenceCoverage: 1, logSentenceCoverage: 1, figureAgrees: 1, plainShared: 1,
  subjectCoverage: 1, predicateCoverage: 1, subjectAndPredicate: 1, attributionAgreement: 1, bm25: 1, claimBm25: 1, bestDocBm25: 1, sharedPairs: 1,
  conflictCount: -1, conflictYear: -1, conflictMonth: -1, conflictDay: -1, missingFigure: -1, partialDate: -1,
  directionConflict: -1, negationMismatch: -1, denialMismatch: -1, thinEvidence: -1, onePhrase: -1, tooShort: -1, otherLanguage: -1, translatedShare: -1,
  noPlainShared: -1, namesMissing: -1, nameMissingShare: -1, nameSubstituted: -1, countrySubstituted: -1, attributionConflict: -1, coreWordMissing: -1, coreNameMissing: -1, coreNameReplaced: -1,
};

export function weightSigns(): Float64Array {
  const s = new Float64Array(FEATURE_COUNT);
  for (const [name, sign] of Object.entries(SIGNS)) s[F[name as FeatureName]] = sign;
  return s;
}
