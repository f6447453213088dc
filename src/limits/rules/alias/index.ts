import type { LimitRule } from '../../rule';

/** Rules of the alias group. */
export const ALIAS_RULES: readonly LimitRule[] = [
];
