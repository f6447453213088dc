import { outOfRange } from './range';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S6: a stream mapping's TumblingWindowInSeconds is 0-900. */
export const StreamTumblingWindow: LimitRule = {
  id: 'StreamTumblingWindow',
  description: `Stream event source tumbling window is 0-${STREAM.tumblingWindowMaxSeconds} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S6'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'TumblingWindowInSeconds',
      min: 0,
      max: STREAM.tumblingWindowMaxSeconds,
      unit: ' s',
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
