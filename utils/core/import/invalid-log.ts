import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import type { InvalidEntry } from '@/utils/core/import/import-types';

/** Collects invalid entries, listing at most `maxInvalidListed` and counting the rest. */
export class InvalidLog {
  readonly entries: InvalidEntry[] = [];
  private unlisted = 0;

  add(position: string, reason: string): void {
    if (this.entries.length < IMPORT_LIMITS.maxInvalidListed) this.entries.push({ position, reason });
    else this.unlisted++;
  }

  addAll(entries: InvalidEntry[]): void {
    for (const e of entries) this.add(e.position, e.reason);
  }

  /** The list, closed by a summary entry when some were not listed. */
  finish(): InvalidEntry[] {
    if (this.unlisted === 0) return this.entries;
    return [...this.entries, { position: '…', reason: `${this.unlisted} more problems not listed.` }];
  }
}
