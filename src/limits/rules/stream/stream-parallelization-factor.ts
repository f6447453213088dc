import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S3: a stream mapping's ParallelizationFactor is 1-10. */
export const StreamParallelizationFactor = streamMappingRangeRule({
  id: 'StreamParallelizationFactor',
  description: `Stream event source parallelization factor is ${STREAM.parallelizationFactorMin}-${STREAM.parallelizationFactorMax}`,
  limitRefs: ['S3'],
  docUrl: DOCS.lambdaKinesisParameters,
  property: 'ParallelizationFactor',
  min: STREAM.parallelizationFactorMin,
  max: STREAM.parallelizationFactorMax,
  unit: '',
});
