import { DOCS, STREAM } from '../../quotas';
import { streamMappingRangeRule } from '../rule-builders';

/** S6: a stream mapping's TumblingWindowInSeconds is 0-900. */
export const StreamTumblingWindow = streamMappingRangeRule({
  id: 'StreamTumblingWindow',
  description: `Stream event source tumbling window is 0-${STREAM.tumblingWindowMaxSeconds} seconds`,
  limitRefs: ['S6'],
  docUrl: DOCS.lambdaKinesisParameters,
  property: 'TumblingWindowInSeconds',
  min: 0,
  max: STREAM.tumblingWindowMaxSeconds,
  unit: ' s',
});
