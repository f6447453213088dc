import { SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q13: a queue's MaximumMessageSize is 1,024-1,048,576 bytes (1 MiB). */
export const SqsMaximumMessageSize: LimitRule = {
  id: 'SqsMaximumMessageSize',
  description: `Queue maximum message size is ${fmt(SQS.messageSizeMinBytes)}-${fmt(SQS.messageSizeMaxBytes)} bytes`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q13'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    return outOfRange(queue, {
      property: 'MaximumMessageSize',
      min: SQS.messageSizeMinBytes,
      max: SQS.messageSizeMaxBytes,
      unit: ' bytes',
      why: 'SQS rejects the queue at deployment',
    });
  },
};
