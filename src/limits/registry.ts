/**
 * Every rule, in the order the README table lists them. Each group's index
 * lists its rules; this file only joins the groups.
 */
import type { LimitRule } from './rule';
import { ALIAS_RULES } from './rules/alias';
import { ASYNC_RULES } from './rules/async';
import { CONCURRENCY_RULES } from './rules/concurrency';
import { EDGE_RULES } from './rules/edge';
import { FUNCTION_RULES } from './rules/function';
import { INTEGRATION_RULES } from './rules/integration';
import { SQS_RULES } from './rules/sqs';
import { STACK_RULES } from './rules/stack';
import { STREAM_RULES } from './rules/stream';
import { VPC_RULES } from './rules/vpc';

export const ALL_RULES: readonly LimitRule[] = [
  ...FUNCTION_RULES,
  ...CONCURRENCY_RULES,
  ...ALIAS_RULES,
  ...ASYNC_RULES,
  ...SQS_RULES,
  ...STREAM_RULES,
  ...EDGE_RULES,
  ...INTEGRATION_RULES,
  ...VPC_RULES,
  ...STACK_RULES,
];
