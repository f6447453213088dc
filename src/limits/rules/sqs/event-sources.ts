/**
 * Follows an event source mapping to its source (queue, stream, table) and to the
 * function it invokes (through an alias or a version, in the same or another stack).
 * Not a rule.
 */
import { isFifoArn, isFifoQueue, SQS_QUEUE, type QueueSeconds } from './queues';
import type { AppModel, ResourceView } from '../../model';
import { FUNCTION } from '../../quotas';
import { literalNumber, literalString } from '../../values';

/** CloudFormation type of an event source mapping. */
export const EVENT_SOURCE_MAPPING = 'AWS::Lambda::EventSourceMapping';
/** CloudFormation type of a function. */
export const LAMBDA_FUNCTION = 'AWS::Lambda::Function';
/** CloudFormation type of an alias. */
export const LAMBDA_ALIAS = 'AWS::Lambda::Alias';
/** CloudFormation type of a version. */
export const LAMBDA_VERSION = 'AWS::Lambda::Version';

/** What kind of source a mapping reads. */
export enum EventSourceKind {
  SQS = 'sqs',
  KINESIS = 'kinesis',
  DYNAMODB = 'dynamodb',
  /** Kafka, MQ, DocumentDB, or anything else. */
  OTHER = 'other',
}

const KIND_BY_TYPE: ReadonlyMap<string, EventSourceKind> = new Map([
  [SQS_QUEUE, EventSourceKind.SQS],
  ['AWS::Kinesis::Stream', EventSourceKind.KINESIS],
  ['AWS::Kinesis::StreamConsumer', EventSourceKind.KINESIS],
  ['AWS::DynamoDB::Table', EventSourceKind.DYNAMODB],
  ['AWS::DynamoDB::GlobalTable', EventSourceKind.DYNAMODB],
]);

const KIND_BY_SERVICE: ReadonlyMap<string, EventSourceKind> = new Map([
  ['sqs', EventSourceKind.SQS],
  ['kinesis', EventSourceKind.KINESIS],
  ['dynamodb', EventSourceKind.DYNAMODB],
]);

/** Resource types an event source may be (for a rule's `relatedTypes`). */
export const EVENT_SOURCE_TYPES: readonly string[] = [...KIND_BY_TYPE.keys()];

/** Function, alias and version types (for a rule's `relatedTypes`). */
export const FUNCTION_TARGET_TYPES: readonly string[] = [LAMBDA_FUNCTION, LAMBDA_ALIAS, LAMBDA_VERSION];

/** A mapping's source. */
export interface EventSourceView {
  readonly kind: EventSourceKind;
  /** The source resource, when the app defines it. */
  readonly resource?: ResourceView;
  /** The literal source ARN, when the source is not in the app. */
  readonly arn?: string;
}

/** The mapping's source, or undefined when its ARN is not known at synth. */
export function eventSourceOf(app: AppModel, mapping: ResourceView): EventSourceView | undefined {
  const value = mapping.properties.EventSourceArn;
  // Self-managed Kafka has no EventSourceArn.
  if (value === undefined) return { kind: EventSourceKind.OTHER };
  const resource = app.referencedResource(mapping, value);
  if (resource) return { kind: KIND_BY_TYPE.get(resource.type) ?? EventSourceKind.OTHER, resource };
  const arn = literalString(value);
  if (arn === undefined) return undefined;
  const service = arnService(arn);
  return { kind: (service === undefined ? undefined : KIND_BY_SERVICE.get(service)) ?? EventSourceKind.OTHER, arn };
}

/**
 * For an SQS source: true for a FIFO queue, false for a standard one (by the queue's
 * `FifoQueue`, or by the `.fifo` suffix of a literal ARN), undefined when not known at synth.
 */
export function isFifoSource(source: EventSourceView): boolean | undefined {
  return source.resource ? isFifoQueue(source.resource) : source.arn !== undefined && isFifoArn(source.arn);
}

/** True for Kinesis and DynamoDB Streams sources. */
export function isStreamKind(kind: EventSourceKind | undefined): boolean {
  return kind === EventSourceKind.KINESIS || kind === EventSourceKind.DYNAMODB;
}

/** The service of an ARN (`arn:aws:sqs:...` gives `sqs`), undefined for anything else. */
export function arnService(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && parts[2] !== '' ? parts[2] : undefined;
}

const NAME_INDEX = new WeakMap<AppModel, Map<string, ResourceView[]>>();

/**
 * The function a `FunctionName` value designates: a function, or the function
 * behind an alias or a version, referenced directly, across stacks, or by a
 * literal name or ARN that matches exactly one function of the app with that
 * literal `FunctionName`. Undefined when unknown.
 */
export function targetFunction(app: AppModel, from: ResourceView, value: unknown): ResourceView | undefined {
  const target = app.referencedResource(from, value) ?? byLiteralName(app, from, value);
  if (target) return functionBehind(app, target);
  // e.g. a version's `functionName`: Fn::Join of the function's Ref and the version's number.
  const behind = new Set<ResourceView>();
  for (const referenced of app.referencedResources(from, value)) {
    const fn = functionBehind(app, referenced);
    if (fn) behind.add(fn);
  }
  return behind.size === 1 ? [...behind][0] : undefined;
}

function functionBehind(app: AppModel, target: ResourceView): ResourceView | undefined {
  if (target.type === LAMBDA_FUNCTION) return target;
  if (target.type !== LAMBDA_ALIAS && target.type !== LAMBDA_VERSION) return undefined;
  const behind = app.referencedResource(target, target.properties.FunctionName) ?? byLiteralName(app, target, target.properties.FunctionName);
  return behind?.type === LAMBDA_FUNCTION ? behind : undefined;
}

function byLiteralName(app: AppModel, from: ResourceView, value: unknown): ResourceView | undefined {
  const text = literalString(value);
  if (text === undefined) return undefined;
  // arn:aws:lambda:region:account:function:name[:qualifier], account:function:name, or name.
  const parts = text.split(':');
  const at = parts.indexOf('function');
  const name = at >= 0 ? parts[at + 1] : parts.length === 1 ? text : undefined;
  if (!name) return undefined;
  let index = NAME_INDEX.get(app);
  if (!index) {
    index = new Map();
    for (const fn of app.ofType(LAMBDA_FUNCTION)) {
      const fnName = literalString(fn.properties.FunctionName);
      if (fnName === undefined) continue;
      index.set(fnName, [...(index.get(fnName) ?? []), fn]);
    }
    NAME_INDEX.set(app, index);
  }
  const candidates = (index.get(name) ?? []).filter(fn =>
    (fn.stack.region === undefined || from.stack.region === undefined || fn.stack.region === from.stack.region) &&
    (fn.stack.account === undefined || from.stack.account === undefined || fn.stack.account === from.stack.account));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A function's timeout in seconds (default 3 s), undefined when not known at synth. */
export function functionTimeoutOf(fn: ResourceView): QueueSeconds | undefined {
  const raw = fn.properties.Timeout;
  if (raw === undefined) return { seconds: FUNCTION.defaultTimeoutSeconds, isDefault: true };
  const seconds = literalNumber(raw);
  return seconds === undefined ? undefined : { seconds, isDefault: false };
}
