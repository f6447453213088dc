import type { LimitRule } from '../../rule';

/** Rules of the edge group. */
export const EDGE_RULES: readonly LimitRule[] = [
];
