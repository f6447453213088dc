import type { LimitRule } from '../../rule';

/** Rules of the sqs group. */
export const SQS_RULES: readonly LimitRule[] = [
];
