/**
 * Limits on imported files. Imports are untrusted: each limit stops a file that would freeze the
 * page, exhaust memory or overflow the stack. Documented in docs/recoupe-json-format.md.
 */
export const IMPORT_LIMITS = {
  /** Largest file read, in bytes (characters for text already decoded): 100 MiB. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Deepest nesting of JSON arrays/objects. Recoupe JSON needs 5; JSON-LD feeds about 10. */
  maxJsonDepth: 64,
  /** Most records (claims + versions + outlets + annotations, or CSV rows) in one file. */
  maxRecords: 1_000_000,
  /** Longest text field kept, in characters; longer values are recorded as invalid. */
  maxTextLength: 100_000,
  /** Longest id, in characters. */
  maxIdLength: 256,
  /** Invalid entries listed one by one; past this a single summary entry counts the rest. */
  maxInvalidListed: 1_000,
} as const;

/** Keys that could reach Object.prototype if a later step copied them naively: always stripped. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
