import { fmt } from '../../engine';
import { SQS } from '../../quotas';
import { queueAttributeRangeRule } from '../rule-builders';

/** Q21: a queue's VisibilityTimeout is 0-43,200 s (12 hours). */
export const SqsQueueVisibilityTimeoutRange = queueAttributeRangeRule({
  id: 'SqsQueueVisibilityTimeoutRange',
  description: `Queue visibility timeout is 0-${fmt(SQS.visibilityTimeoutMaxSeconds)} s`,
  limitRefs: ['Q21'],
  property: 'VisibilityTimeout',
  min: 0,
  max: SQS.visibilityTimeoutMaxSeconds,
  unit: ' s',
});
