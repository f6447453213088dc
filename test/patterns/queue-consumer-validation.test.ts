import { Annotations as CoreAnnotations, App, Aspects, CfnParameter, Duration, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../../src/limits/lambda-limit-checks';
import { QueueConsumer, type QueueConsumerProps } from '../../src/patterns/queue-consumer';

function functionProps(extra: Partial<lambda.FunctionProps> = {}): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
    ...extra,
  };
}

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

function build(props: Partial<QueueConsumerProps>, stack = newStack()): Stack {
  new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: {}, ...props });
  return stack;
}

function warningsOf(stack: Stack, id: string): string[] {
  return Annotations.fromStack(stack)
    .findWarning('*', Match.stringLikeRegexp(`cdk-lambda-patterns:${id}`))
    .map(w => String(w.entry.data));
}

describe('exactly one function and one queue', () => {
  test('both function and functionProps', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'F', functionProps());
    expect(() => build({ function: fn }, stack)).toThrow('[Stack/C] give either `function` or `functionProps`, not both.');
  });

  test('neither function nor functionProps', () => {
    expect(() => build({ functionProps: undefined })).toThrow('[Stack/C] give one of `function` (an existing resource) or `functionProps` (to create one).');
  });

  test('both queue and queueProps', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q');
    expect(() => build({ queue }, stack)).toThrow('[Stack/C] give either `queue` or `queueProps`, not both.');
  });

  test('neither queue nor queueProps', () => {
    expect(() => build({ queueProps: undefined })).toThrow('[Stack/C] give one of `queue` (an existing resource) or `queueProps` (to create one).');
  });
});

describe('maxReceiveCount', () => {
  test.each([0, 1001, 2.5])('%p is rejected with the range and the link', (value) => {
    expect(() => build({ maxReceiveCount: value })).toThrow(
      `[Stack/C] \`maxReceiveCount\` is ${value}; the limit is an integer from 1 to 1,000. See https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html`);
  });

  test('1,000 is accepted', () => {
    expect(warningsOf(build({ maxReceiveCount: 1000 }), 'QueueConsumer')).toEqual([]);
  });

  test('below 5: the SqsMaxReceiveCount warning, the value kept', () => {
    const stack = build({ maxReceiveCount: 4 });
    expect(warningsOf(stack, 'SqsMaxReceiveCount')).toHaveLength(1);
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 4 }) });
  });

  test('5 is accepted without a warning', () => {
    expect(warningsOf(build({ maxReceiveCount: 5 }), 'SqsMaxReceiveCount')).toEqual([]);
  });

  test('a token is skipped', () => {
    const stack = newStack();
    const count = new CfnParameter(stack, 'Count', { type: 'Number' }).valueAsNumber;
    build({ maxReceiveCount: count }, stack);
    expect(warningsOf(stack, 'QueueConsumer')).toEqual([]);
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: { Ref: 'Count' } }) });
  });

  test('not with an existing queue, whose redrive policy is its owner\'s', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.minutes(3) });
    expect(() => build({ queueProps: undefined, queue, maxReceiveCount: 6 }, stack)).toThrow(
      /\[Stack\/C\] `maxReceiveCount` is 6, but `queue` is an existing queue whose redrive policy the pattern does not own/);
  });

  test('not together with queueProps.deadLetterQueue', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq');
    expect(() => build({ queueProps: { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } }, maxReceiveCount: 6 }, stack)).toThrow(
      '[Stack/C] `maxReceiveCount` is 6, but `queueProps.deadLetterQueue` also sets one (5); give it in one place.');
  });
});

describe('FIFO', () => {
  test('a batching window on a FIFO queue the pattern creates', () => {
    expect(() => build({ queueProps: { fifo: true }, maxBatchingWindow: Duration.seconds(5) })).toThrow(
      '[Stack/C] `maxBatchingWindow` is Duration.seconds(5), but the queue is FIFO; the limit is no batching window for FIFO queues. See https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html');
  });

  test('a batching window on an existing FIFO queue', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q', { fifo: true, visibilityTimeout: Duration.minutes(5) });
    expect(() => build({ queueProps: undefined, queue, maxBatchingWindow: Duration.seconds(1) }, stack)).toThrow(/the queue is FIFO; the limit is no batching window/);
  });

  test('a standard dead-letter queue for a FIFO queue', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq');
    expect(() => build({ queueProps: { fifo: true, deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } } }, stack)).toThrow(
      '[Stack/C] `queueProps.deadLetterQueue.queue` is a standard queue for a FIFO source queue; the limit is a dead-letter queue of the same type.');
  });

  test('a FIFO dead-letter queue for a standard queue', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq', { fifo: true });
    expect(() => build({ queueProps: { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } } }, stack)).toThrow(
      /is a FIFO queue for a standard source queue/);
  });

  test('a batch size above 10 on a FIFO queue is still rejected by aws-cdk-lib', () => {
    expect(() => build({ queueProps: { fifo: true }, batchSize: 11 })).toThrow(/between 1 and 10 inclusive \(given 11\)/);
  });
});

describe('user dead-letter queue', () => {
  test('a shorter retention than the source queue: the SqsDeadLetterRetention warning, once', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq', { retentionPeriod: Duration.days(1) });
    build({ queueProps: { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } } }, stack);
    expect(warningsOf(stack, 'SqsDeadLetterRetention')).toHaveLength(1);
  });

  test('a receive count below 5: the SqsMaxReceiveCount warning, once', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq', { retentionPeriod: Duration.days(14) });
    build({ queueProps: { deadLetterQueue: { queue: dlq, maxReceiveCount: 2 } } }, stack);
    expect(warningsOf(stack, 'SqsMaxReceiveCount')).toHaveLength(1);
  });
});

describe('visibility timeout', () => {
  test('queueProps.visibilityTimeout below the function timeout', () => {
    const props = { functionProps: functionProps({ timeout: Duration.minutes(2) }), queueProps: { visibilityTimeout: Duration.seconds(60) } };
    expect(() => build(props)).toThrow(
      '[Stack/C] `queueProps.visibilityTimeout` is 60 s; the limit is at least the function timeout, 120 s. Lambda rejects an SQS event source mapping whose queue visibility timeout is shorter than the function timeout. See https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html');
  });

  test('queueProps.visibilityTimeout equal to the function timeout: kept, with the 6x warning once', () => {
    const stack = build({ queueProps: { visibilityTimeout: Duration.seconds(30) } });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 30 });
    expect(warningsOf(stack, 'SqsVisibilityTimeoutSixTimes')).toEqual([expect.stringContaining('at least 180 s')]);
  });

  test('exactly 6 x the timeout + the window is accepted', () => {
    const stack = build({ queueProps: { visibilityTimeout: Duration.seconds(190) }, batchSize: 20, maxBatchingWindow: Duration.seconds(10) });
    expect(warningsOf(stack, 'SqsVisibilityTimeoutSixTimes')).toEqual([]);
  });

  test('a token visibility timeout is skipped', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Visibility', { type: 'Number' }).valueAsNumber;
    build({ queueProps: { visibilityTimeout: Duration.seconds(seconds) } }, stack);
    expect(warningsOf(stack, 'QueueConsumer')).toEqual([]);
  });

  test('a token batching window counts as the 300 s maximum', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Window', { type: 'Number' }).valueAsNumber;
    build({ maxBatchingWindow: Duration.seconds(seconds) }, stack);
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 480 });
  });

  test('a token function timeout: visibility for the longest timeout, with a warning', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Timeout', { type: 'Number' }).valueAsNumber;
    build({ functionProps: functionProps({ timeout: Duration.seconds(seconds) }) }, stack);
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 5400 });
    expect(warningsOf(stack, 'QueueConsumerFunctionTimeoutUnknown')).toHaveLength(1);
  });

  test('an existing queue below the function timeout', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.seconds(20) });
    expect(() => build({ queueProps: undefined, queue }, stack)).toThrow(
      '[Stack/C] The visibility timeout of `queue` Stack/Q is 20 s; the limit is at least the function timeout, 30 s.');
  });

  test('an existing queue with the SQS default of 30 s: a warning below 6x, and a missing DLQ warning', () => {
    const stack = newStack();
    const queue = new sqs.Queue(stack, 'Q');
    build({ queueProps: undefined, queue }, stack);
    expect(warningsOf(stack, 'SqsVisibilityTimeoutSixTimes')).toEqual([expect.stringContaining('queue Stack/Q/Resource with VisibilityTimeout 30 s')]);
    expect(warningsOf(stack, 'QueueConsumerNoDeadLetterQueue')).toEqual([
      expect.stringContaining('`queue` Stack/Q has no dead-letter queue'),
    ]);
  });

  test('an existing queue with a token visibility timeout: the unknown warning', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Visibility', { type: 'Number' }).valueAsNumber;
    const queue = new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.seconds(seconds) });
    build({ queueProps: undefined, queue }, stack);
    expect(warningsOf(stack, 'QueueConsumerVisibilityUnknown')).toEqual([
      expect.stringContaining('The visibility timeout of `queue` Stack/Q cannot be read at synth'),
    ]);
  });

  test('the user\'s function and queue: the mapping is checked all the same, once even with app-wide checks', () => {
    for (const appWide of [false, true]) {
      const stack = newStack();
      if (appWide) Aspects.of(stack.node.root).add(new LambdaLimitChecks());
      const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(30) }));
      const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
      const queue = new sqs.Queue(stack, 'Q', { visibilityTimeout: Duration.seconds(60) });
      new QueueConsumer(stack, 'C', { function: alias, queue });
      expect(warningsOf(stack, 'SqsVisibilityTimeoutSixTimes')).toEqual([expect.stringContaining('at least 180 s')]);
    }
  });

  test('the warning can be acknowledged by its id', () => {
    const stack = newStack();
    const queue = sqs.Queue.fromQueueArn(stack, 'Q', 'arn:aws:sqs:eu-west-1:123456789012:orders');
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queue });
    CoreAnnotations.of(consumer).acknowledgeWarning('cdk-lambda-patterns:QueueConsumerVisibilityUnknown', 'visibility set to 6 x 30 s by the queue owner');
    expect(warningsOf(stack, 'QueueConsumerVisibilityUnknown')).toEqual([]);
  });
});

describe('ranges aws-cdk-lib checks stay checked', () => {
  test('batch size above 10 without a window', () => {
    expect(() => build({ batchSize: 11 })).toThrow(/between 1 and 10 inclusive \(given 11\) when batching window is not specified/);
  });

  test('batching window above 300 s', () => {
    expect(() => build({ batchSize: 100, maxBatchingWindow: Duration.seconds(301) })).toThrow(/300 seconds or less/);
  });

  test('maximum concurrency below 2', () => {
    expect(() => build({ maxConcurrency: 1 })).toThrow(/maxConcurrency must be between 2 and 1000/);
  });

  test('a token batch size is skipped', () => {
    const stack = newStack();
    build({ batchSize: Token.asNumber(new CfnParameter(stack, 'Batch', { type: 'Number' })) }, stack);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: { Ref: 'Batch' } });
  });
});

describe('filters and alarm threshold', () => {
  const filter = lambda.FilterCriteria.filter({ body: { kind: lambda.FilterRule.isEqual('a') } });

  test('more filters than the default quota: the EventFilterCount warning, once', () => {
    const stack = build({ filters: Array.from({ length: 6 }, () => filter) });
    expect(warningsOf(stack, 'EventFilterCount')).toHaveLength(1);
  });

  test('a pattern over 4,096 characters: the EventFilterPatternLength error', () => {
    const long = lambda.FilterCriteria.filter({ body: { kind: lambda.FilterRule.isEqual('x'.repeat(4100)) } });
    const stack = build({ filters: [long] });
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('cdk-lambda-patterns:EventFilterPatternLength'))).toHaveLength(1);
  });

  test('a token alarm threshold is skipped', () => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Age', { type: 'Number' }).valueAsNumber;
    build({ oldestMessageAgeAlarmThreshold: Duration.seconds(seconds) }, stack);
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateAgeOfOldestMessage', Threshold: { Ref: 'Age' } });
  });

  test('oldestMessageAgeAlarmThreshold of 0', () => {
    expect(() => build({ oldestMessageAgeAlarmThreshold: Duration.seconds(0) })).toThrow(
      '[Stack/C] `oldestMessageAgeAlarmThreshold` is 0 seconds; the limit is more than 0 seconds.');
  });
});
