import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { isFifoArn, isFifoQueue } from './queues';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** Q4: FIFO queues do not support a batching window. */
export const SqsFifoBatchingWindow: LimitRule = {
  id: 'SqsFifoBatchingWindow',
  description: 'An event source on a FIFO queue sets no batching window',
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q4'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    const source = eventSourceOf(app, mapping);
    if (source?.kind !== EventSourceKind.SQS) return [];
    const fifo = source.resource ? isFifoQueue(source.resource) : source.arn !== undefined && isFifoArn(source.arn);
    if (fifo !== true) return [];
    const window = literalNumber(mapping.properties.MaximumBatchingWindowInSeconds);
    if (window === undefined || window === 0) return [];
    return [{
      resource: mapping,
      property: 'MaximumBatchingWindowInSeconds',
      value: `${window} s on a FIFO queue`,
      limit: 'not set (or 0) for FIFO queues',
      why: 'Lambda does not support a batching window on FIFO queues and rejects the event source mapping',
    }];
  },
};
