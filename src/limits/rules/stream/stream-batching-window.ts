import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S2: a stream mapping's MaximumBatchingWindowInSeconds is 0-300. */
export const StreamBatchingWindow = streamMappingRangeRule({
  id: 'StreamBatchingWindow',
  description: `Stream event source batching window is 0-${STREAM.batchingWindowMaxSeconds} seconds`,
  limitRefs: ['S2'],
  docUrl: DOCS.lambdaKinesisParameters,
  property: 'MaximumBatchingWindowInSeconds',
  min: 0,
  max: STREAM.batchingWindowMaxSeconds,
  unit: ' s',
});
