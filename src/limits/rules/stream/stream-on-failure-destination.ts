import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalObject } from '../../values';
import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, eventSourceOf, isStreamKind } from '../sqs/event-sources';

/** A Kinesis or DynamoDB Streams mapping sends records it gives up on to an on-failure destination. */
export const StreamOnFailureDestination: LimitRule = {
  id: 'StreamOnFailureDestination',
  description: 'A stream event source has an on-failure destination (DestinationConfig.OnFailure)',
  severity: FindingSeverity.WARNING,
  limitRefs: ['S9'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    const source = eventSourceOf(app, mapping);
    if (!isStreamKind(source?.kind)) return [];
    const raw = mapping.properties.DestinationConfig;
    const config = literalObject(raw);
    // Unknown at synth, or set: nothing to report.
    if ((raw !== undefined && !config) || config?.OnFailure !== undefined) return [];
    return [{
      resource: mapping,
      property: 'DestinationConfig.OnFailure',
      value: 'not set',
      limit: 'an SQS queue, SNS topic or S3 bucket (recommended)',
      why: `Records that fail until they expire or run out of retries are discarded from the ${source?.kind} stream without a trace`,
    }];
  },
};
