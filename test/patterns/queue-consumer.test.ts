import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../../src/limits/lambda-limit-checks';
import { QueueConsumer } from '../../src/patterns/queue-consumer';
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

function warnings(stack: Stack, id: string): unknown[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(`cdk-lambda-patterns:${id}`));
}

describe('QueueConsumer defaults', () => {
  const { stack } = newStack();
  const consumer = new QueueConsumer(stack, 'Orders', { functionProps: functionProps(), queueProps: {} });
  const template = Template.fromStack(stack);

  test('the source queue: SSE, 6 x the function timeout as visibility, a redrive policy of 5 receives', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 180,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('OrdersDeadLetterQueue'), 'Arn'] }, maxReceiveCount: 5 },
    });
  });

  test('the dead-letter queue: standard, SSE, 14-day retention', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: 1_209_600,
      SqsManagedSseEnabled: true,
      FifoQueue: Match.absent(),
      RedrivePolicy: Match.absent(),
    });
    template.resourceCountIs('AWS::SQS::Queue', 2);
  });

  test('both queues deny requests without TLS', () => {
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      },
    });
    expect(Object.keys(policies)).toHaveLength(2);
  });

  test('the mapping reports batch item failures and keeps the AWS batch defaults', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('OrdersQueue'), 'Arn'] },
      FunctionName: { Ref: Match.stringLikeRegexp('OrdersFunction') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: Match.absent(),
      MaximumBatchingWindowInSeconds: Match.absent(),
      ScalingConfig: Match.absent(),
      FilterCriteria: Match.absent(),
    });
  });

  test('the function gets the library defaults and may only consume its queue', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON' },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('OrdersQueue'), 'Arn'] },
        }]),
      },
    });
  });

  test('alarms: any message in the DLQ, oldest message older than 15 minutes', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('OrdersDeadLetterQueue'), 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('OrdersQueue'), 'QueueName'] } }],
      Threshold: 900,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  test('exposes what it made', () => {
    expect(consumer.function).toBeInstanceOf(lambda.Function);
    expect(consumer.queue).toBeInstanceOf(sqs.Queue);
    expect((consumer.queue as sqs.Queue).deadLetterQueue?.queue).toBe(consumer.deadLetterQueue);
    expect(consumer.eventSourceMapping).toBeInstanceOf(lambda.EventSourceMapping);
    expect(consumer.alarms).toEqual([consumer.deadLetterQueueAlarm, consumer.oldestMessageAgeAlarm]);
  });

  test('applies LambdaLimitChecks to itself', () => {
    expect(Aspects.of(consumer).all.some(a => a instanceof LambdaLimitChecks)).toBe(true);
  });

  test('no warning on the default pattern', () => {
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('QueueConsumer props', () => {
  test('batch size, batching window, concurrency, filters, filter key, enabled', () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'FilterKey');
    new QueueConsumer(stack, 'C', {
      functionProps: functionProps(),
      queueProps: {},
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(5),
      maxConcurrency: 5,
      filters: [lambda.FilterCriteria.filter({ body: { type: lambda.FilterRule.isEqual('order') } })],
      filterEncryption: key,
      enabled: false,
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 5,
      ScalingConfig: { MaximumConcurrency: 5 },
      FilterCriteria: { Filters: [{ Pattern: '{"body":{"type":["order"]}}' }] },
      KmsKeyArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('FilterKey'), 'Arn'] },
      Enabled: false,
    });
  });

  test('the batching window is added to the visibility timeout', () => {
    const { stack } = newStack();
    new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: {}, batchSize: 50, maxBatchingWindow: Duration.seconds(20) });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 6 * 30 + 20 });
  });

  test('the visibility timeout follows the function timeout', () => {
    const { stack } = newStack();
    new QueueConsumer(stack, 'C', { functionProps: functionProps({ timeout: Duration.minutes(2) }), queueProps: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 720 });
  });

  test('an explicit visibility timeout that is long enough wins, without a warning', () => {
    const { stack } = newStack();
    new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { visibilityTimeout: Duration.minutes(10) } });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 600 });
    expect(warnings(stack, 'QueueConsumerVisibilityTimeout')).toHaveLength(0);
  });

  test('maxReceiveCount, reportBatchItemFailures off, the age alarm threshold', () => {
    const { stack } = newStack();
    new QueueConsumer(stack, 'C', {
      functionProps: functionProps(),
      queueProps: {},
      maxReceiveCount: 8,
      reportBatchItemFailures: false,
      oldestMessageAgeAlarmThreshold: Duration.hours(1),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 8 }) });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { FunctionResponseTypes: Match.absent() });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateAgeOfOldestMessage', Threshold: 3600 });
  });

  test('user queue props are kept (KMS key, retention, name)', () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'QueueKey');
    new QueueConsumer(stack, 'C', {
      functionProps: functionProps(),
      queueProps: { encryptionMasterKey: key, retentionPeriod: Duration.days(7), queueName: 'orders' },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'orders',
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('QueueKey'), 'Arn'] },
      MessageRetentionPeriod: 604_800,
      VisibilityTimeout: 180,
    });
  });

  test('a FIFO queue gets a FIFO dead-letter queue', () => {
    const { stack } = newStack();
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { fifo: true } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', { FifoQueue: true, MessageRetentionPeriod: 1_209_600 });
    template.hasResourceProperties('AWS::SQS::Queue', { FifoQueue: true, RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }) });
    expect(consumer.deadLetterQueue?.fifo).toBe(true);
  });

  test('a `.fifo` queue name makes both queues FIFO', () => {
    const { stack } = newStack();
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { queueName: 'orders.fifo' } });
    expect(consumer.queue.fifo).toBe(true);
    expect(consumer.deadLetterQueue?.fifo).toBe(true);
  });

  test('a dead-letter queue given in queueProps is used, with its own receive count', () => {
    const { stack } = newStack();
    const dlq = new sqs.Queue(stack, 'MyDlq', { retentionPeriod: Duration.days(14) });
    const consumer = new QueueConsumer(stack, 'C', {
      functionProps: functionProps(),
      queueProps: { deadLetterQueue: { queue: dlq, maxReceiveCount: 7 } },
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('MyDlq'), 'Arn'] }, maxReceiveCount: 7 },
    });
    expect(consumer.deadLetterQueue).toBe(dlq);
    expect(warnings(stack, 'QueueConsumer')).toHaveLength(0);
  });
});

describe('QueueConsumer composition', () => {
  test('with an alias: the mapping targets the alias, the visibility follows the aliased function', () => {
    const { stack } = newStack();
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(45) }));
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
    const consumer = new QueueConsumer(stack, 'C', { function: alias, queueProps: {} });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { 'Fn::Join': ['', [{ 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: Match.stringLikeRegexp('Live') }] }] }, ':live']] },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 270 });
    template.resourceCountIs('AWS::Lambda::Function', 1);
    expect(consumer.function).toBe(alias);
    expect(consumer.eventSourceMapping.node.scope).toBe(alias);
  });

  test('the mapping is checked by the pattern\'s own aspect inside it, by one of its own under the user\'s function', () => {
    const hasChecks = (scope: { node: unknown }) => Aspects.of(scope as QueueConsumer).all.some(a => a instanceof LambdaLimitChecks);
    const { stack } = newStack();
    const own = new QueueConsumer(stack, 'Own', { functionProps: functionProps(), queueProps: {} });
    expect(hasChecks(own)).toBe(true);
    expect(hasChecks(own.eventSourceMapping)).toBe(false);
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(45) }));
    // A batching window over the 300 s limit, set on the mapping under the user's function.
    const users = new QueueConsumer(stack, 'Users', { function: fn, queueProps: {} });
    (users.eventSourceMapping.node.defaultChild as lambda.CfnEventSourceMapping).maximumBatchingWindowInSeconds = 301;
    expect(users.eventSourceMapping.node.scopes).not.toContain(users);
    expect(hasChecks(users.eventSourceMapping)).toBe(true);
    Annotations.fromStack(stack).hasError(`/${users.eventSourceMapping.node.path}/Resource`, Match.stringLikeRegexp('cdk-lambda-patterns:SqsBatchingWindow'));
  });

  test('with a version: the visibility follows the versioned function', () => {
    const { stack } = newStack();
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(10) }));
    new QueueConsumer(stack, 'C', { function: fn.currentVersion, queueProps: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 60 });
  });

  test('a function without a timeout is judged with Lambda\'s default of 3 seconds', () => {
    const { stack } = newStack();
    new QueueConsumer(stack, 'C', { function: new lambda.Function(stack, 'Handler', functionProps()), queueProps: {} });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 18 });
  });

  test('with an imported function: visibility for the longest function timeout, and a warning', () => {
    const { stack } = newStack();
    const fn = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
      functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders',
      sameEnvironment: true,
    });
    new QueueConsumer(stack, 'C', { function: fn, queueProps: {}, batchSize: 20, maxBatchingWindow: Duration.seconds(10) });
    Template.fromStack(stack).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 6 * 900 + 10 });
    const found = warnings(stack, 'QueueConsumerFunctionTimeoutUnknown');
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found)).toContain('5,410 s');
  });

  test('with an existing queue: nothing created around it, its DLQ is alarmed', () => {
    const { stack } = newStack();
    const dlq = new sqs.Queue(stack, 'ExistingDlq', { retentionPeriod: Duration.days(14) });
    const queue = new sqs.Queue(stack, 'Existing', { visibilityTimeout: Duration.minutes(3), deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queue });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Existing'), 'Arn'] } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('ExistingDlq'), 'QueueName'] } }],
    });
    expect(consumer.queue).toBe(queue);
    expect(consumer.deadLetterQueue).toBe(dlq);
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  test('with an imported queue: a warning that its visibility timeout cannot be checked, no DLQ alarm', () => {
    const { stack } = newStack();
    const queue = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:orders');
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queue });
    expect(warnings(stack, 'QueueConsumerVisibilityUnknown')).toHaveLength(1);
    expect(consumer.deadLetterQueue).toBeUndefined();
    expect(consumer.deadLetterQueueAlarm).toBeUndefined();
    expect(consumer.alarms).toEqual([consumer.oldestMessageAgeAlarm]);
    Template.fromStack(stack).resourceCountIs('AWS::SQS::Queue', 0);
  });
});

describe('QueueConsumer.subscribeTo (fan-out)', () => {
  test('raw delivery, its own redrive DLQ, a queue policy for that topic only, an alarm', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'Uploads', { enforceSSL: true });
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: {} });
    const subscription = consumer.subscribeTo(topic, {
      filterPolicy: { kind: sns.SubscriptionFilter.stringFilter({ allowlist: ['image'] }) },
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sqs',
      TopicArn: { Ref: Match.stringLikeRegexp('Uploads') },
      Endpoint: { 'Fn::GetAtt': [Match.stringLikeRegexp('CQueue'), 'Arn'] },
      RawMessageDelivery: true,
      FilterPolicy: { kind: ['image'] },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SubscriptionDeadLetterQueue'), 'Arn'] } },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: Match.stringLikeRegexp('CQueue') }],
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: 'sqs:SendMessage',
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('CQueue'), 'Arn'] },
          Condition: { ArnEquals: { 'aws:SourceArn': { Ref: Match.stringLikeRegexp('Uploads') } } },
        }]),
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: 1_209_600,
      SqsManagedSseEnabled: true,
      FifoQueue: Match.absent(),
    });
    expect(subscription.deadLetterQueue).toBeDefined();
    expect(consumer.alarms).toHaveLength(3);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible' }, 2);
  });

  test('rawMessageDelivery can be turned off and a DLQ given', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'T', { enforceSSL: true });
    const dlq = new sqs.Queue(stack, 'SubDlq');
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: {} });
    consumer.subscribeTo(topic, { rawMessageDelivery: false, deadLetterQueue: dlq });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      RawMessageDelivery: false,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SubDlq'), 'Arn'] } },
    });
  });

  test('a FIFO topic and queue get a FIFO subscription DLQ', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'T', { fifo: true, enforceSSL: true });
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { fifo: true } });
    const subscription = consumer.subscribeTo(topic);
    expect(subscription.deadLetterQueue?.fifo).toBe(true);
  });

  test('a FIFO queue cannot subscribe to a standard topic', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'T');
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { fifo: true } });
    expect(() => consumer.subscribeTo(topic)).toThrow(/\[Stack\/C\] subscribeTo: the queue is FIFO and the topic Stack\/T is standard; .*https:\/\/docs\.aws\.amazon\.com\/sns/);
  });

  test('an imported queue cannot be subscribed (its policy cannot be changed)', () => {
    const { stack } = newStack();
    const topic = new sns.Topic(stack, 'T');
    const queue = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:orders');
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queue });
    expect(() => consumer.subscribeTo(topic)).toThrow(/subscribeTo needs a queue this app defines: .*imported queue Stack\/Imported/);
  });
});

describe('QueueConsumer cdk-nag', () => {
  test('AwsSolutions and Serverless: no error on the default pattern', () => {
    const { app, stack } = newStack();
    new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: {} });
    expect(nagErrors(app)).toEqual([]);
  });

  test('no error with a FIFO queue and an SNS fan-out', () => {
    const { app, stack } = newStack();
    const topic = new sns.Topic(stack, 'T', { fifo: true, enforceSSL: true });
    const consumer = new QueueConsumer(stack, 'C', { functionProps: functionProps(), queueProps: { fifo: true } });
    consumer.subscribeTo(topic);
    expect(nagErrors(app)).toEqual([]);
  });

  test('a role given in functionProps keeps its wildcard findings (they may be the user\'s own)', () => {
    const { app, stack } = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new QueueConsumer(stack, 'C', { functionProps: functionProps({ role }), queueProps: {} });
    expect(nagErrors(app)).toEqual(['AwsSolutions-IAM5[Resource::*] Stack/Role/DefaultPolicy/Resource']);
  });

  test('the user\'s own function is not acknowledged for them', () => {
    const { app, stack } = newStack();
    const fn = new lambda.Function(stack, 'Handler', functionProps({ timeout: Duration.seconds(30), memorySize: 256 }));
    new QueueConsumer(stack, 'C', { function: fn, queueProps: {} });
    expect(nagErrors(app)).toEqual([
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole] Stack/Handler/ServiceRole/Resource',
      'Serverless-LambdaDLQ Stack/Handler/Resource',
    ]);
  });
});
