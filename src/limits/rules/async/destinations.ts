/**
 * Which AWS service a destination or dead-letter target is, from the resource it
 * references or from its literal ARN. Not a rule.
 */
import type { AppModel, ResourceView } from '../../model';
import { literalString } from '../../values';
import { arnService } from '../sqs/event-sources';

const SERVICE_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['AWS::SQS::Queue', 'sqs'],
  ['AWS::SNS::Topic', 'sns'],
  ['AWS::Lambda::Function', 'lambda'],
  ['AWS::Lambda::Alias', 'lambda'],
  ['AWS::Lambda::Version', 'lambda'],
  ['AWS::Events::EventBus', 'events'],
  ['AWS::S3::Bucket', 's3'],
]);

/** Resource types a destination may reference (for a rule's `relatedTypes`). */
export const DESTINATION_TYPES: readonly string[] = [...SERVICE_BY_TYPE.keys()];

/** A target ARN, as far as synth can tell. */
export interface TargetView {
  /** The service (`sqs`, `sns`, ...); undefined for a resource of a type this table does not know. */
  readonly service?: string;
  /** How to name the target in a message. */
  readonly label: string;
}

/** The target a property value designates, undefined when not known at synth. */
export function targetOf(app: AppModel, from: ResourceView, value: unknown): TargetView | undefined {
  const resource = app.referencedResource(from, value);
  if (resource) return { service: SERVICE_BY_TYPE.get(resource.type), label: `${resource.type} ${resource.path}` };
  const arn = literalString(value);
  if (arn === undefined) return undefined;
  return { service: arnService(arn), label: `"${arn}"` };
}
