import type { LimitRule } from '../../rule';

/** Rules of the stream group. */
export const STREAM_RULES: readonly LimitRule[] = [
];
