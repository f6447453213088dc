import { outOfRange } from './range';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S3: a stream mapping's ParallelizationFactor is 1-10. */
export const StreamParallelizationFactor: LimitRule = {
  id: 'StreamParallelizationFactor',
  description: `Stream event source parallelization factor is ${STREAM.parallelizationFactorMin}-${STREAM.parallelizationFactorMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S3'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'ParallelizationFactor',
      min: STREAM.parallelizationFactorMin,
      max: STREAM.parallelizationFactorMax,
      unit: '',
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
