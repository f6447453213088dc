import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S5: a stream mapping's MaximumRecordAgeInSeconds is -1 (infinite) or 60-604,800 (7 days). */
export const StreamRecordAge = streamMappingRangeRule({
  id: 'StreamRecordAge',
  description: `Stream event source maximum record age is ${STREAM.recordAgeInfinite} (infinite) or ${STREAM.recordAgeMinSeconds}-${fmt(STREAM.recordAgeMaxSeconds)} seconds`,
  limitRefs: ['S5'],
  docUrl: DOCS.lambdaKinesisParameters,
  property: 'MaximumRecordAgeInSeconds',
  min: STREAM.recordAgeMinSeconds,
  max: STREAM.recordAgeMaxSeconds,
  unit: ' s',
  sentinel: { value: STREAM.recordAgeInfinite, meaning: 'infinite' },
});
