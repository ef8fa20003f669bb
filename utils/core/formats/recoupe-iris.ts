/**
 * IRIs that name Recoupe records inside W3C and schema.org exports, so that an import can find the
 * record again: `urn:recoupe:claim:<id>`, `urn:recoupe:version:<id>`, … (id percent-encoded).
 */
export type RecoupeKind = 'claim' | 'version' | 'annotation' | 'outlet' | 'export';

export function recoupeIri(kind: RecoupeKind, id: string): string {
  return `urn:recoupe:${kind}:${encodeURIComponent(id)}`;
}

/** The id inside a Recoupe IRI of that kind, or undefined when the value is anything else. */
export function parseRecoupeIri(kind: RecoupeKind, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const prefix = `urn:recoupe:${kind}:`;
  if (!value.startsWith(prefix)) return undefined;
  try {
    const id = decodeURIComponent(value.slice(prefix.length));
    return id.length > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}
