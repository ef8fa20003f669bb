import type { MatchExplanation } from '@/utils/core/matching';
import type { MatchWhy } from '@/utils/protocol/messages';

const MAX_ITEMS = 12;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((x): x is string => typeof x === 'string'))].slice(0, MAX_ITEMS) : [];
}

/**
 * The engine's explanation as the reader is shown it. Whatever the engine says the sentence contradicts
 * (any list field named for conflicts or contradictions) is passed on as well.
 */
export function matchWhy(explanation: MatchExplanation): MatchWhy {
  const fields = explanation as unknown as Record<string, unknown>;
  const contradicts = Object.keys(fields)
    .filter((k) => /conflict|contradict/i.test(k))
    .flatMap((k) => strings(fields[k]));
  return {
    names: strings(explanation.sharedEntities),
    figures: strings(explanation.sharedFigures),
    words: strings(explanation.sharedTerms),
    contradicts: [...new Set(contradicts)].slice(0, MAX_ITEMS),
  };
}
