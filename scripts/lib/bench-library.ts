/** A synthetic library for the import benchmarks: 5 versions per claim, 50 outlets, French quotes. */
import type { Claim, Outlet, Version } from '@/utils/core/model';
import { STATUSES } from '@/utils/core/statuses';

const PER_CLAIM = 5;
const DATE = '2024-10-22T08:00:00.000Z';

export function benchLibrary(VERSIONS: number): { outlets: Outlet[]; claims: Claim[]; versions: Version[] } {
  const outlets: Outlet[] = Array.from({ length: 50 }, (_, i) => ({ id: `outlet-${i}`, name: `Outlet ${i}`, domains: [`outlet${i}.example`], origin: 'import' }));
  const claims: Claim[] = Array.from({ length: Math.ceil(VERSIONS / PER_CLAIM) }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    return {
      id: `claim-${i}`, statement: { fr: `Affirmation numéro ${i} sur 12 000 soldats`, en: `Claim number ${i} about 12,000 soldiers` },
      status, statusReason: 'Benchmark', statusDate: DATE, statusHistory: [{ status, reason: 'Benchmark', date: DATE, by: 'bench' }],
      tags: ['bench'], origin: 'import', createdAt: DATE, updatedAt: DATE,
    };
  });
  const versions: Version[] = Array.from({ length: VERSIONS }, (_, i) => ({
    id: `version-${i}`, claimId: `claim-${Math.floor(i / PER_CLAIM)}`, outletId: `outlet-${i % outlets.length}`,
    url: `https://outlet${i % outlets.length}.example/article/${i}`, title: `Article ${i}`, publishedAt: '2024-10-22',
    quote: `La Corée du Nord aurait envoyé jusqu'à 12 000 soldats, selon la source ${i}.`, lang: 'fr',
    figures: [{ value: 12000, unit: 'soldats', qualifier: "jusqu'à", text: '12 000 soldats' }], places: ['Russie'],
    attributions: [{ name: 'NIS', key: 'nis' }], dates: [], origin: 'import', createdAt: DATE, updatedAt: DATE,
  }));
  return { outlets, claims, versions };
}

