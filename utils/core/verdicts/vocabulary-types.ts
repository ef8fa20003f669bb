import type { Status } from '@/utils/core/statuses';

/** Published verdict labels by the status they mean. */
export type VerdictTable = Partial<Record<Status, string[]>>;

/** The words that qualify a verdict in a label (verdict-qualifiers.ts): comma-separated lists, and Han-script prefixes. */
export interface VerdictQualifiers {
  same: string;
  mostly: string;
  partly: string;
  not: string;
  but: string;
  compoundPartly: string;
  hanPartly: string[];
  hanMostly: string[];
}

/** What the extension's published-label file holds (bundled-verdicts.ts). */
export interface VerdictData {
  tables: VerdictTable[];
  qualifiers: VerdictQualifiers;
}

/**
 * Verdict and qualifier words of other languages taken from bilingual dictionaries
 * (dictionary-verdicts.json, built by scripts/build-verdict-words.ts): read after the published labels.
 */
export interface DictionaryVerdicts {
  table: VerdictTable;
  partly: string[];
  mostly: string[];
  not: string[];
}
