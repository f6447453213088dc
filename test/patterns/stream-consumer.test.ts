import { App, Aspects, CfnParameter, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { S3OnFailureDestination, SnsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../../src/limits/lambda-limit-checks';
import { StreamConsumer } from '../../src/patterns/stream-consumer';
import { nagErrors } from '../nag';

function functionProps(extra: Partial<lambda.FunctionProps> = {}): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
    ...extra,
  };
}

function newStack(): { app: App; stack: Stack } {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  return { app, stack };
}

function streamTable(stack: Stack, id = 'Table'): dynamodb.Table {
  return new dynamodb.Table(stack, id, {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
}

describe('StreamConsumer defaults (Kinesis stream created)', () => {
  const { stack } = newStack();
  const consumer = new StreamConsumer(stack, 'Clicks', { functionProps: functionProps(), streamProps: {} });
  const template = Template.fromStack(stack);

  test('the stream is encrypted with the aws/kinesis key', () => {
    template.hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } });
  });

  test('the mapping: partial batch response, bisection, bounded retries and age, explicit start, on-failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('ClicksStream'), 'Arn'] },
      FunctionName: { Ref: Match.stringLikeRegexp('ClicksFunction') },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('ClicksOnFailureQueue'), 'Arn'] } } },
      ParallelizationFactor: Match.absent(),
      MaximumBatchingWindowInSeconds: Match.absent(),
      TumblingWindowInSeconds: Match.absent(),
      FilterCriteria: Match.absent(),
    });
  });

  test('the on-failure queue: SSE, TLS only, 14-day retention', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1_209_600 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });

  test('the function may read the stream and send to the on-failure queue', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('ClicksOnFailureQueue'), 'Arn'] } }),
          Match.objectLike({ Action: Match.arrayWith(['kinesis:GetRecords']), Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('ClicksStream'), 'Arn'] } }),
        ]),
      },
    });
  });

  test('alarms: iterator age over 5 minutes, any message in the on-failure queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('ClicksFunction') } }],
      Statistic: 'Maximum',
      Threshold: 300_000,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('ClicksOnFailureQueue'), 'QueueName'] } }],
      Threshold: 0,
    });
  });

  test('exposes what it made', () => {
    expect(consumer.stream).toBeInstanceOf(kinesis.Stream);
    expect(consumer.table).toBeUndefined();
    expect(consumer.onFailureQueue).toBeInstanceOf(sqs.Queue);
    expect(consumer.eventSourceMapping).toBeInstanceOf(lambda.EventSourceMapping);
    expect(consumer.alarms).toEqual([consumer.iteratorAgeAlarm, consumer.onFailureQueueAlarm]);
    expect(Aspects.of(consumer).all.some(a => a instanceof LambdaLimitChecks)).toBe(true);
  });

  test('no warning', () => {
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('StreamConsumer sources', () => {
  test('a DynamoDB table with a stream', () => {
    const { stack } = newStack();
    const table = streamTable(stack);
    const consumer = new StreamConsumer(stack, 'C', { functionProps: functionProps(), table });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Table'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('COnFailureQueue'), 'Arn'] } } },
    });
    template.resourceCountIs('AWS::Kinesis::Stream', 0);
    expect(consumer.table).toBe(table);
    expect(consumer.stream).toBeUndefined();
  });

  test('an existing Kinesis stream', () => {
    const { stack } = newStack();
    const stream = new kinesis.Stream(stack, 'Existing', { encryption: kinesis.StreamEncryption.MANAGED });
    const consumer = new StreamConsumer(stack, 'C', { functionProps: functionProps(), stream });
    Template.fromStack(stack).resourceCountIs('AWS::Kinesis::Stream', 1);
    expect(consumer.stream).toBe(stream);
  });

  test('streamProps are kept, a customer key gives KMS encryption with that key', () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'StreamKey');
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: { shardCount: 3, encryptionKey: key, retentionPeriod: Duration.days(3) } });
    Template.fromStack(stack).hasResourceProperties('AWS::Kinesis::Stream', {
      ShardCount: 3,
      RetentionPeriodHours: 72,
      StreamEncryption: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('StreamKey'), 'Arn'] } },
    });
  });

  test('an explicit encryption choice is kept', () => {
    const { stack } = newStack();
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: { encryption: kinesis.StreamEncryption.UNENCRYPTED } });
    Template.fromStack(stack).hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: Match.absent() });
  });
});

describe('StreamConsumer props', () => {
  test('every mapping setting', () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'FilterKey');
    new StreamConsumer(stack, 'C', {
      functionProps: functionProps(),
      streamProps: {},
      startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
      startingPositionTimestamp: 1_700_000_000,
      batchSize: 500,
      maxBatchingWindow: Duration.seconds(10),
      parallelizationFactor: 4,
      tumblingWindow: Duration.minutes(1),
      filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('click') } })],
      filterEncryption: key,
      retryAttempts: 3,
      maxRecordAge: Duration.hours(2),
      bisectBatchOnError: false,
      reportBatchItemFailures: false,
      enabled: false,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'AT_TIMESTAMP',
      StartingPositionTimestamp: 1_700_000_000,
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 10,
      ParallelizationFactor: 4,
      TumblingWindowInSeconds: 60,
      FilterCriteria: { Filters: [{ Pattern: '{"data":{"kind":["click"]}}' }] },
      KmsKeyArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FilterKey'), 'Arn'] },
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 7200,
      BisectBatchOnFunctionError: false,
      FunctionResponseTypes: Match.absent(),
      Enabled: false,
    });
  });

  test('LATEST on a DynamoDB stream', () => {
    const { stack } = newStack();
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), table: streamTable(stack), startingPosition: lambda.StartingPosition.LATEST });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', { StartingPosition: 'LATEST' });
  });

  test('an SNS on-failure destination: no queue, no queue alarm', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'Failures');
    const consumer = new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: {}, onFailure: new SnsDlq(topic) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { DestinationConfig: { OnFailure: { Destination: { Ref: Match.stringLikeRegexp('Failures') } } } });
    template.resourceCountIs('AWS::SQS::Queue', 0);
    expect(consumer.onFailureQueue).toBeUndefined();
    expect(consumer.onFailureQueueAlarm).toBeUndefined();
    expect(consumer.alarms).toEqual([consumer.iteratorAgeAlarm]);
  });

  test('an S3 on-failure destination', () => {
    const { stack } = newStack();
    const bucket = new s3.Bucket(stack, 'Failures');
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), table: streamTable(stack), onFailure: new S3OnFailureDestination(bucket) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('Failures'), 'Arn'] } } },
    });
  });

  test('the iterator age threshold', () => {
    const { stack } = newStack();
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: {}, iteratorAgeAlarmThreshold: Duration.seconds(30) });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Threshold: 30_000 });
  });

  test.each([
    ['a parameter', (stack: Stack) => new CfnParameter(stack, 'Age', { type: 'Number' }).valueAsNumber, { Ref: 'Age' }],
    ['a Lazy number', () => Lazy.number({ produce: () => 90 }), 90],
  ])('a token iterator age threshold in seconds (%s): the alarm compares IteratorAge / 1000 with it', (_name, make, rendered) => {
    const { stack } = newStack();
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: {}, iteratorAgeAlarmThreshold: Duration.seconds(make(stack)) });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: rendered,
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'iteratorAge / 1000', ReturnData: true }),
        Match.objectLike({ Id: 'iteratorAge', MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: 'IteratorAge' }), Stat: 'Maximum', Period: 60 }) }),
      ]),
    });
  });

  test('a token iterator age threshold in milliseconds stays a plain IteratorAge alarm', () => {
    const { stack } = newStack();
    const millis = new CfnParameter(stack, 'AgeMs', { type: 'Number' }).valueAsNumber;
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), streamProps: {}, iteratorAgeAlarmThreshold: Duration.millis(millis) });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Threshold: { Ref: 'AgeMs' } });
  });
});

describe('StreamConsumer composition', () => {
  test('with an alias: the mapping and the iterator age alarm use the alias', () => {
    const { stack } = newStack();
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(60) }));
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
    const consumer = new StreamConsumer(stack, 'C', { function: alias, table: streamTable(stack) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { 'Fn::Join': ['', [{ 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: Match.stringLikeRegexp('Live') }] }] }, ':live']] },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Dimensions: Match.arrayWith([{ Name: 'Resource', Value: Match.anyValue() }]),
    });
    template.resourceCountIs('AWS::Lambda::Function', 1);
    expect(consumer.function).toBe(alias);
    expect(consumer.eventSourceMapping.node.scope).toBe(alias);
  });

  test('with an imported table that has a stream', () => {
    const { stack } = newStack();
    const table = dynamodb.Table.fromTableAttributes(stack, 'Imported', {
      tableName: 'orders',
      tableStreamArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    });
    new StreamConsumer(stack, 'C', { functionProps: functionProps(), table });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    });
  });
});

describe('StreamConsumer cdk-nag', () => {
  test('AwsSolutions and Serverless: no error on the Kinesis and DynamoDB defaults', () => {
    const { app, stack } = newStack();
    new StreamConsumer(stack, 'K', { functionProps: functionProps(), streamProps: {} });
    new StreamConsumer(stack, 'D', { functionProps: functionProps(), table: streamTable(stack) });
    expect(nagErrors(app)).toEqual([]);
  });

  test('the user\'s own function is not acknowledged for them', () => {
    const { app, stack } = newStack();
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(30), memorySize: 256 }));
    new StreamConsumer(stack, 'C', { function: fn, streamProps: {} });
    expect(nagErrors(app)).toEqual([
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole] Stack/Handler/ServiceRole/Resource',
      'Serverless-LambdaDLQ Stack/Handler/Resource',
    ]);
  });
});
