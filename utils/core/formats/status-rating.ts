import { STATUS_STYLES, type Status } from '@/utils/core/statuses';

/** Numeric scale used in ClaimReview exports: 1 (worst, false) to 5 (best, confirmed). */
export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

/** Statuses that sit on the true/false scale. Unverified and disputed are not a degree of truth. */
const STATUS_VALUE: Partial<Record<Status, number>> = {
  false: 1,
  misleading: 2,
  'partly-true': 3,
  confirmed: 5,
};

export interface ExportRating {
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export function statusToRating(status: Status, lang: string): ExportRating {
  const alternateName = STATUS_STYLES[status].label[lang.startsWith('fr') ? 'fr' : 'en'];
  const value = STATUS_VALUE[status];
  if (value === undefined) return { alternateName };
  return { alternateName, ratingValue: value, ...RATING_SCALE };
}

/** Lower-case, no accents, no punctuation: "Pants on Fire!" -> "pants on fire". */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Verdict labels seen in fact-check feeds (English and French), normalised, and their status. */
const LABELS: Record<string, Status> = {};
function add(status: Status, labels: string[]): void {
  for (const label of labels) LABELS[normaliseLabel(label)] = status;
}
add('false', [
  'False', 'Faux', 'Fake', 'Pants on fire', 'Pants on fire!', 'Four Pinocchios', 'Incorrect', 'Wrong',
  'Fabricated', 'Hoax', 'Inexact', 'Faux et trompeur', 'Totalement faux', 'Intox', 'Infondé', 'Baseless',
  'Not true', 'Completely false', 'Mostly false', 'Plutôt faux', 'Largement faux', 'False claim',
]);
add('misleading', [
  'Misleading', 'Trompeur', 'Missing context', 'Manque de contexte', 'Out of context', 'Hors contexte',
  'Exaggerated', 'Exagéré', 'Distorted', 'Déformé', 'Spin', 'Cherry picks', 'Partly false',
  'Partiellement faux', 'Three Pinocchios', 'Two Pinocchios', 'Manipulated', 'Altered', 'Satire',
]);
add('partly-true', [
  'Half true', 'Half-true', 'Partly true', 'Partially true', 'En partie vrai', 'Partiellement vrai',
  'À moitié vrai', 'Mixture', 'Mixed', 'Mostly true', 'Plutôt vrai', 'One Pinocchio', 'Imprecise',
  'Imprécis', 'Needs context', 'Accurate with caveats',
]);
add('confirmed', [
  'True', 'Vrai', 'Correct', 'Accurate', 'Confirmed', 'Confirmé', 'Verified', 'Vérifié', 'Exact',
  'Geppetto checkmark', 'Legit', 'Correct attribution',
]);
add('disputed', ['Disputed', 'Contesté', 'Controversial', 'Controversé', 'Debated', 'In dispute']);
add('unverified', [
  'Unverified', 'Non vérifié', 'Unproven', 'Unsupported', 'Unsubstantiated', 'Non prouvé',
  'Invérifiable', 'Unverifiable', 'No evidence', 'Pas de preuve', 'Research in progress',
  'Not rated', 'Non noté', 'Undetermined', 'Indéterminé', 'Too early to tell',
]);

/**
 * The status a verdict label means, if the label is known. Feeds often write a sentence after the
 * verdict ("False. The photo dates from 2015"): the part before the first stop counts too.
 */
export function statusFromLabel(label: string): Status | undefined {
  const key = normaliseLabel(label);
  if (Object.hasOwn(LABELS, key)) return LABELS[key];
  const lead = normaliseLabel(label.split(/[.:;!?(\u2013\u2014]|\s-\s/)[0] ?? '');
  if (lead && Object.hasOwn(LABELS, lead)) return LABELS[lead];
  // Also accept a Recoupe status key ("partly-true") written as such.
  const asKey = key.replace(/ /g, '-');
  return Object.hasOwn(STATUS_VALUE, asKey) || asKey === 'unverified' || asKey === 'disputed' ? (asKey as Status) : undefined;
}

export interface RatingInput {
  labels: string[];
  value?: number;
  best?: number;
  worst?: number;
}

export interface RatingOutcome {
  status: Status;
  /** How the status was found: from a label, from the normalised value, or not at all (left unverified). */
  via: 'label' | 'value' | 'not-rated' | 'unmapped';
}

/**
 * Label first (it is what the fact-checker wrote), then the value on its own scale, which may be
 * inverted (bestRating 1, worstRating 5). -1 means "not rated". A value without a scale is read on
 * the common 1-5 scale only when it fits there.
 */
export function ratingToStatus(input: RatingInput): RatingOutcome {
  for (const label of input.labels) {
    const status = statusFromLabel(label);
    if (status) return { status, via: 'label' };
  }
  const { value } = input;
  if (value === undefined || !Number.isFinite(value)) return { status: 'unverified', via: 'unmapped' };
  if (value === -1) return { status: 'unverified', via: 'not-rated' };
  let { best, worst } = input;
  if (best === undefined || worst === undefined || best === worst || !Number.isFinite(best) || !Number.isFinite(worst)) {
    if (value < 1 || value > 5) return { status: 'unverified', via: 'unmapped' };
    best = 5;
    worst = 1;
  }
  const share = (value - worst) / (best - worst);
  if (share < 0 || share > 1) return { status: 'unverified', via: 'unmapped' };
  if (share < 0.2) return { status: 'false', via: 'value' };
  if (share < 0.45) return { status: 'misleading', via: 'value' };
  if (share < 0.85) return { status: 'partly-true', via: 'value' };
  return { status: 'confirmed', via: 'value' };
}
