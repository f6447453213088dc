import { SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q21: a queue's VisibilityTimeout is 0-43,200 s (12 hours). */
export const SqsQueueVisibilityTimeoutRange: LimitRule = {
  id: 'SqsQueueVisibilityTimeoutRange',
  description: `Queue visibility timeout is 0-${fmt(SQS.visibilityTimeoutMaxSeconds)} s`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q21'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    return outOfRange(queue, {
      property: 'VisibilityTimeout',
      min: 0,
      max: SQS.visibilityTimeoutMaxSeconds,
      unit: ' s',
      why: 'SQS rejects the queue at deployment',
    });
  },
};
