import type { Outlet } from '@/utils/core/model';

/**
 * A stable 64-bit hex digest (two FNV-1a lanes) for ids of records that arrive without one, so that
 * importing the same file twice finds duplicates instead of making copies. Not cryptographic.
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Host of an http(s) URL without a leading "www.", lower case. */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** Prefix of outlet ids made from a host name; planImport maps them to a local outlet with that domain. */
export const HOST_OUTLET_PREFIX = 'web:';

/** An outlet for a page whose outlet is not named in the file: its host. */
export function outletForUrl(url: string, name?: string): Outlet {
  const host = hostOf(url);
  return { id: `${HOST_OUTLET_PREFIX}${host}`, name: name?.trim() || host, domains: [host], origin: 'import' };
}

/** Collects outlets by id, first one wins. */
export class OutletSet {
  private readonly byId = new Map<string, Outlet>();
  add(outlet: Outlet): string {
    if (!this.byId.has(outlet.id)) this.byId.set(outlet.id, outlet);
    return outlet.id;
  }
  list(): Outlet[] {
    return [...this.byId.values()];
  }
}
