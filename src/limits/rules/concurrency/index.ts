import type { LimitRule } from '../../rule';

/** Rules of the concurrency group. */
export const CONCURRENCY_RULES: readonly LimitRule[] = [
];
