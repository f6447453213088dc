import { EVENT_SOURCE_MAPPING } from './event-sources';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q5: ScalingConfig.MaximumConcurrency is 2-1,000. */
export const SqsMaximumConcurrency: LimitRule = {
  id: 'SqsMaximumConcurrency',
  description: `Event source maximum concurrency (ScalingConfig.MaximumConcurrency) is ${SQS.maxConcurrencyMin}-${fmt(SQS.maxConcurrencyMax)}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q5'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  check(mapping) {
    return outOfRange(mapping, {
      property: 'ScalingConfig.MaximumConcurrency',
      min: SQS.maxConcurrencyMin,
      max: SQS.maxConcurrencyMax,
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
