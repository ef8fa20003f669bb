import type { Status } from '@/utils/core/statuses';

/** Published verdict labels by the status they mean. */
export type VerdictTable = Partial<Record<Status, string[]>>;
