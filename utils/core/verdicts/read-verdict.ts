import type { Status } from '@/utils/core/statuses';
import { alternativeVerdicts, bracketedVerdict, leadingVerdict, verdictKey } from '@/utils/core/verdicts/verdict-key';
import { statusFromPhrase } from '@/utils/core/verdicts/verdict-phrases';
import { lookupKey } from '@/utils/core/verdicts/verdict-table';

export { conflictingLabels, setVerdictSource } from '@/utils/core/verdicts/verdict-table';

/**
 * The status a published verdict label means, if it is known: the label itself ("Plutôt faux",
 * "really_false", "錯誤"), or a sentence read by its first words up to the first stop
 * ("FALSO: As imagens…", "Faux. Cette photo…"), or either of two wordings ("Lajm i rrejshëm / i pavërtetë"). A Recoupe status key ("partly-true") counts too.
 */
export function statusFromLabel(label: string): Status | undefined {
  const parts = [label, bracketedVerdict(label), leadingVerdict(label), ...(alternativeVerdicts(label) ?? [])].filter((p): p is string => p !== undefined);
  for (const part of parts) {
    const status = lookupKey(verdictKey(part));
    if (status) return status;
  }
  // Then by the words: the bracket and the first sentence before the whole label.
  for (const part of parts.reverse()) {
    const status = statusFromPhrase(part);
    if (status) return status;
  }
  return undefined;
}

export interface RatingInput {
  labels: string[];
  value?: number;
  best?: number;
  worst?: number;
}

export interface RatingOutcome {
  status: Status;
  /** How the status was found: from a label, from the value on its scale, or not at all (left unverified). */
  via: 'label' | 'value' | 'not-rated' | 'unmapped';
}

/** True when the outcome carries the fact-checker's verdict (a label or a value that was understood). */
export function isUnderstood(outcome: RatingOutcome): boolean {
  return outcome.via === 'label' || outcome.via === 'value';
}

/**
 * Label first (it is what the fact-checker wrote), then the value on its own scale, which may run
 * either way (bestRating 1, worstRating 5). -1 means "not rated". A missing end of the scale is
 * schema.org's default (bestRating 5, worstRating 1); a value off its scale is not read.
 */
export function ratingToStatus(input: RatingInput): RatingOutcome {
  for (const label of input.labels) {
    const status = statusFromLabel(label);
    if (status) return { status, via: 'label' };
  }
  const { value } = input;
  if (value === undefined || !Number.isFinite(value)) return { status: 'unverified', via: 'unmapped' };
  if (value === -1) return { status: 'unverified', via: 'not-rated' };
  // schema.org's defaults: a rating without bestRating is out of 5, without worstRating from 1 (Aos Fatos
  // publishes "bestRating": 6 alone).
  let best = input.best !== undefined && Number.isFinite(input.best) ? input.best : 5;
  let worst = input.worst !== undefined && Number.isFinite(input.worst) ? input.worst : 1;
  // A scale of one point says nothing: the common one.
  if (best === worst) [best, worst] = [5, 1];
  const share = (value - worst) / (best - worst);
  if (share < 0 || share > 1) return { status: 'unverified', via: 'unmapped' };
  if (share < 0.2) return { status: 'false', via: 'value' };
  if (share < 0.45) return { status: 'misleading', via: 'value' };
  if (share < 0.85) return { status: 'partly-true', via: 'value' };
  return { status: 'confirmed', via: 'value' };
}
