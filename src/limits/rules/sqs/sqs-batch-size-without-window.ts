import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { isFifoArn, isFifoQueue } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** Q2: an SQS batch size above 10 needs MaximumBatchingWindowInSeconds of at least 1 s. */
export const SqsBatchSizeWithoutWindow: LimitRule = {
  id: 'SqsBatchSizeWithoutWindow',
  description: `An SQS event source with a batch size above ${SQS.batchSizeWithoutWindowMax} sets a batching window of at least 1 second`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q2'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    const source = eventSourceOf(app, mapping);
    if (source?.kind !== EventSourceKind.SQS) return [];
    // FIFO queues take at most 10 messages whatever the window (SqsBatchSize reports that).
    const fifo = source.resource ? isFifoQueue(source.resource) : source.arn !== undefined && isFifoArn(source.arn);
    if (fifo !== false) return [];
    const batchSize = literalNumber(mapping.properties.BatchSize);
    if (batchSize === undefined || batchSize <= SQS.batchSizeWithoutWindowMax) return [];
    const rawWindow = mapping.properties.MaximumBatchingWindowInSeconds;
    const window = rawWindow === undefined ? 0 : literalNumber(rawWindow);
    if (window === undefined || window >= 1) return [];
    return [{
      resource: mapping,
      property: 'MaximumBatchingWindowInSeconds',
      value: rawWindow === undefined ? `not set, with BatchSize ${batchSize}` : `${window} s, with BatchSize ${batchSize}`,
      limit: `at least 1 s when BatchSize is above ${SQS.batchSizeWithoutWindowMax}`,
      why: 'Lambda rejects an SQS event source mapping whose batch size is above 10 without a batching window',
    }];
  },
};
