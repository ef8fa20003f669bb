import type { IndexClaim } from './types';
export class ClaimRanker {
  constructor(private readonly claims: IndexClaim[]) {}
  rank(_query: string, _limit: number): { claimId: string; score: number }[] {
    return [];
  }
}
