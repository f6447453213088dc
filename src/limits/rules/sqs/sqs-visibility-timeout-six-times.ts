import { renderSeconds } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity } from '../../rule';
import { literalNumber } from '../../values';
import { queueConsumerRule } from '../rule-builders';

/**
 * Q8: AWS recommends a visibility timeout of at least six times the consuming
 * function's timeout plus the mapping's batching window. Below the function's
 * timeout itself, SqsVisibilityTimeout reports instead.
 */
export const SqsVisibilityTimeoutSixTimes = queueConsumerRule({
  id: 'SqsVisibilityTimeoutSixTimes',
  description: `A queue's visibility timeout is at least ${SQS.visibilityTimeoutRecommendedMultiplier}x the consuming function's timeout plus the batching window`,
  severity: FindingSeverity.WARNING,
  limitRefs: ['Q8'],
  docUrl: DOCS.lambdaSqsConfigure,
  judge(mapping, { fn, visibility, timeout, queueValue }) {
    const rawWindow = mapping.properties.MaximumBatchingWindowInSeconds;
    const window = rawWindow === undefined ? 0 : literalNumber(rawWindow);
    if (window === undefined) return [];
    if (visibility.seconds < timeout.seconds) return [];
    const recommended = SQS.visibilityTimeoutRecommendedMultiplier * timeout.seconds + window;
    if (visibility.seconds >= recommended) return [];
    return [{
      resource: mapping,
      property: 'EventSourceArn',
      value: queueValue,
      limit: `at least ${recommended} s (${SQS.visibilityTimeoutRecommendedMultiplier} x the Timeout of function ${fn.path}, ${renderSeconds(timeout)}, plus a batching window of ${window} s)`,
      why: 'While Lambda retries a throttled or failed batch, messages become visible again and are processed twice',
    }];
  },
});
