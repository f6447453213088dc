import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { isFifoArn, isFifoQueue } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** Q1, Q3: an SQS mapping's batch size is 1-10,000 for a standard queue and 1-10 for a FIFO queue. */
export const SqsBatchSize: LimitRule = {
  id: 'SqsBatchSize',
  description: `SQS event source batch size is ${SQS.batchSizeMin}-${fmt(SQS.standardBatchSizeMax)} (standard queue) or ${SQS.batchSizeMin}-${SQS.fifoBatchSizeMax} (FIFO queue)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q1', 'Q3'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    const source = eventSourceOf(app, mapping);
    if (source?.kind !== EventSourceKind.SQS) return [];
    const batchSize = literalNumber(mapping.properties.BatchSize);
    if (batchSize === undefined) return [];
    const fifo = source.resource ? isFifoQueue(source.resource) : source.arn !== undefined && isFifoArn(source.arn);
    if (fifo === undefined) return [];
    const max = fifo ? SQS.fifoBatchSizeMax : SQS.standardBatchSizeMax;
    if (Number.isInteger(batchSize) && batchSize >= SQS.batchSizeMin && batchSize <= max) return [];
    return [{
      resource: mapping,
      property: 'BatchSize',
      value: `${batchSize}`,
      limit: `an integer from ${SQS.batchSizeMin} to ${fmt(max)} for a ${fifo ? 'FIFO' : 'standard'} queue`,
      why: 'Lambda rejects the event source mapping at deployment',
    }];
  },
};
