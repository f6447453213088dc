/**
 * Facts about SQS queues as the rules need them: FIFO or standard, timeouts and
 * retention with their defaults, the redrive policy and its dead-letter queue.
 * Not a rule.
 */
import type { AppModel, ResourceView } from '../../model';
import { isRecord } from '../../model';
import { SQS } from '../../quotas';
import { literalBoolean, literalNumber, literalObject, literalString } from '../../values';

/** CloudFormation type of a queue. */
export const SQS_QUEUE = 'AWS::SQS::Queue';

/**
 * A JSON-object property that CloudFormation also accepts as a JSON string
 * (`RedrivePolicy`, `RedriveAllowPolicy`); undefined when absent or not known at synth.
 */
export function jsonObjectProperty(value: unknown): Record<string, unknown> | undefined {
  const object = literalObject(value);
  if (object) return object;
  const text = literalString(value);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** True for a FIFO queue, false for a standard one, undefined when not known at synth. */
export function isFifoQueue(queue: ResourceView): boolean | undefined {
  const fifo = queue.properties.FifoQueue;
  if (fifo === undefined) return false;
  return literalBoolean(fifo);
}

/** A FIFO queue's name (and so its ARN) ends with `.fifo`; a standard queue's cannot. */
export function isFifoArn(arn: string): boolean {
  return arn.endsWith(SQS.fifoSuffix);
}

/** A number of seconds read from a queue, with the SQS default when the property is absent. */
export interface QueueSeconds {
  readonly seconds: number;
  readonly isDefault: boolean;
}

/** A queue's visibility timeout (default 30 s), undefined when not known at synth. */
export function visibilityTimeoutOf(queue: ResourceView): QueueSeconds | undefined {
  return secondsOf(queue, 'VisibilityTimeout', SQS.defaultVisibilityTimeoutSeconds);
}

/** A queue's message retention period (default 4 days), undefined when not known at synth. */
export function retentionOf(queue: ResourceView): QueueSeconds | undefined {
  return secondsOf(queue, 'MessageRetentionPeriod', SQS.defaultRetentionSeconds);
}

function secondsOf(queue: ResourceView, property: string, fallback: number): QueueSeconds | undefined {
  const raw = queue.properties[property];
  if (raw === undefined) return { seconds: fallback, isDefault: true };
  const seconds = literalNumber(raw);
  return seconds === undefined ? undefined : { seconds, isDefault: false };
}

/** A queue's redrive policy, when it has one that is known at synth. */
export function redrivePolicyOf(queue: ResourceView): Record<string, unknown> | undefined {
  return jsonObjectProperty(queue.properties.RedrivePolicy);
}

/** The dead-letter queue a redrive policy names: a queue of the app, or only its literal ARN. */
export interface DeadLetterQueueRef {
  /** The queue resource, when the app defines it. */
  readonly resource?: ResourceView;
  /** The literal ARN, when the queue is not in the app (e.g. `Queue.fromQueueArn`). */
  readonly arn?: string;
}

/** The source queue's dead-letter queue, undefined when it has none or it is not known at synth. */
export function deadLetterQueueOf(app: AppModel, queue: ResourceView): DeadLetterQueueRef | undefined {
  const target = redrivePolicyOf(queue)?.deadLetterTargetArn;
  if (target === undefined) return undefined;
  const resource = app.referencedResource(queue, target);
  if (resource) return resource.type === SQS_QUEUE ? { resource } : undefined;
  const arn = literalString(target);
  return arn === undefined ? undefined : { arn };
}

/** Whether a dead-letter queue is FIFO, undefined when not known. */
export function isFifoDeadLetterQueue(dlq: DeadLetterQueueRef): boolean | undefined {
  if (dlq.resource) return isFifoQueue(dlq.resource);
  return dlq.arn === undefined ? undefined : isFifoArn(dlq.arn);
}

/** `30 s (the default)` */
export function renderSeconds(value: QueueSeconds): string {
  return `${value.seconds} s${value.isDefault ? ' (the default)' : ''}`;
}
