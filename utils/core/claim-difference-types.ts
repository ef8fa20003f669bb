/**
 * What comparing the versions of one claim gives (claim-differences.ts), in a file of its own: the card's
 * message (utils/protocol/card-data.ts) carries these, and the background, which builds it, loads the
 * comparison only when a card is opened (utils/core/facts/facts-reader.ts).
 */

/** 'hedge': the versions agree on a figure and word its precision differently ("about" vs "nearly"). */
export type FactKind = 'figure' | 'hedge' | 'place' | 'attribution' | 'date';

/** One fact a version states, and whether other versions of the same claim state it otherwise. */
export interface FactMark {
  kind: FactKind;
  /** Comparison key: equal keys mean the same fact across outlets and spellings. */
  key: string;
  /** As the version states it. */
  label: string;
  differs: boolean;
}

export interface FactDifference {
  kind: FactKind;
  /** The distinct values, each with the versions that state it. */
  values: { key: string; label: string; versionIds: string[] }[];
}
