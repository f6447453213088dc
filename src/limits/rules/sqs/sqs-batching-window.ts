import { DOCS, SQS } from '../../quotas';
import { sqsMappingRule } from '../rule-builders';
import { outOfRange } from '../stream/range';

/** Q4: an SQS mapping's MaximumBatchingWindowInSeconds is 0-300. */
export const SqsBatchingWindow = sqsMappingRule({
  id: 'SqsBatchingWindow',
  description: `SQS event source batching window is 0-${SQS.batchingWindowMaxSeconds} seconds`,
  limitRefs: ['Q4'],
  docUrl: DOCS.lambdaSqsParameters,
  judge: mapping => outOfRange(mapping, {
    property: 'MaximumBatchingWindowInSeconds',
    min: 0,
    max: SQS.batchingWindowMaxSeconds,
    unit: ' s',
    why: 'Lambda rejects the event source mapping at deployment',
  }),
});
