import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S1: a stream mapping's BatchSize is 1-10,000. */
export const StreamBatchSize = streamMappingRangeRule({
  id: 'StreamBatchSize',
  description: `Stream event source batch size is ${STREAM.batchSizeMin}-${fmt(STREAM.batchSizeMax)}`,
  limitRefs: ['S1'],
  docUrl: DOCS.lambdaEsmSchema,
  property: 'BatchSize',
  min: STREAM.batchSizeMin,
  max: STREAM.batchSizeMax,
  unit: '',
});
