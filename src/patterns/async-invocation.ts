import { Annotations, Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DOCS } from '../limits/quotas';
import { applyLimitChecks } from '../private/apply-limit-checks';
import {
  unqualifiedFunction,
  validateDeadLetterChoice,
  validateExistingFunctionDeadLetter,
  validateHasRole,
  validateFunctionProps,
  validateMaxEventAge,
  validateNoEventInvokeConfig,
  validateRetryAttempts,
  validateZeroRetries,
} from '../private/async-invocation-validation';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';
import { createPatternFunction } from '../private/function-defaults';
import { acknowledgeBucketNotificationsHandler, acknowledgeFailureQueue, acknowledgeXrayWildcard } from '../private/nag-acknowledgements';
import { queueDepthAlarm } from '../private/queue-depth-alarm';
import { LeastPrivilegeS3FailureDestination } from '../private/s3-failure-destination';
import { scheduleExpressionProblem } from '../private/schedule-expression';
import { createFailureQueue } from '../private/secure-queue';

/** Documented defaults of {@link AsyncInvocation} (see docs/async-invocation.md). */
const ASYNC_DEFAULTS = {
  /** Lambda's own default, written into the template so that it is visible. */
  retryAttempts: 2,
  /** Lambda's own default (the maximum), written into the template. */
  maxEventAge: Duration.hours(6),
} as const;

/** Properties of {@link AsyncInvocation}. */
export interface AsyncInvocationProps {
  /**
   * An existing function, alias or version to configure. The event invoke config is
   * set on exactly what you pass (an alias gets an alias-level config); a DLQ can only be
   * one the function already has (see `deadLetterQueue`). Give this or `functionProps`.
   *
   * @default - none: `functionProps` must be given
   */
  readonly function?: lambda.IFunction;

  /**
   * Properties to create the function with, filled with the library's function
   * defaults (memory, timeout, X-Ray, JSON logs with retention, least-privilege role).
   * Leave the asynchronous settings (`onFailure`, `onSuccess`, `retryAttempts`,
   * `maxEventAge`, `deadLetterQueue`, `deadLetterTopic`, `deadLetterQueueEnabled`) to
   * this construct's own props. Give this or `function`.
   *
   * @default - none: `function` must be given
   */
  readonly functionProps?: lambda.FunctionProps;

  /**
   * How many times Lambda retries an event after the function returns an error (0-2).
   * A value of 0 without a failure path you give (`onFailure`, `deadLetterQueue`,
   * `deadLetterTopic`) is an error unless `acknowledgeNoRetries` is true.
   *
   * @default 2
   */
  readonly retryAttempts?: number;

  /**
   * How long Lambda keeps an event in its asynchronous queue, retrying, before it gives
   * up (60 seconds to 6 hours).
   *
   * @default Duration.hours(6)
   */
  readonly maxEventAge?: Duration;

  /**
   * Where Lambda sends a record of each successful invocation (SQS, SNS, Lambda,
   * EventBridge; see aws-cdk-lib/aws-lambda-destinations).
   *
   * @default - no on-success destination
   */
  readonly onSuccess?: lambda.IDestination;

  /**
   * Where Lambda sends a record of each event that failed every attempt or expired
   * (SQS, SNS, Lambda, EventBridge or an S3 bucket; see aws-cdk-lib/aws-lambda-destinations).
   * The destination grants the function's role what it needs: for an S3 bucket prefer
   * `onFailureBucket`, because aws-cdk-lib's `S3Destination` grants bucket read and put
   * (s3:GetObject*, s3:GetBucket*, s3:List*, s3:Abort*, s3:PutObject*...) where Lambda needs
   * only s3:PutObject and s3:ListBucket. Give at most one of `onFailure` and `onFailureBucket`.
   *
   * @default - a new SQS queue (`onFailureQueue`): SSE, TLS-only, 14-day retention
   */
  readonly onFailure?: lambda.IDestination;

  /**
   * An S3 bucket as the on-failure destination, with a least-privilege grant: s3:PutObject on
   * its objects, s3:ListBucket on the bucket, and kms:GenerateDataKey on its KMS key if it has
   * one. Give at most one of `onFailure` and `onFailureBucket`.
   *
   * @default - `onFailure`, or a new SQS queue (`onFailureQueue`)
   */
  readonly onFailureBucket?: s3.IBucket;

  /**
   * An SQS queue to use as the function's dead-letter queue. Only for a function this
   * construct creates (`functionProps`), or the DLQ already set on the `function` you pass:
   * a DLQ is a function-level setting, so any other value is an error.
   *
   * @default - a new SQS queue (SSE, TLS-only, 14-day retention) when this construct
   * creates the function and `deadLetterQueueEnabled` is not false; for an existing
   * function, the DLQ it already has
   */
  readonly deadLetterQueue?: sqs.IQueue;

  /**
   * An SNS topic to use as the function's dead-letter target instead of a queue.
   * Same rules as `deadLetterQueue`.
   *
   * @default - no dead-letter topic
   */
  readonly deadLetterTopic?: sns.ITopic;

  /**
   * Whether the function has a dead-letter queue. `false` leaves the function without
   * one (the on-failure destination still catches failed events; cdk-nag's
   * Serverless-LambdaDLQ then reports the function). `true` with an existing function
   * requires that function to have a DLQ already.
   *
   * @default - true when this construct creates the function; for an existing function,
   * whatever the function has
   */
  readonly deadLetterQueueEnabled?: boolean;

  /**
   * Acknowledge that `retryAttempts: 0` is intended even though no failure path of your
   * own is given: a failed first attempt is final and goes only to the default
   * failure queue.
   *
   * @default false
   */
  readonly acknowledgeNoRetries?: boolean;

  /**
   * Actions (for example an SNS topic action) added to every alarm this construct creates,
   * including those of the triggers added later.
   *
   * @default - no actions: the alarms only change state
   */
  readonly alarmActions?: cloudwatch.IAlarmAction[];
}

/** Options for {@link AsyncInvocation.addS3Trigger}. */
export interface S3TriggerOptions {
  /**
   * The bucket events that invoke the function.
   *
   * @default [s3.EventType.OBJECT_CREATED]
   */
  readonly events?: s3.EventType[];

  /**
   * Key prefix and suffix filters.
   *
   * @default - every object key
   */
  readonly filters?: s3.NotificationKeyFilter[];
}

/** Options for {@link AsyncInvocation.addSnsTrigger}. */
export interface SnsTriggerOptions {
  /**
   * Message-attribute filter policy of the subscription.
   *
   * @default - every message
   */
  readonly filterPolicy?: { [attribute: string]: sns.SubscriptionFilter };

  /**
   * The subscription's redrive queue: SNS puts a message there when it cannot deliver it
   * to Lambda (function deleted, permission missing, Lambda throttling SNS past its retries).
   *
   * @default - a new SQS queue: SSE, TLS-only, 14-day retention, with a depth alarm
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/** Options for {@link AsyncInvocation.addRuleTrigger}. */
export interface RuleTriggerOptions {
  /**
   * The input EventBridge sends to the function.
   *
   * @default - the matched event
   */
  readonly event?: events.RuleTargetInput;

  /**
   * The target's dead-letter queue: EventBridge puts an event there when it cannot
   * deliver it to Lambda.
   *
   * @default - a new SQS queue: SSE, TLS-only, 14-day retention, with a depth alarm
   */
  readonly deadLetterQueue?: sqs.IQueue;

  /**
   * How long EventBridge keeps retrying delivery to Lambda (60 seconds to 24 hours).
   *
   * @default Duration.hours(24)
   */
  readonly maxEventAge?: Duration;

  /**
   * How many times EventBridge retries delivery to Lambda (0-185).
   *
   * @default 185
   */
  readonly retryAttempts?: number;
}

/** Options for {@link AsyncInvocation.addScheduleTrigger}. */
export interface ScheduleTriggerOptions extends RuleTriggerOptions {
  /**
   * Description of the rule.
   *
   * @default - a description naming the schedule
   */
  readonly description?: string;

  /**
   * Whether the rule is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/** What a trigger method made. */
export interface AsyncInvocationTrigger {
  /**
   * The trigger's own dead-letter queue (SNS redrive queue or EventBridge target DLQ).
   */
  readonly deadLetterQueue: sqs.IQueue;

  /**
   * The depth alarm of the dead-letter queue this construct created.
   *
   * @default - none when the queue was given
   */
  readonly deadLetterQueueAlarm?: cloudwatch.Alarm;

  /**
   * The EventBridge rule.
   *
   * @default - none for SNS triggers
   */
  readonly rule?: events.Rule;
}

/**
 * Asynchronous invocation of a Lambda function with bounded retries, a maximum event
 * age, on-success and on-failure destinations and a dead-letter queue, so that no
 * event is dropped silently. Adds triggers from S3, SNS and EventBridge that invoke
 * through the configured function or alias, and alarms on dropped events, failed
 * deliveries and failure queues.
 *
 * @example
 * declare const bucket: s3.Bucket;
 * new AsyncInvocation(this, 'Thumbnails', {
 *   functionProps: {
 *     runtime: lambda.Runtime.NODEJS_22_X,
 *     handler: 'index.handler',
 *     code: lambda.Code.fromAsset('handler'),
 *   },
 *   retryAttempts: 1,
 * }).addS3Trigger(bucket, { filters: [{ prefix: 'uploads/' }] });
 */
export class AsyncInvocation extends Construct {
  /** The function, alias or version the asynchronous settings apply to and the triggers invoke. */
  public readonly function: lambda.IFunction;
  /** The event invoke config (retries, event age, destinations). */
  public readonly eventInvokeConfig: lambda.EventInvokeConfig;
  /** The on-failure queue, when this construct created it (no `onFailure` given). */
  public readonly onFailureQueue?: sqs.IQueue;
  /** The function's dead-letter queue, when it has one (created, given or already set). */
  public readonly deadLetterQueue?: sqs.IQueue;
  /** The function's dead-letter topic, when it has one. */
  public readonly deadLetterTopic?: sns.ITopic;
  /** Alarm: Lambda dropped events (expired or retries exhausted with nowhere to go, or throttled past the event age). */
  public readonly asyncEventsDroppedAlarm: cloudwatch.Alarm;
  /** Alarm: Lambda could not deliver records to a destination. */
  public readonly destinationDeliveryFailuresAlarm: cloudwatch.Alarm;
  /** Alarm: Lambda could not send an event to the dead-letter target, when there is one. */
  public readonly deadLetterErrorsAlarm?: cloudwatch.Alarm;
  /** Alarm: the created on-failure queue holds messages. */
  public readonly onFailureQueueAlarm?: cloudwatch.Alarm;
  /** Alarm: the created dead-letter queue holds messages. */
  public readonly deadLetterQueueAlarm?: cloudwatch.Alarm;
  /** Every alarm of this construct, including those of triggers added later. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  private readonly alarmActions: cloudwatch.IAlarmAction[];

  constructor(scope: Construct, id: string, props: AsyncInvocationProps) {
    super(scope, id);
    requireExactlyOne(this, 'function', props.function, 'functionProps', props.functionProps);
    validateRetryAttempts(this, props.retryAttempts);
    validateMaxEventAge(this, props.maxEventAge);
    validateDeadLetterChoice(this, props);
    if (props.onFailure !== undefined && props.onFailureBucket !== undefined) {
      throw new PatternValidationError(this, `both \`onFailure\` and \`onFailureBucket\` are given; a function has one on-failure destination. Keep one. See ${DOCS.lambdaAsyncDestinations}`);
    }
    if (props.onFailure instanceof destinations.S3Destination) {
      Annotations.of(this).addWarningV2('cdk-lambda-patterns:AsyncInvocationS3DestinationGrant',
        `The on-failure destination of ${this.node.path} is an aws-cdk-lib S3Destination, which grants the function's role bucket read and put (s3:GetObject*, s3:GetBucket*, s3:List*, s3:Abort*, ...); Lambda needs only s3:PutObject and s3:ListBucket. Use \`onFailureBucket\` for a least-privilege grant. See ${DOCS.lambdaAsyncDestinations}`);
    }
    const userFailurePath = props.onFailure !== undefined || props.onFailureBucket !== undefined
      || props.deadLetterQueue !== undefined || props.deadLetterTopic !== undefined;
    validateZeroRetries(this, props.retryAttempts, userFailurePath, props.acknowledgeNoRetries ?? false);
    this.alarmActions = props.alarmActions ?? [];

    if (props.function) {
      validateExistingFunctionDeadLetter(this, props.function, props);
      validateNoEventInvokeConfig(this, props.function);
      validateHasRole(this, props.function);
      this.function = props.function;
      const target = unqualifiedFunction(props.function);
      if (target instanceof lambda.Function) {
        this.deadLetterQueue = target.deadLetterQueue;
        this.deadLetterTopic = target.deadLetterTopic;
      }
    } else {
      const functionProps = props.functionProps as lambda.FunctionProps;
      validateFunctionProps(this, functionProps);
      const wantsQueue = props.deadLetterTopic === undefined && props.deadLetterQueueEnabled !== false;
      const createdQueue = wantsQueue && props.deadLetterQueue === undefined ? createFailureQueue(this, 'DeadLetterQueue') : undefined;
      this.deadLetterQueue = wantsQueue ? props.deadLetterQueue ?? createdQueue : undefined;
      this.deadLetterTopic = props.deadLetterTopic;
      const fn = createPatternFunction(this, 'Function', {
        ...functionProps,
        deadLetterQueue: this.deadLetterQueue,
        deadLetterTopic: this.deadLetterTopic,
      });
      if (functionProps.role === undefined && fn.role) acknowledgeXrayWildcard(fn.role);
      this.function = fn;
      if (createdQueue) {
        acknowledgeFailureQueue(createdQueue, 'the function\'s dead-letter queue');
        this.deadLetterQueueAlarm = this.addAlarm(queueDepthAlarm(this, 'DeadLetterQueueAlarm', createdQueue, 'The dead-letter queue of the function'));
      }
    }

    let onFailure = props.onFailure
      ?? (props.onFailureBucket === undefined ? undefined : new LeastPrivilegeS3FailureDestination(props.onFailureBucket));
    if (!onFailure) {
      const queue = createFailureQueue(this, 'OnFailureQueue');
      this.onFailureQueue = queue;
      acknowledgeFailureQueue(queue, 'the on-failure destination of asynchronous invocations');
      onFailure = new destinations.SqsDestination(queue);
      this.onFailureQueueAlarm = this.addAlarm(queueDepthAlarm(this, 'OnFailureQueueAlarm', queue, 'The on-failure destination queue'));
    }

    this.function.configureAsyncInvoke({
      retryAttempts: props.retryAttempts ?? ASYNC_DEFAULTS.retryAttempts,
      maxEventAge: props.maxEventAge ?? ASYNC_DEFAULTS.maxEventAge,
      onSuccess: props.onSuccess,
      onFailure,
    });
    this.eventInvokeConfig = this.function.node.findChild('EventInvokeConfig') as lambda.EventInvokeConfig;

    this.asyncEventsDroppedAlarm = this.addAlarm(this.metricAlarm('AsyncEventsDroppedAlarm', this.function, 'AsyncEventsDropped',
      'Lambda dropped asynchronous events without delivering them to a failure destination or DLQ.'));
    this.destinationDeliveryFailuresAlarm = this.addAlarm(this.metricAlarm('DestinationDeliveryFailuresAlarm', this.function, 'DestinationDeliveryFailures',
      'Lambda could not deliver invocation records to a destination (check the destination\'s permissions, encryption key and existence).'));
    if (this.deadLetterQueue || this.deadLetterTopic) {
      this.deadLetterErrorsAlarm = this.addAlarm(this.metricAlarm('DeadLetterErrorsAlarm', unqualifiedFunction(this.function), 'DeadLetterErrors',
        'Lambda could not send failed events to the dead-letter queue or topic: those events are lost.'));
    }

    applyLimitChecks(this);
  }

  /**
   * Invokes the function (through the configured alias or version) on S3 bucket events.
   * S3 invokes Lambda asynchronously, so the retries, destinations and DLQ apply.
   */
  public addS3Trigger(bucket: s3.IBucket, options: S3TriggerOptions = {}): void {
    const bucketEvents = options.events ?? [s3.EventType.OBJECT_CREATED];
    if (bucketEvents.length === 0) {
      throw new PatternValidationError(this, '`events` of addS3Trigger is empty; give at least one s3.EventType. See https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html');
    }
    const destination = new s3n.LambdaDestination(this.function);
    for (const event of bucketEvents) {
      bucket.addEventNotification(event, destination, ...(options.filters ?? []));
    }
    acknowledgeBucketNotificationsHandler(bucket);
  }

  /**
   * Subscribes the function (through the configured alias or version) to an SNS topic,
   * with the subscription's own redrive queue for messages SNS cannot deliver to Lambda.
   */
  public addSnsTrigger(id: string, topic: sns.ITopic, options: SnsTriggerOptions = {}): AsyncInvocationTrigger {
    const trigger = this.triggerDeadLetterQueue(id, options.deadLetterQueue, `The redrive queue of the SNS subscription ${id}`);
    topic.addSubscription(new subscriptions.LambdaSubscription(this.function, {
      filterPolicy: options.filterPolicy,
      deadLetterQueue: trigger.deadLetterQueue,
    }));
    return trigger;
  }

  /**
   * Makes the function (through the configured alias or version) a target of an
   * EventBridge rule, with a dead-letter queue for events EventBridge cannot deliver.
   */
  public addRuleTrigger(id: string, rule: events.Rule, options: RuleTriggerOptions = {}): AsyncInvocationTrigger {
    const trigger = this.triggerDeadLetterQueue(id, options.deadLetterQueue, `The dead-letter queue of the EventBridge target ${id}`);
    rule.addTarget(new targets.LambdaFunction(this.function, {
      event: options.event,
      deadLetterQueue: trigger.deadLetterQueue,
      maxEventAge: options.maxEventAge,
      retryAttempts: options.retryAttempts,
    }));
    return { ...trigger, rule };
  }

  /**
   * Creates an EventBridge rule on a schedule (`rate(5 minutes)`, `cron(0 12 * * ? *)`)
   * that invokes the function (through the configured alias or version). The expression
   * is validated at synth: a rate value is a positive whole number with a singular unit
   * for 1 and a plural one otherwise; a cron expression has 6 fields and not both
   * day-of-month and day-of-week.
   */
  public addScheduleTrigger(id: string, expression: string, options: ScheduleTriggerOptions = {}): AsyncInvocationTrigger {
    const problem = scheduleExpressionProblem(expression);
    if (problem) {
      throw new PatternValidationError(this, `\`expression\` of addScheduleTrigger('${id}'): ${problem}`);
    }
    const rule = new events.Rule(this, id, {
      schedule: events.Schedule.expression(expression),
      description: options.description ?? `Invokes ${this.node.path} on ${expression}`,
      enabled: options.enabled,
    });
    return this.addRuleTrigger(`${id}Target`, rule, options);
  }

  /** The given queue, or a new failure queue with its depth alarm. */
  private triggerDeadLetterQueue(id: string, given: sqs.IQueue | undefined, what: string): AsyncInvocationTrigger {
    if (given) return { deadLetterQueue: given };
    const created = createFailureQueue(this, `${id}DeadLetterQueue`);
    acknowledgeFailureQueue(created, what);
    const deadLetterQueueAlarm = this.addAlarm(queueDepthAlarm(this, `${id}DeadLetterQueueAlarm`, created, what));
    return { deadLetterQueue: created, deadLetterQueueAlarm };
  }

  private metricAlarm(id: string, fn: lambda.IFunction, metricName: string, description: string): cloudwatch.Alarm {
    return new cloudwatch.Alarm(this, id, {
      metric: fn.metric(metricName, { statistic: cloudwatch.Stats.SUM, period: Duration.minutes(1) }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
  }

  private addAlarm(alarm: cloudwatch.Alarm): cloudwatch.Alarm {
    if (this.alarmActions.length > 0) alarm.addAlarmAction(...this.alarmActions);
    this.alarms.push(alarm);
    return alarm;
  }
}
