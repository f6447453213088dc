import { SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q20: a queue keeps messages 60 s to 14 days (MessageRetentionPeriod). */
export const SqsMessageRetentionPeriod: LimitRule = {
  id: 'SqsMessageRetentionPeriod',
  description: `Queue message retention period is ${fmt(SQS.retentionMinSeconds)}-${fmt(SQS.retentionMaxSeconds)} s`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q20'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    return outOfRange(queue, {
      property: 'MessageRetentionPeriod',
      min: SQS.retentionMinSeconds,
      max: SQS.retentionMaxSeconds,
      unit: ' s',
      why: 'SQS rejects the queue at deployment',
    });
  },
};
