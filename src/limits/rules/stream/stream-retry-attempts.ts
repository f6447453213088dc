import { outOfRange } from './range';
import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S4: a stream mapping's MaximumRetryAttempts is -1 (infinite) or 0-10,000. */
export const StreamRetryAttempts: LimitRule = {
  id: 'StreamRetryAttempts',
  description: `Stream event source retry attempts are ${STREAM.retryAttemptsInfinite} (infinite) or 0-${fmt(STREAM.retryAttemptsMax)}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S4'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'MaximumRetryAttempts',
      min: 0,
      max: STREAM.retryAttemptsMax,
      unit: '',
      sentinel: { value: STREAM.retryAttemptsInfinite, meaning: 'infinite' },
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
