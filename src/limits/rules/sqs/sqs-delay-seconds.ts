import { SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q22: a queue's DelaySeconds is 0-900 s. */
export const SqsDelaySeconds: LimitRule = {
  id: 'SqsDelaySeconds',
  description: `Queue delivery delay is 0-${fmt(SQS.delayMaxSeconds)} s`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q22'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    return outOfRange(queue, {
      property: 'DelaySeconds',
      min: 0,
      max: SQS.delayMaxSeconds,
      unit: ' s',
      why: 'SQS rejects the queue at deployment',
    });
  },
};
