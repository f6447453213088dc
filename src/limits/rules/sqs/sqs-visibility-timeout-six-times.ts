import { EVENT_SOURCE_MAPPING, FUNCTION_TARGET_TYPES, functionTimeoutOf, targetFunction } from './event-sources';
import { renderSeconds, SQS_QUEUE, visibilityTimeoutOf } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/**
 * Q8: AWS recommends a visibility timeout of at least six times the consuming
 * function's timeout plus the mapping's batching window. Below the function's
 * timeout itself, SqsVisibilityTimeout reports instead.
 */
export const SqsVisibilityTimeoutSixTimes: LimitRule = {
  id: 'SqsVisibilityTimeoutSixTimes',
  description: `A queue's visibility timeout is at least ${SQS.visibilityTimeoutRecommendedMultiplier}x the consuming function's timeout plus the batching window`,
  severity: FindingSeverity.WARNING,
  limitRefs: ['Q8'],
  docUrl: DOCS.lambdaSqsConfigure,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: [SQS_QUEUE, ...FUNCTION_TARGET_TYPES],
  check(mapping, app) {
    const queue = app.referencedResource(mapping, mapping.properties.EventSourceArn);
    if (queue?.type !== SQS_QUEUE) return [];
    const fn = targetFunction(app, mapping, mapping.properties.FunctionName);
    if (!fn) return [];
    const visibility = visibilityTimeoutOf(queue);
    const timeout = functionTimeoutOf(fn);
    const rawWindow = mapping.properties.MaximumBatchingWindowInSeconds;
    const window = rawWindow === undefined ? 0 : literalNumber(rawWindow);
    if (!visibility || !timeout || window === undefined) return [];
    if (visibility.seconds < timeout.seconds) return [];
    const recommended = SQS.visibilityTimeoutRecommendedMultiplier * timeout.seconds + window;
    if (visibility.seconds >= recommended) return [];
    return [{
      resource: mapping,
      property: 'EventSourceArn',
      value: `queue ${queue.path} with VisibilityTimeout ${renderSeconds(visibility)}`,
      limit: `at least ${recommended} s (${SQS.visibilityTimeoutRecommendedMultiplier} x the Timeout of function ${fn.path}, ${renderSeconds(timeout)}, plus a batching window of ${window} s)`,
      why: 'While Lambda retries a throttled or failed batch, messages become visible again and are processed twice',
    }];
  },
};
