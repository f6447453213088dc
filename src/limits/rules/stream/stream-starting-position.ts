import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalString } from '../../values';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, eventSourceOf, isStreamKind } from '../sqs/event-sources';

const AT_TIMESTAMP = 'AT_TIMESTAMP';

/**
 * S8: a Kinesis or DynamoDB Streams mapping sets a StartingPosition of TRIM_HORIZON,
 * LATEST or AT_TIMESTAMP, and a StartingPositionTimestamp exactly with AT_TIMESTAMP.
 * (SQS mappings, which take none, are SqsStartingPosition's.)
 */
export const StreamStartingPosition: LimitRule = {
  id: 'StreamStartingPosition',
  description: `A stream event source sets a starting position (${STREAM.startingPositions.join(', ')}) and a timestamp only with ${AT_TIMESTAMP}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S8'],
  docUrl: DOCS.lambdaEsmSchema,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    const source = eventSourceOf(app, mapping);
    if (!isStreamKind(source?.kind)) return [];
    const why = 'Lambda rejects the event source mapping at deployment';
    const raw = mapping.properties.StartingPosition;
    const rawTimestamp = mapping.properties.StartingPositionTimestamp;
    if (raw === undefined) {
      return [{
        resource: mapping,
        property: 'StartingPosition',
        value: `not set on a ${source?.kind} stream event source`,
        limit: `one of ${STREAM.startingPositions.join(', ')} (required for streams)`,
        why,
      }];
    }
    const position = literalString(raw);
    if (position === undefined) return [];
    const found: RuleFinding[] = [];
    if (!(STREAM.startingPositions as readonly string[]).includes(position)) {
      found.push({ resource: mapping, property: 'StartingPosition', value: `"${position}"`, limit: `one of ${STREAM.startingPositions.join(', ')}`, why });
    } else if (position === AT_TIMESTAMP && rawTimestamp === undefined) {
      found.push({ resource: mapping, property: 'StartingPositionTimestamp', value: `not set with StartingPosition ${AT_TIMESTAMP}`, limit: `required with ${AT_TIMESTAMP}`, why });
    } else if (position !== AT_TIMESTAMP && rawTimestamp !== undefined) {
      found.push({ resource: mapping, property: 'StartingPositionTimestamp', value: `set with StartingPosition ${position}`, limit: `only with ${AT_TIMESTAMP}`, why });
    }
    return found;
  },
};
