import { fmt } from '../../engine';
import { SQS } from '../../quotas';
import { queueAttributeRangeRule } from '../rule-builders';

/** Q23: a queue's ReceiveMessageWaitTimeSeconds is 0-20 s. */
export const SqsReceiveMessageWaitTime = queueAttributeRangeRule({
  id: 'SqsReceiveMessageWaitTime',
  description: `Queue receive message wait time is 0-${fmt(SQS.receiveWaitMaxSeconds)} s`,
  limitRefs: ['Q23'],
  property: 'ReceiveMessageWaitTimeSeconds',
  min: 0,
  max: SQS.receiveWaitMaxSeconds,
  unit: ' s',
});
