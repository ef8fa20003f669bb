import type { RecoupeDb } from '@/utils/store/db';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import type { Annotation, Claim, Version } from '@/utils/core/model';
import { queryClaims, type LibraryQuery } from '@/utils/store/library-query';
import { pageKeyVariants, siteHost } from '@/utils/core/page-identity';
import { versionsAtUrls, versionsOfClaims } from '@/utils/store/version-lookups';

/** What part of the library an export writes. */
export type ExportScope =
  | { kind: 'all' }
  /** The library's current search and filters (paging ignored: every match). */
  | { kind: 'query'; query: Omit<LibraryQuery, 'offset' | 'limit'> }
  /** Given claims with all their versions and annotations, plus the claims of the given annotations. */
  | { kind: 'claims'; claimIds: string[]; annotationIds?: string[]; label: string }
  /** The versions and annotations whose URL is this page's, with their claims and outlets. */
  | { kind: 'page'; url: string };

/** The part of the file name that says what was exported: `recoupe-YYYY-MM-DD-<this>.ext`. */
export function scopeFileLabel(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'query':
      return 'search';
    case 'claims':
      return scope.label;
    case 'page':
      return `page-${siteHost(scope.url) || 'page'}`;
  }
}

const isPresent = <T>(x: T | undefined): x is T => x !== undefined;

/** Claims (given ids) with every version and annotation of theirs, and the outlets those versions name. */
async function claimsWithRecords(db: RecoupeDb, claimIds: string[]): Promise<ExportSelection> {
  const ids = [...new Set(claimIds)];
  const claims = (await db.claims.bulkGet(ids)).filter(isPresent);
  const found = claims.map((c) => c.id);
  const versions = await versionsOfClaims(db, found);
  const annotations = await db.annotations.where('claimId').anyOf(found).toArray();
  return withOutlets(db, claims, versions, annotations);
}

async function withOutlets(db: RecoupeDb, claims: Claim[], versions: Version[], annotations: Annotation[]): Promise<ExportSelection> {
  const outletIds = [...new Set(versions.map((v) => v.outletId))];
  const outlets = (await db.outlets.bulkGet(outletIds)).filter(isPresent);
  return { outlets, claims, versions, annotations };
}

async function pageSelection(db: RecoupeDb, url: string): Promise<ExportSelection> {
  // The same page written with or without its trailing slash or fragment: stored URLs vary.
  const urls = pageKeyVariants(url.trim());
  const versions = await versionsAtUrls(db, urls);
  const annotations = await db.annotations.where('url').anyOf(urls).toArray();
  const claimIds = [...new Set([...versions, ...annotations].map((r) => r.claimId))];
  // Only this page's versions: the file then re-imports as exactly what the page holds.
  const claims = (await db.claims.bulkGet(claimIds)).filter(isPresent);
  return withOutlets(db, claims, versions, annotations);
}

async function querySelection(db: RecoupeDb, query: Omit<LibraryQuery, 'offset' | 'limit'>): Promise<ExportSelection> {
  const { total } = await queryClaims(db, { ...query, offset: 0, limit: 1 });
  if (total === 0) return { outlets: [], claims: [], versions: [], annotations: [] };
  const { items } = await queryClaims(db, { ...query, offset: 0, limit: total });
  return claimsWithRecords(db, items.map((i) => i.claim.id));
}

/** Reads the records of a scope from the database, in one read transaction so they agree with each other. */
export async function selectionFor(db: RecoupeDb, scope: ExportScope): Promise<ExportSelection> {
  if (scope.kind === 'query' && !Object.values(scope.query).some((v) => v !== undefined && v !== '')) {
    return selectionFor(db, { kind: 'all' });
  }
  return db.transaction('r', db.tables, async () => {
    switch (scope.kind) {
      case 'all': {
        const [outlets, claims, versions, annotations] = await Promise.all([
          db.outlets.toArray(),
          db.claims.toArray(),
          db.versions.toArray(),
          db.annotations.toArray(),
        ]);
        return { outlets, claims, versions, annotations };
      }
      case 'query':
        return querySelection(db, scope.query);
      case 'claims': {
        const fromAnnotations = (await db.annotations.bulkGet(scope.annotationIds ?? [])).filter(isPresent).map((a) => a.claimId);
        return claimsWithRecords(db, [...scope.claimIds, ...fromAnnotations]);
      }
      case 'page':
        return pageSelection(db, scope.url);
    }
  });
}

/** How many records a selection holds. */
export function selectionSize(s: ExportSelection): number {
  return s.claims.length + s.versions.length + s.annotations.length + s.outlets.length;
}
