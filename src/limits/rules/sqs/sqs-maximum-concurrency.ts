import { EVENT_SOURCE_MAPPING } from './event-sources';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity } from '../../rule';
import { numericRangeRule } from '../rule-builders';

/** Q5: ScalingConfig.MaximumConcurrency is 2-1,000. */
export const SqsMaximumConcurrency = numericRangeRule({
  id: 'SqsMaximumConcurrency',
  description: `Event source maximum concurrency (ScalingConfig.MaximumConcurrency) is ${SQS.maxConcurrencyMin}-${fmt(SQS.maxConcurrencyMax)}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q5'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  property: 'ScalingConfig.MaximumConcurrency',
  min: SQS.maxConcurrencyMin,
  max: SQS.maxConcurrencyMax,
  why: 'Lambda rejects the event source mapping at deployment',
});
