/**
 * Named sets of ranking features that scripts/cv-ranking.ts compares by
 * cross-validation; `npm run fit` fits the one named in scripts/fit-model.ts.
 */
import { FEATURES, RANK_FEATURES, type RankFeatureName } from '@/utils/core/matching/model';

const DECISION = [...FEATURES] as RankFeatureName[];
const RELATIVE: RankFeatureName[] = ['relClaimBm25', 'relDocBm25', 'relLogit'];
const LEXICAL: RankFeatureName[] = ['claimShare', 'textShare', 'statementBm25', 'versionBm25', 'bm25Place'];

const without = (names: RankFeatureName[], drop: RankFeatureName) => names.filter((n) => n !== drop);

export const RANK_FEATURE_SETS: Record<string, readonly RankFeatureName[]> = {
  /** The features of the first fitted ranking. */
  decisionAndRelative: [...DECISION, ...RELATIVE],
  all: [...RANK_FEATURES],
  ...Object.fromEntries(LEXICAL.map((n) => [`all-${n}`, without([...RANK_FEATURES], n)])),
};
