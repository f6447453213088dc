import { StackOutputs } from './stack-outputs';
import { StackParameters } from './stack-parameters';
import type { LimitRule } from '../../rule';

/** CloudFormation stack limits (limits.md 1.12). */
export const STACK_RULES: readonly LimitRule[] = [
  StackOutputs,
  StackParameters,
];
