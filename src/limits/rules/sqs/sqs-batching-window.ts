import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** Q4: an SQS mapping's MaximumBatchingWindowInSeconds is 0-300. */
export const SqsBatchingWindow: LimitRule = {
  id: 'SqsBatchingWindow',
  description: `SQS event source batching window is 0-${SQS.batchingWindowMaxSeconds} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q4'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    if (eventSourceOf(app, mapping)?.kind !== EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'MaximumBatchingWindowInSeconds',
      min: 0,
      max: SQS.batchingWindowMaxSeconds,
      unit: ' s',
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
