import { outOfRange } from './range';
import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from '../sqs/event-sources';

/** S1: a stream mapping's BatchSize is 1-10,000. */
export const StreamBatchSize: LimitRule = {
  id: 'StreamBatchSize',
  description: `Stream event source batch size is ${STREAM.batchSizeMin}-${fmt(STREAM.batchSizeMax)}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S1'],
  docUrl: DOCS.lambdaEsmSchema,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    // SQS mappings have their own rules; the CloudFormation schema range holds for every other source.
    if (eventSourceOf(app, mapping)?.kind === EventSourceKind.SQS) return [];
    return outOfRange(mapping, {
      property: 'BatchSize',
      min: STREAM.batchSizeMin,
      max: STREAM.batchSizeMax,
      unit: '',
      why: 'Lambda rejects the event source mapping at deployment',
    });
  },
};
