import { outOfRange } from './range';
import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S5: a stream mapping's MaximumRecordAgeInSeconds is -1 (infinite) or 60-604,800 (7 days). */
export const StreamRecordAge: LimitRule = {
  id: 'StreamRecordAge',
  description: `Stream event source maximum record age is ${STREAM.recordAgeInfinite} (infinite) or ${STREAM.recordAgeMinSeconds}-${fmt(STREAM.recordAgeMaxSeconds)} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S5'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'MaximumRecordAgeInSeconds',
      min: STREAM.recordAgeMinSeconds,
      max: STREAM.recordAgeMaxSeconds,
      unit: ' s',
      sentinel: { value: STREAM.recordAgeInfinite, meaning: 'infinite' },
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
