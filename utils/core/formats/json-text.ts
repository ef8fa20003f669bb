/** Exports up to this many records are indented for people to read; larger ones are compact. */
export const PRETTY_MAX_RECORDS = 5_000;

/** JSON text, indented only for small exports so that large ones stay under the import size limit. */
export function jsonText(value: unknown, records: number, pretty?: boolean): string {
  return JSON.stringify(value, null, (pretty ?? records <= PRETTY_MAX_RECORDS) ? 2 : undefined);
}
