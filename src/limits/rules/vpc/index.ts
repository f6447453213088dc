import type { LimitRule } from '../../rule';

/** Rules of the vpc group. */
export const VPC_RULES: readonly LimitRule[] = [
];
