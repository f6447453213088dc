import type { LimitRule } from '../../rule';

/** Rules of the async group. */
export const ASYNC_RULES: readonly LimitRule[] = [
];
