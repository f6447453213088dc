import { AsyncDestinationType } from './async-destination-type';
import { AsyncMaxEventAge } from './async-max-event-age';
import { AsyncRetryAttempts } from './async-retry-attempts';
import type { LimitRule } from '../../rule';

/** Rules on asynchronous invocation (limits.md 1.4; I6, the dead-letter target type, is FunctionDeadLetterTarget's). */
export const ASYNC_RULES: readonly LimitRule[] = [
  AsyncRetryAttempts,
  AsyncMaxEventAge,
  AsyncDestinationType,
];
