import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';

let n = 0;
/** A fresh, empty database per test (fake-indexeddb). */
export function freshDb(): RecoupeDb {
  n += 1;
  return openDb(`library-test-${n}-${Math.random().toString(36).slice(2)}`);
}

const T0 = '2026-01-01T00:00:00.000Z';

export function claim(id: string, over: Partial<Claim> = {}): Claim {
  const status: Status = over.status ?? 'unverified';
  return {
    id,
    statement: { en: `Statement ${id}` },
    status,
    statusReason: 'Initial reason',
    statusDate: T0,
    statusHistory: [{ status, reason: 'Initial reason', date: T0, by: 'starter-data' }],
    tags: [],
    origin: 'user',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function version(id: string, claimId: string, over: Partial<Version> = {}): Version {
  return {
    id,
    claimId,
    outletId: 'outlet-a',
    url: `https://example.org/${id}`,
    title: `Title ${id}`,
    publishedAt: '2024-10-20',
    quote: `Quote of ${id}`,
    lang: 'en',
    figures: [],
    places: [],
    attributions: [],
    dates: [],
    origin: 'user',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function annotation(id: string, claimId: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    claimId,
    url: `https://example.org/page-${id}`,
    selectors: { quote: { type: 'TextQuoteSelector', exact: `annotated text ${id}` } },
    note: '',
    tags: [],
    evidence: [],
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function outlet(id: string, name: string, domains: string[] = []): Outlet {
  return { id, name, domains, origin: 'user' };
}
