import { isFifoSource } from './event-sources';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { literalNumber } from '../../values';
import { sqsMappingRule } from '../rule-builders';

/** Q1, Q3: an SQS mapping's batch size is 1-10,000 for a standard queue and 1-10 for a FIFO queue. */
export const SqsBatchSize = sqsMappingRule({
  id: 'SqsBatchSize',
  description: `SQS event source batch size is ${SQS.batchSizeMin}-${fmt(SQS.standardBatchSizeMax)} (standard queue) or ${SQS.batchSizeMin}-${SQS.fifoBatchSizeMax} (FIFO queue)`,
  limitRefs: ['Q1', 'Q3'],
  docUrl: DOCS.lambdaSqsParameters,
  judge(mapping, source) {
    const batchSize = literalNumber(mapping.properties.BatchSize);
    if (batchSize === undefined) return [];
    const fifo = isFifoSource(source);
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
});
