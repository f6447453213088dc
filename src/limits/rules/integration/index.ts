import type { LimitRule } from '../../rule';

/** Rules of the integration group. */
export const INTEGRATION_RULES: readonly LimitRule[] = [
];
