import { outOfRange } from './range';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S2: a stream mapping's MaximumBatchingWindowInSeconds is 0-300. */
export const StreamBatchingWindow: LimitRule = {
  id: 'StreamBatchingWindow',
  description: `Stream event source batching window is 0-${STREAM.batchingWindowMaxSeconds} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S2'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'MaximumBatchingWindowInSeconds',
      min: 0,
      max: STREAM.batchingWindowMaxSeconds,
      unit: ' s',
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
