import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S4: a stream mapping's MaximumRetryAttempts is -1 (infinite) or 0-10,000. */
export const StreamRetryAttempts = streamMappingRangeRule({
  id: 'StreamRetryAttempts',
  description: `Stream event source retry attempts are ${STREAM.retryAttemptsInfinite} (infinite) or 0-${fmt(STREAM.retryAttemptsMax)}`,
  limitRefs: ['S4'],
  docUrl: DOCS.lambdaKinesisParameters,
  property: 'MaximumRetryAttempts',
  min: 0,
  max: STREAM.retryAttemptsMax,
  unit: '',
  sentinel: { value: STREAM.retryAttemptsInfinite, meaning: 'infinite' },
});
