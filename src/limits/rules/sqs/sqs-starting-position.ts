import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** S8: an SQS mapping sets no StartingPosition (or StartingPositionTimestamp). */
export const SqsStartingPosition: LimitRule = {
  id: 'SqsStartingPosition',
  description: 'An SQS event source sets no starting position',
  severity: FindingSeverity.ERROR,
  limitRefs: ['S8'],
  docUrl: DOCS.lambdaEsmSchema,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    if (eventSourceOf(app, mapping)?.kind !== EventSourceKind.SQS) return [];
    return ['StartingPosition', 'StartingPositionTimestamp']
      .filter(property => mapping.properties[property] !== undefined)
      .map(property => ({
        resource: mapping,
        property,
        value: `set on an SQS event source (${JSON.stringify(mapping.properties[property])})`,
        limit: 'not set for SQS (only stream sources have a starting position)',
        why: 'Lambda rejects the event source mapping at deployment',
      }));
  },
};
