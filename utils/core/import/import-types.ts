import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';

export type ImportFormat = 'recoupe-json' | 'web-annotation' | 'claimreview' | 'csv';

/** A record (or field) left out of the import, and why. */
export interface InvalidEntry {
  /** Where: "claims[3].statement", "row 12, column quote", "@graph[2].reviewRating". */
  position: string;
  reason: string;
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'too-many-records'
  | 'binary'
  | 'truncated'
  | 'malformed'
  | 'wrong-extension'
  | 'unknown-format'
  | 'unsupported-version';

/** Why a whole file was refused. `message` is written for the user. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** "line 3, column 17", "byte 1024", "header". */
  position?: string;
}

/** What a parser read from a file, normalised to Recoupe records. */
export interface ParsedImport {
  format: ImportFormat;
  outlets: Outlet[];
  claims: Claim[];
  versions: Version[];
  annotations: Annotation[];
  invalid: InvalidEntry[];
  /** ClaimReview: verdicts that could not be read as a status (those claims stay unverified). */
  unmappedVerdicts?: number;
}

export type ParseResult = { ok: true; value: ParsedImport } | { ok: false; error: ImportError };

export function fail(code: ImportErrorCode, message: string, position?: string): ParseResult {
  return { ok: false, error: position === undefined ? { code, message } : { code, message, position } };
}
