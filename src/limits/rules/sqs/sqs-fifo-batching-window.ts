import { isFifoSource } from './event-sources';
import { DOCS } from '../../quotas';
import { literalNumber } from '../../values';
import { sqsMappingRule } from '../rule-builders';

/** Q4: FIFO queues do not support a batching window. */
export const SqsFifoBatchingWindow = sqsMappingRule({
  id: 'SqsFifoBatchingWindow',
  description: 'An event source on a FIFO queue sets no batching window',
  limitRefs: ['Q4'],
  docUrl: DOCS.lambdaSqsParameters,
  judge(mapping, source) {
    if (isFifoSource(source) !== true) return [];
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
});
