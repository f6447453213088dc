import { Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DOCS } from '../limits/quotas';
import { applyLimitChecks, applyLimitChecksOutside } from '../private/apply-limit-checks';
import { acknowledgeCreatedFunction, acknowledgeFailureQueue } from '../private/consumer-acknowledgements';
import { failureQueueAlarm, iteratorAgeAlarm } from '../private/consumer-alarms';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';
import { findEventSourceMapping } from '../private/find-mapping';
import { createPatternFunction } from '../private/function-defaults';
import { createFailureQueue } from '../private/secure-queue';

/** The documented defaults of {@link StreamConsumer}. */
const DEFAULTS = {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 100,
  retryAttempts: 10,
  maxRecordAge: Duration.days(1),
  iteratorAgeAlarmThreshold: Duration.minutes(5),
} as const;

/** Properties of {@link StreamConsumer}. */
export interface StreamConsumerProps {
  /**
   * The function that consumes the stream: a function, an alias (recommended), a version
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
   * An existing Kinesis data stream to consume. Give exactly one of `stream`,
   * `streamProps` or `table`.
   *
   * @default - no Kinesis stream
   */
  readonly stream?: kinesis.IStream;

  /**
   * Properties of a Kinesis data stream to create, encrypted with the `aws/kinesis` key
   * unless `encryption` or `encryptionKey` is set.
   *
   * @default - no Kinesis stream is created
   */
  readonly streamProps?: kinesis.StreamProps;

  /**
   * A DynamoDB table whose stream to consume; the table must have a stream
   * (`stream` on `Table`, `dynamoStream` on `TableV2`, or `tableStreamArn` when imported).
   *
   * @default - no DynamoDB stream
   */
  readonly table?: dynamodb.ITable;

  /**
   * Where in the stream the mapping starts reading. `TRIM_HORIZON` reads every record
   * still in the stream, so nothing written before the mapping exists is skipped.
   * `AT_TIMESTAMP` is for Kinesis only and needs `startingPositionTimestamp`.
   *
   * @default lambda.StartingPosition.TRIM_HORIZON
   */
  readonly startingPosition?: lambda.StartingPosition;

  /**
   * The time to start reading from with `AT_TIMESTAMP`, in Unix seconds (Kinesis only).
   *
   * @default - no timestamp
   */
  readonly startingPositionTimestamp?: number;

  /**
   * The largest number of records Lambda reads into one batch (1 to 10,000).
   *
   * @default 100
   */
  readonly batchSize?: number;

  /**
   * How long Lambda gathers records before invoking the function (up to 5 minutes).
   *
   * @default - no batching window
   */
  readonly maxBatchingWindow?: Duration;

  /**
   * How many batches from each shard are processed concurrently (1 to 10).
   *
   * @default 1
   */
  readonly parallelizationFactor?: number;

  /**
   * The size of the tumbling window for stateful aggregation (up to 15 minutes).
   *
   * @default - no tumbling window
   */
  readonly tumblingWindow?: Duration;

  /**
   * Event filter patterns (build them with `lambda.FilterCriteria.filter`): at most 5
   * under the default quota (raisable, never more than 20), each at most 4,096
   * characters. Records that match no filter are skipped.
   *
   * @default - every record is delivered
   */
  readonly filters?: { [key: string]: unknown }[];

  /**
   * A customer managed KMS key that encrypts the filter criteria.
   *
   * @default - filter criteria are encrypted with an AWS owned key
   */
  readonly filterEncryption?: kms.IKey;

  /**
   * How many times a failed batch is retried before it goes to the on-failure
   * destination (0 to 10,000). Bounded, so that one poison record cannot stop a shard
   * until its records expire.
   *
   * @default 10
   */
  readonly retryAttempts?: number;

  /**
   * Records older than this are not retried but sent to the on-failure destination
   * (1 minute to 7 days).
   *
   * @default Duration.days(1)
   */
  readonly maxRecordAge?: Duration;

  /**
   * Whether a failed batch is split in two and each half retried, to isolate a bad record.
   *
   * @default true
   */
  readonly bisectBatchOnError?: boolean;

  /**
   * Whether the function reports the sequence number of the first failed record
   * (`batchItemFailures`), so that processing resumes from that record.
   *
   * @default true
   */
  readonly reportBatchItemFailures?: boolean;

  /**
   * Where the metadata of batches that exhaust their retries or age out goes
   * (`SqsDlq`, `SnsDlq` or `S3OnFailureDestination`).
   *
   * @default - an encrypted SQS queue with a 14-day retention is created (`onFailureQueue`)
   */
  readonly onFailure?: lambda.IEventSourceDlq;

  /**
   * Whether the event source mapping is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The iterator age (how far the consumer is behind the newest record) above which
   * the `iteratorAgeAlarm` fires. A token must be given in milliseconds (`Duration.millis`).
   *
   * @default Duration.minutes(5)
   */
  readonly iteratorAgeAlarmThreshold?: Duration;
}

/**
 * A Kinesis data stream or a DynamoDB stream consumed by a Lambda function, with the
 * settings that keep one bad record from blocking a shard or being lost: partial batch
 * responses, bisection on error, bounded retries and record age, an on-failure
 * destination, an explicit starting position, and alarms on the iterator age and the
 * on-failure queue.
 *
 * @example
 * declare const table: dynamodb.ITable;
 * declare const handler: lambda.IFunction;
 * new StreamConsumer(this, 'Changes', { table, function: handler });
 */
export class StreamConsumer extends Construct {
  /** The consuming function (as given, or the one created from `functionProps`). */
  public readonly function: lambda.IFunction;
  /** The Kinesis stream consumed (given or created), when the source is Kinesis. */
  public readonly stream?: kinesis.IStream;
  /** The DynamoDB table whose stream is consumed, when the source is DynamoDB. */
  public readonly table?: dynamodb.ITable;
  /** The event source mapping from the stream to the function. */
  public readonly eventSourceMapping: lambda.EventSourceMapping;
  /** The on-failure queue the pattern created (absent when `onFailure` was given). */
  public readonly onFailureQueue?: sqs.Queue;
  /** Fires when the iterator age exceeds the threshold. */
  public readonly iteratorAgeAlarm: cloudwatch.Alarm;
  /** Fires when a message is visible in the on-failure queue (absent when `onFailure` was given). */
  public readonly onFailureQueueAlarm?: cloudwatch.Alarm;
  /** Every alarm of this pattern. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: StreamConsumerProps) {
    super(scope, id);
    applyLimitChecks(this);
    requireExactlyOne(this, 'function', props.function, 'functionProps', props.functionProps);
    this.validateProps(props);

    this.function = props.function ?? createPatternFunction(this, 'Function', props.functionProps!);

    let onFailure = props.onFailure;
    if (!onFailure) {
      this.onFailureQueue = createFailureQueue(this, 'OnFailureQueue');
      acknowledgeFailureQueue(this.onFailureQueue, 'the on-failure destination of a stream event source mapping', false);
      onFailure = new SqsDlq(this.onFailureQueue);
    }

    const sourceProps = {
      startingPosition: props.startingPosition ?? DEFAULTS.startingPosition,
      batchSize: props.batchSize ?? DEFAULTS.batchSize,
      maxBatchingWindow: props.maxBatchingWindow,
      parallelizationFactor: props.parallelizationFactor,
      tumblingWindow: props.tumblingWindow,
      filters: props.filters,
      filterEncryption: props.filterEncryption,
      retryAttempts: props.retryAttempts ?? DEFAULTS.retryAttempts,
      maxRecordAge: props.maxRecordAge ?? DEFAULTS.maxRecordAge,
      bisectBatchOnError: props.bisectBatchOnError ?? true,
      reportBatchItemFailures: props.reportBatchItemFailures ?? true,
      onFailure,
      enabled: props.enabled,
    };
    let mappingId: string;
    if (props.table) {
      this.table = props.table;
      const source = new DynamoEventSource(props.table, sourceProps);
      this.function.addEventSource(source);
      mappingId = source.eventSourceMappingId;
    } else {
      this.stream = props.stream ?? new kinesis.Stream(this, 'Stream', {
        ...props.streamProps,
        encryption: props.streamProps?.encryption
          ?? (props.streamProps?.encryptionKey ? kinesis.StreamEncryption.KMS : kinesis.StreamEncryption.MANAGED),
      });
      const source = new KinesisEventSource(this.stream, { ...sourceProps, startingPositionTimestamp: props.startingPositionTimestamp });
      this.function.addEventSource(source);
      mappingId = source.eventSourceMappingId;
    }
    this.eventSourceMapping = findEventSourceMapping(this, this.function, mappingId);
    // The mapping lives under the function, outside this construct when the function is the user's.
    applyLimitChecksOutside(this, this.eventSourceMapping);

    if (props.functionProps) {
      acknowledgeCreatedFunction(this.function, props.functionProps.role === undefined,
        'The function is invoked synchronously by a stream event source mapping; a function DLQ only applies to asynchronous invocations. Failed batches go to the mapping\'s on-failure destination.',
        props.table ? ' and dynamodb:ListStreams, which DynamoEventSource grants on "*" because it is an account-level list action' : '');
    }

    this.iteratorAgeAlarm = iteratorAgeAlarm(this, 'IteratorAgeAlarm', this.function,
      props.iteratorAgeAlarmThreshold ?? DEFAULTS.iteratorAgeAlarmThreshold);
    this.alarms.push(this.iteratorAgeAlarm);
    if (this.onFailureQueue) {
      this.onFailureQueueAlarm = failureQueueAlarm(this, 'OnFailureQueueAlarm', this.onFailureQueue, 'The on-failure queue');
      this.alarms.push(this.onFailureQueueAlarm);
    }
  }

  private validateProps(props: StreamConsumerProps): void {
    const sources = [props.stream && '`stream`', props.streamProps && '`streamProps`', props.table && '`table`'].filter(Boolean);
    if (sources.length !== 1) {
      throw new PatternValidationError(this, sources.length === 0
        ? 'give one of `stream` (an existing Kinesis stream), `streamProps` (to create one) or `table` (a DynamoDB table with a stream).'
        : `give only one of \`stream\`, \`streamProps\` or \`table\`, not ${sources.join(' and ')}.`);
    }
    if (props.table) {
      if (!props.table.tableStreamArn) {
        throw new PatternValidationError(this,
          `\`table\` ${props.table.node.path} has no stream; the limit is a table with DynamoDB Streams enabled (\`stream\` on Table, \`dynamoStream\` on TableV2, \`tableStreamArn\` when imported). See ${DOCS.lambdaDynamoDbParameters}`);
      }
      if (props.startingPosition === lambda.StartingPosition.AT_TIMESTAMP || props.startingPositionTimestamp !== undefined) {
        throw new PatternValidationError(this,
          `\`startingPosition\` is ${props.startingPosition ?? DEFAULTS.startingPosition}${props.startingPositionTimestamp !== undefined ? ' with `startingPositionTimestamp`' : ''} for a DynamoDB stream; the limit is TRIM_HORIZON or LATEST (AT_TIMESTAMP is supported for Kinesis, not DynamoDB Streams). See ${DOCS.lambdaEsmStartingPosition}`);
      }
    }
    const threshold = props.iteratorAgeAlarmThreshold;
    if (threshold !== undefined && !threshold.isUnresolved() && threshold.toMilliseconds() <= 0) {
      throw new PatternValidationError(this, `\`iteratorAgeAlarmThreshold\` is ${threshold.toHumanString()}; the limit is more than 0 seconds.`);
    }
  }
}
