import { fmt } from '../../engine';
import { SQS } from '../../quotas';
import { queueAttributeRangeRule } from '../rule-builders';

/** Q13: a queue's MaximumMessageSize is 1,024-1,048,576 bytes (1 MiB). */
export const SqsMaximumMessageSize = queueAttributeRangeRule({
  id: 'SqsMaximumMessageSize',
  description: `Queue maximum message size is ${fmt(SQS.messageSizeMinBytes)}-${fmt(SQS.messageSizeMaxBytes)} bytes`,
  limitRefs: ['Q13'],
  property: 'MaximumMessageSize',
  min: SQS.messageSizeMinBytes,
  max: SQS.messageSizeMaxBytes,
  unit: ' bytes',
});
