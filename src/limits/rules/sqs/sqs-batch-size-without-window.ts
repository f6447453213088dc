import { isFifoSource } from './event-sources';
import { DOCS, SQS } from '../../quotas';
import { literalNumber } from '../../values';
import { sqsMappingRule } from '../rule-builders';

/** Q2: an SQS batch size above 10 needs MaximumBatchingWindowInSeconds of at least 1 s. */
export const SqsBatchSizeWithoutWindow = sqsMappingRule({
  id: 'SqsBatchSizeWithoutWindow',
  description: `An SQS event source with a batch size above ${SQS.batchSizeWithoutWindowMax} sets a batching window of at least 1 second`,
  limitRefs: ['Q2'],
  docUrl: DOCS.lambdaSqsParameters,
  judge(mapping, source) {
    // FIFO queues take at most 10 messages whatever the window (SqsBatchSize reports that).
    if (isFifoSource(source) !== false) return [];
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
});
