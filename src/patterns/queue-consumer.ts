import { Annotations, Duration, Names, Token } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { fmt } from '../limits/engine';
import { DOCS, SQS } from '../limits/quotas';
import { acknowledge } from '../private/acknowledge';
import { applyLimitChecks, applyLimitChecksOutside } from '../private/apply-limit-checks';
import { acknowledgeCreatedFunction, acknowledgeFailureQueue } from '../private/consumer-acknowledgements';
import { failureQueueAlarm, oldestMessageAgeAlarm } from '../private/consumer-alarms';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';
import { findEventSourceMapping } from '../private/find-mapping';
import { createPatternFunction } from '../private/function-defaults';
import { knownFunctionTimeoutSeconds } from '../private/function-timeout';
import {
  batchingWindowSeconds,
  knownVisibilitySeconds,
  recommendedVisibilitySeconds,
  requireVisibilityAtLeastTimeout,
  worstCaseVisibilitySeconds,
} from '../private/queue-visibility';
import { createFailureQueue, createSecureQueue, FAILURE_QUEUE_RETENTION } from '../private/secure-queue';

/** The documented defaults of {@link QueueConsumer}. */
const DEFAULTS = {
  maxReceiveCount: SQS.recommendedMaxReceiveCount,
  oldestMessageAgeAlarmThreshold: Duration.minutes(15),
} as const;

/** Properties of {@link QueueConsumer}. */
export interface QueueConsumerProps {
  /**
   * The function that consumes the queue: a function, an alias (recommended, so that
   * canary deployments and provisioned concurrency apply to the consumer), a version
   * or an imported function. Give exactly one of `function` or `functionProps`.
   *
   * @default - a function is created from `functionProps`
   */
  readonly function?: lambda.IFunction;

  /**
   * Properties of a function to create, with the library's function defaults
   * (512 MB, 30 s timeout, active tracing, JSON logs with a one-month log group,
   * a least-privilege role) for what is not set.
   *
   * @default - `function` is used
   */
  readonly functionProps?: lambda.FunctionProps;

  /**
   * An existing queue to consume. Its redrive policy and visibility timeout are the
   * owner's: the pattern checks them when they are known and warns when they are not.
   * Give exactly one of `queue` or `queueProps`.
   *
   * @default - a queue is created from `queueProps`
   */
  readonly queue?: sqs.IQueue;

  /**
   * Properties of a queue to create: SSE and `enforceSSL` unless set otherwise, a
   * visibility timeout of 6 x the function timeout + the batching window unless set,
   * and a dead-letter queue of the same type (standard or FIFO) with a 14-day retention,
   * unless `deadLetterQueue` is set here.
   *
   * @default - `queue` is used
   */
  readonly queueProps?: sqs.QueueProps;

  /**
   * How many times a message is received before SQS moves it to the dead-letter queue
   * the pattern creates (1 to 1,000; AWS recommends at least 5 for Lambda consumers, so
   * that throttled receives do not send messages to the DLQ early). Only for a queue the
   * pattern creates with its own DLQ.
   *
   * @default 5
   */
  readonly maxReceiveCount?: number;

  /**
   * The largest number of messages Lambda reads into one batch: 1 to 10 without a
   * batching window (and for FIFO queues), up to 10,000 with one.
   *
   * @default 10
   */
  readonly batchSize?: number;

  /**
   * How long Lambda gathers messages before invoking the function (up to 5 minutes;
   * not supported for FIFO queues). Added to the visibility timeout the pattern sets.
   *
   * @default - no batching window
   */
  readonly maxBatchingWindow?: Duration;

  /**
   * The most concurrent function instances this event source invokes (2 to 1,000).
   *
   * @default - no limit other than the function's and the account's concurrency
   */
  readonly maxConcurrency?: number;

  /**
   * Event filter patterns (build them with `lambda.FilterCriteria.filter`): at most 5
   * under the default quota (raisable, never more than 20), each at most 4,096
   * characters. Messages that match no filter are deleted.
   *
   * @default - every message is delivered
   */
  readonly filters?: { [key: string]: unknown }[];

  /**
   * A customer managed KMS key that encrypts the filter criteria.
   *
   * @default - filter criteria are encrypted with an AWS owned key
   */
  readonly filterEncryption?: kms.IKey;

  /**
   * Whether the function reports partially failed batches (`batchItemFailures` with the
   * failed message ids), so that only the failed messages are retried.
   *
   * @default true
   */
  readonly reportBatchItemFailures?: boolean;

  /**
   * Whether the event source mapping is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The age of the oldest message in the source queue above which the
   * `oldestMessageAgeAlarm` fires. A token must be given in seconds (`Duration.seconds`).
   *
   * @default Duration.minutes(15)
   */
  readonly oldestMessageAgeAlarmThreshold?: Duration;
}

/** Options of {@link QueueConsumer.subscribeTo}. */
export interface QueueConsumerSubscriptionOptions {
  /**
   * Deliver the message body as published, without the SNS JSON envelope.
   *
   * @default true
   */
  readonly rawMessageDelivery?: boolean;

  /**
   * Only messages whose attributes match this policy are delivered to the queue.
   *
   * @default - every message is delivered
   */
  readonly filterPolicy?: { [attribute: string]: sns.SubscriptionFilter };

  /**
   * The queue SNS sends a message to when it cannot deliver it to the consumer's queue
   * (same type as the topic: FIFO for a FIFO topic).
   *
   * @default - an encrypted queue with a 14-day retention is created
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * An SQS queue consumed by a Lambda function, with the settings that keep messages
 * from being lost or processed twice: partial batch responses, a dead-letter queue
 * of the same type with the maximum retention, a visibility timeout derived from the
 * function timeout, encryption in transit and at rest, and alarms on the DLQ and on
 * the age of the oldest message.
 *
 * @example
 * declare const handler: lambda.IFunction;
 * const consumer = new QueueConsumer(this, 'Orders', {
 *   function: handler,
 *   queueProps: {},
 *   batchSize: 100,
 *   maxBatchingWindow: Duration.seconds(5),
 * });
 */
export class QueueConsumer extends Construct {
  /** The consuming function (as given, or the one created from `functionProps`). */
  public readonly function: lambda.IFunction;
  /** The source queue. */
  public readonly queue: sqs.IQueue;
  /**
   * The source queue's dead-letter queue: the one the pattern created, the one given in
   * `queueProps.deadLetterQueue`, or an existing queue's own when this app defines it.
   */
  public readonly deadLetterQueue?: sqs.IQueue;
  /** The event source mapping from the queue to the function. */
  public readonly eventSourceMapping: lambda.EventSourceMapping;
  /** Fires when a message is visible in the dead-letter queue (absent when the DLQ is unknown). */
  public readonly deadLetterQueueAlarm?: cloudwatch.Alarm;
  /** Fires when the oldest message of the source queue is older than the threshold. */
  public readonly oldestMessageAgeAlarm: cloudwatch.Alarm;
  /** Every alarm of this pattern, including those added by `subscribeTo`. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: QueueConsumerProps) {
    super(scope, id);
    applyLimitChecks(this);
    requireExactlyOne(this, 'function', props.function, 'functionProps', props.functionProps);
    requireExactlyOne(this, 'queue', props.queue, 'queueProps', props.queueProps);
    this.validateProps(props);

    this.function = props.function ?? createPatternFunction(this, 'Function', props.functionProps!);
    const timeoutSeconds = knownFunctionTimeoutSeconds(this.function);
    const windowSeconds = batchingWindowSeconds(props.maxBatchingWindow);

    if (props.queueProps) {
      const created = this.createQueue(props.queueProps, props.maxReceiveCount, timeoutSeconds, windowSeconds);
      this.queue = created.queue;
      this.deadLetterQueue = created.deadLetterQueue;
    } else {
      this.queue = props.queue!;
      this.deadLetterQueue = this.checkExistingQueue(this.queue, timeoutSeconds);
    }

    const source = new SqsEventSource(this.queue, {
      batchSize: props.batchSize,
      maxBatchingWindow: props.maxBatchingWindow,
      maxConcurrency: props.maxConcurrency,
      filters: props.filters,
      filterEncryption: props.filterEncryption,
      enabled: props.enabled,
      reportBatchItemFailures: props.reportBatchItemFailures ?? true,
    });
    this.function.addEventSource(source);
    this.eventSourceMapping = findEventSourceMapping(this, this.function, source.eventSourceMappingId);
    // The mapping lives under the function, outside this construct when the function is
    // the user's: check it too (visibility vs timeout, batching, filters).
    applyLimitChecksOutside(this, this.eventSourceMapping);
    acknowledge(this.eventSourceMapping, {
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason: 'An SQS event source mapping has no on-failure destination: failed messages return to the queue and its redrive policy moves them to the dead-letter queue.',
    });
    if (props.functionProps) {
      acknowledgeCreatedFunction(this.function, props.functionProps.role === undefined,
        'The function is invoked synchronously by an SQS event source mapping; a function DLQ only applies to asynchronous invocations. Failed messages go to the source queue\'s dead-letter queue.');
    }

    if (this.deadLetterQueue) {
      this.deadLetterQueueAlarm = failureQueueAlarm(this, 'DeadLetterQueueAlarm', this.deadLetterQueue, 'The dead-letter queue');
      this.alarms.push(this.deadLetterQueueAlarm);
    }
    this.oldestMessageAgeAlarm = oldestMessageAgeAlarm(this, 'OldestMessageAgeAlarm', this.queue,
      props.oldestMessageAgeAlarmThreshold ?? DEFAULTS.oldestMessageAgeAlarmThreshold);
    this.alarms.push(this.oldestMessageAgeAlarm);
  }

  /**
   * Subscribes the consumer's queue to an SNS topic (fan-out): raw message delivery,
   * a redrive dead-letter queue for the subscription, and a queue policy that lets only
   * this topic send. Adds an alarm on the subscription's dead-letter queue.
   *
   * @returns the subscription
   */
  public subscribeTo(topic: sns.ITopic, options: QueueConsumerSubscriptionOptions = {}): sns.Subscription {
    if (!(this.queue instanceof sqs.Queue)) {
      throw new PatternValidationError(this,
        `subscribeTo needs a queue this app defines: the queue policy that lets the topic send cannot be added to the imported queue ${this.queue.node.path}. See ${DOCS.snsSqsSubscription}`);
    }
    if (this.queue.fifo && !topic.fifo) {
      throw new PatternValidationError(this,
        `subscribeTo: the queue is FIFO and the topic ${topic.node.path} is standard; a FIFO queue can only subscribe to a FIFO topic. See ${DOCS.snsFifoTopics}`);
    }
    const uid = Names.nodeUniqueId(topic.node);
    const deadLetterQueue = options.deadLetterQueue ?? this.createSubscriptionDeadLetterQueue(uid, topic.fifo);
    const subscription = topic.addSubscription(new subs.SqsSubscription(this.queue, {
      rawMessageDelivery: options.rawMessageDelivery ?? true,
      filterPolicy: options.filterPolicy,
      deadLetterQueue,
    }));
    this.alarms.push(failureQueueAlarm(this, `SubscriptionDeadLetterQueueAlarm${uid}`, deadLetterQueue,
      `The dead-letter queue of the subscription to ${topic.node.path}`));
    return subscription;
  }

  private createSubscriptionDeadLetterQueue(uid: string, fifo: boolean): sqs.Queue {
    const queue = createFailureQueue(this, `SubscriptionDeadLetterQueue${uid}`, { fifo: fifo || undefined });
    acknowledgeFailureQueue(queue, 'the redrive dead-letter queue of an SNS subscription', false);
    return queue;
  }

  private validateProps(props: QueueConsumerProps): void {
    const mrc = props.maxReceiveCount;
    if (mrc !== undefined && !Token.isUnresolved(mrc)) {
      if (!Number.isInteger(mrc) || mrc < SQS.maxReceiveCountMin || mrc > SQS.maxReceiveCountMax) {
        throw new PatternValidationError(this,
          `\`maxReceiveCount\` is ${mrc}; the limit is an integer from ${SQS.maxReceiveCountMin} to ${fmt(SQS.maxReceiveCountMax)}. See ${DOCS.sqsDlq}`);
      }
    }
    if (mrc !== undefined && props.queue) {
      throw new PatternValidationError(this,
        `\`maxReceiveCount\` is ${mrc}, but \`queue\` is an existing queue whose redrive policy the pattern does not own; set it on that queue's \`deadLetterQueue\` instead. See ${DOCS.sqsDlq}`);
    }
    if (mrc !== undefined && props.queueProps?.deadLetterQueue) {
      throw new PatternValidationError(this,
        `\`maxReceiveCount\` is ${mrc}, but \`queueProps.deadLetterQueue\` also sets one (${props.queueProps.deadLetterQueue.maxReceiveCount}); give it in one place. See ${DOCS.sqsDlq}`);
    }
    const fifo = props.queueProps ? props.queueProps.fifo === true || isFifoName(props.queueProps.queueName) : props.queue?.fifo === true;
    if (fifo && props.maxBatchingWindow !== undefined) {
      throw new PatternValidationError(this,
        `\`maxBatchingWindow\` is ${props.maxBatchingWindow.toString()}, but the queue is FIFO; the limit is no batching window for FIFO queues. See ${DOCS.lambdaSqsParameters}`);
    }
    const threshold = props.oldestMessageAgeAlarmThreshold;
    if (threshold !== undefined && !threshold.isUnresolved() && threshold.toMilliseconds() <= 0) {
      throw new PatternValidationError(this, `\`oldestMessageAgeAlarmThreshold\` is ${threshold.toHumanString()}; the limit is more than 0 seconds.`);
    }
  }

  private createQueue(queueProps: sqs.QueueProps, maxReceiveCount: number | undefined, timeoutSeconds: number | undefined, windowSeconds: number)
    : { queue: sqs.Queue; deadLetterQueue: sqs.IQueue } {
    const fifo = queueProps.fifo === true || isFifoName(queueProps.queueName);
    const userDlq = queueProps.deadLetterQueue;
    if (userDlq) this.checkUserDeadLetterQueue(userDlq, fifo);
    let deadLetterQueue: sqs.IQueue;
    if (userDlq) {
      deadLetterQueue = userDlq.queue;
    } else {
      const created = createFailureQueue(this, 'DeadLetterQueue', { fifo: fifo || undefined, retentionPeriod: FAILURE_QUEUE_RETENTION });
      acknowledgeFailureQueue(created, 'the dead-letter queue of the consumed queue', true);
      deadLetterQueue = created;
    }

    let visibilityTimeout = queueProps.visibilityTimeout;
    if (visibilityTimeout === undefined) {
      if (timeoutSeconds === undefined) {
        const worst = worstCaseVisibilitySeconds(windowSeconds);
        Annotations.of(this).addWarningV2('cdk-lambda-patterns:QueueConsumerFunctionTimeoutUnknown',
          `The timeout of \`function\` ${this.function.node.path} cannot be read at synth (imported function or token), so the queue's visibility timeout is set for the longest function timeout: ${fmt(worst)} s. `
          + `Set \`queueProps.visibilityTimeout\` to 6 x the function timeout + the batching window to retry failed messages sooner. See ${DOCS.lambdaSqsConfigure}`);
        visibilityTimeout = Duration.seconds(worst);
      } else {
        visibilityTimeout = Duration.seconds(recommendedVisibilitySeconds(timeoutSeconds, windowSeconds));
      }
    } else if (!visibilityTimeout.isUnresolved() && timeoutSeconds !== undefined) {
      requireVisibilityAtLeastTimeout(this, '`queueProps.visibilityTimeout`', visibilityTimeout.toSeconds(), timeoutSeconds);
    }

    const queue = createSecureQueue(this, 'Queue', {
      ...queueProps,
      visibilityTimeout,
      deadLetterQueue: userDlq ?? { queue: deadLetterQueue, maxReceiveCount: maxReceiveCount ?? DEFAULTS.maxReceiveCount },
    });
    return { queue, deadLetterQueue };
  }

  private checkUserDeadLetterQueue(dlq: sqs.DeadLetterQueue, fifo: boolean): void {
    if (dlq.queue.fifo !== fifo) {
      throw new PatternValidationError(this,
        `\`queueProps.deadLetterQueue.queue\` is a ${dlq.queue.fifo ? 'FIFO' : 'standard'} queue for a ${fifo ? 'FIFO' : 'standard'} source queue; the limit is a dead-letter queue of the same type. See ${DOCS.sqsDlq}`);
    }
  }

  private checkExistingQueue(queue: sqs.IQueue, timeoutSeconds: number | undefined): sqs.IQueue | undefined {
    const visibility = knownVisibilitySeconds(queue);
    if (visibility === undefined) {
      Annotations.of(this).addWarningV2('cdk-lambda-patterns:QueueConsumerVisibilityUnknown',
        `The visibility timeout of \`queue\` ${queue.node.path} cannot be read at synth (imported queue or token), so it cannot be checked against the function timeout. `
        + `Make sure it is at least 6 x the function timeout + the batching window: Lambda rejects the mapping when it is below the function timeout. See ${DOCS.lambdaSqsConfigure}`);
    } else if (timeoutSeconds !== undefined) {
      requireVisibilityAtLeastTimeout(this, `The visibility timeout of \`queue\` ${queue.node.path}`, visibility, timeoutSeconds);
    }
    if (!(queue instanceof sqs.Queue)) return undefined;
    if (!queue.deadLetterQueue) {
      Annotations.of(this).addWarningV2('cdk-lambda-patterns:QueueConsumerNoDeadLetterQueue',
        `\`queue\` ${queue.node.path} has no dead-letter queue: a message that always fails is retried until its retention expires and is then lost. Give it a \`deadLetterQueue\`. See ${DOCS.sqsDlq}`);
      return undefined;
    }
    return queue.deadLetterQueue.queue;
  }
}

function isFifoName(name: string | undefined): boolean {
  return name !== undefined && !Token.isUnresolved(name) && name.endsWith('.fifo');
}

