import { SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q23: a queue's ReceiveMessageWaitTimeSeconds is 0-20 s. */
export const SqsReceiveMessageWaitTime: LimitRule = {
  id: 'SqsReceiveMessageWaitTime',
  description: `Queue receive message wait time is 0-${fmt(SQS.receiveWaitMaxSeconds)} s`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q23'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    return outOfRange(queue, {
      property: 'ReceiveMessageWaitTimeSeconds',
      min: 0,
      max: SQS.receiveWaitMaxSeconds,
      unit: ' s',
      why: 'SQS rejects the queue at deployment',
    });
  },
};
