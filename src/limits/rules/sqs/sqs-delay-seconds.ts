import { fmt } from '../../engine';
import { SQS } from '../../quotas';
import { queueAttributeRangeRule } from '../rule-builders';

/** Q22: a queue's DelaySeconds is 0-900 s. */
export const SqsDelaySeconds = queueAttributeRangeRule({
  id: 'SqsDelaySeconds',
  description: `Queue delivery delay is 0-${fmt(SQS.delayMaxSeconds)} s`,
  limitRefs: ['Q22'],
  property: 'DelaySeconds',
  min: 0,
  max: SQS.delayMaxSeconds,
  unit: ' s',
});
