import type { LimitRule } from '../../rule';

/** Rules of the stack group. */
export const STACK_RULES: readonly LimitRule[] = [
];
