import { fmt } from '../../engine';
import { SQS } from '../../quotas';
import { queueAttributeRangeRule } from '../rule-builders';

/** Q20: a queue keeps messages 60 s to 14 days (MessageRetentionPeriod). */
export const SqsMessageRetentionPeriod = queueAttributeRangeRule({
  id: 'SqsMessageRetentionPeriod',
  description: `Queue message retention period is ${fmt(SQS.retentionMinSeconds)}-${fmt(SQS.retentionMaxSeconds)} s`,
  limitRefs: ['Q20'],
  property: 'MessageRetentionPeriod',
  min: SQS.retentionMinSeconds,
  max: SQS.retentionMaxSeconds,
  unit: ' s',
});
