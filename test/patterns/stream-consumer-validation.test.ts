import { App, CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { StreamConsumer, type StreamConsumerProps } from '../../src/patterns/stream-consumer';

function functionProps(): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  };
}

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

function build(props: Partial<StreamConsumerProps>, stack = newStack()): Stack {
  new StreamConsumer(stack, 'C', { functionProps: functionProps(), ...props });
  return stack;
}

function table(stack: Stack, withStream: boolean): dynamodb.Table {
  return new dynamodb.Table(stack, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    stream: withStream ? dynamodb.StreamViewType.NEW_IMAGE : undefined,
  });
}

describe('exactly one function and one source', () => {
  test('both function and functionProps', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'F', functionProps());
    expect(() => build({ function: fn, streamProps: {} }, stack)).toThrow('[Stack/C] give either `function` or `functionProps`, not both.');
  });

  test('neither function nor functionProps', () => {
    expect(() => build({ functionProps: undefined, streamProps: {} })).toThrow('[Stack/C] give one of `function` (an existing resource) or `functionProps` (to create one).');
  });

  test('no source', () => {
    expect(() => build({})).toThrow('[Stack/C] give one of `stream` (an existing Kinesis stream), `streamProps` (to create one) or `table` (a DynamoDB table with a stream).');
  });

  test('stream and table', () => {
    const stack = newStack();
    const stream = new kinesis.Stream(stack, 'S');
    expect(() => build({ stream, table: table(stack, true) }, stack)).toThrow('[Stack/C] give only one of `stream`, `streamProps` or `table`, not `stream` and `table`.');
  });

  test('stream and streamProps', () => {
    const stack = newStack();
    const stream = new kinesis.Stream(stack, 'S');
    expect(() => build({ stream, streamProps: {} }, stack)).toThrow('not `stream` and `streamProps`.');
  });
});

describe('DynamoDB', () => {
  test('a table without a stream', () => {
    const stack = newStack();
    expect(() => build({ table: table(stack, false) }, stack)).toThrow(
      '[Stack/C] `table` Stack/Table has no stream; the limit is a table with DynamoDB Streams enabled (`stream` on Table, `dynamoStream` on TableV2, `tableStreamArn` when imported). See https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html');
  });

  test('AT_TIMESTAMP', () => {
    const stack = newStack();
    const props = { table: table(stack, true), startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1 };
    expect(() => build(props, stack)).toThrow(
      /\[Stack\/C\] `startingPosition` is AT_TIMESTAMP with `startingPositionTimestamp` for a DynamoDB stream; the limit is TRIM_HORIZON or LATEST .*API_CreateEventSourceMapping/);
  });

  test('a timestamp without AT_TIMESTAMP', () => {
    const stack = newStack();
    expect(() => build({ table: table(stack, true), startingPositionTimestamp: 1 }, stack)).toThrow(
      /`startingPosition` is TRIM_HORIZON with `startingPositionTimestamp` for a DynamoDB stream/);
  });
});

describe('ranges aws-cdk-lib checks stay checked', () => {
  test.each<[string, Partial<StreamConsumerProps>, RegExp]>([
    ['batch size', { batchSize: 10_001 }, /between 1 and 10000/],
    ['parallelization factor', { parallelizationFactor: 11 }, /parallelizationFactor must be between 1 and 10/],
    ['retry attempts', { retryAttempts: 10_001 }, /retryAttempts must be -1 \(for infinite\) or between 0 and 10000 inclusive, got 10001/],
    ['record age', { maxRecordAge: Duration.seconds(59) }, /maxRecordAge must be between 60 seconds and 7 days/],
    ['tumbling window', { tumblingWindow: Duration.minutes(16) }, /tumblingWindow cannot be over 900 seconds/],
    ['batching window', { maxBatchingWindow: Duration.seconds(301) }, /maxBatchingWindow cannot be over 300 seconds/],
    ['AT_TIMESTAMP without a timestamp', { startingPosition: lambda.StartingPosition.AT_TIMESTAMP }, /startingPositionTimestamp must be provided/],
  ])('%s', (_name, props, message) => {
    expect(() => build({ streamProps: {}, ...props })).toThrow(message);
  });

  test('the edge values are accepted', () => {
    const stack = build({
      streamProps: {},
      batchSize: 10_000,
      parallelizationFactor: 10,
      retryAttempts: 0,
      maxRecordAge: Duration.days(7),
      tumblingWindow: Duration.minutes(15),
      maxBatchingWindow: Duration.minutes(5),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 10_000, ParallelizationFactor: 10, MaximumRetryAttempts: 0, MaximumRecordAgeInSeconds: 604_800,
    });
  });

  test('tokens are skipped', () => {
    const stack = newStack();
    const n = new CfnParameter(stack, 'N', { type: 'Number' }).valueAsNumber;
    build({ streamProps: {}, batchSize: n, retryAttempts: n, parallelizationFactor: n, iteratorAgeAlarmThreshold: Duration.millis(n) }, stack);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: { Ref: 'N' }, MaximumRetryAttempts: { Ref: 'N' } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Threshold: { Ref: 'N' } });
  });
});

describe('filters and alarm threshold', () => {
  test('more filters than the default quota: the EventFilterCount warning, once', () => {
    const filter = lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('a') } });
    const stack = build({ streamProps: {}, filters: Array.from({ length: 6 }, () => filter) });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('cdk-lambda-patterns:EventFilterCount'))).toHaveLength(1);
  });

  test('a pattern over 4,096 characters: the EventFilterPatternLength error', () => {
    const stack = build({ streamProps: {}, filters: [{ pattern: 'x'.repeat(4097) }] });
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('cdk-lambda-patterns:EventFilterPatternLength'))).toHaveLength(1);
  });

  test('iteratorAgeAlarmThreshold of 0', () => {
    expect(() => build({ streamProps: {}, iteratorAgeAlarmThreshold: Duration.seconds(0) })).toThrow(
      '[Stack/C] `iteratorAgeAlarmThreshold` is 0 seconds; the limit is more than 0 seconds.');
  });
});
