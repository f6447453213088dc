import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString, propertyAt } from '../../values';
import { arnService, EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, eventSourceOf, isStreamKind } from '../sqs/event-sources';

const SERVICE_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['AWS::SQS::Queue', 'sqs'],
  ['AWS::SNS::Topic', 'sns'],
  ['AWS::S3::Bucket', 's3'],
  ['AWS::Lambda::Function', 'lambda'],
  ['AWS::Events::EventBus', 'events'],
]);

/** S9: a stream mapping's on-failure destination is an SQS queue, an SNS topic or an S3 bucket. */
export const StreamOnFailureDestinationType: LimitRule = {
  id: 'StreamOnFailureDestinationType',
  description: `A stream event source's on-failure destination is an ${STREAM.onFailureServices.join(', ')} ARN`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S9'],
  docUrl: DOCS.lambdaKinesisParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: [...EVENT_SOURCE_TYPES, ...SERVICE_BY_TYPE.keys()],
  check(mapping, app) {
    if (!isStreamKind(eventSourceOf(app, mapping)?.kind)) return [];
    const raw = propertyAt(mapping.properties, 'DestinationConfig.OnFailure.Destination');
    if (raw === undefined) return [];
    const target = app.referencedResource(mapping, raw);
    const service = target ? SERVICE_BY_TYPE.get(target.type) : arnService(literalString(raw) ?? '');
    if (service === undefined || (STREAM.onFailureServices as readonly string[]).includes(service)) return [];
    return [{
      resource: mapping,
      property: 'DestinationConfig.OnFailure.Destination',
      value: target ? `${target.type} ${target.path}` : `${literalString(raw)}`,
      limit: `an ARN of one of: ${STREAM.onFailureServices.join(', ')}`,
      why: 'Lambda rejects the event source mapping at deployment',
    }];
  },
};
