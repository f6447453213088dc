import { App, Aspects, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncInvocation, LambdaLimitChecks } from '../../src';

const env = { account: '123456789012', region: 'eu-west-1' };

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env });
}

function functionProps(overrides: Partial<lambda.FunctionProps> = {}): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {};'),
    ...overrides,
  };
}

function userFunction(stack: Stack, id = 'UserFn', overrides: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(stack, id, functionProps(overrides));
}

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as import('aws-cdk-lib').CfnElement);
}

function alarmsByMetric(template: Template): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
    const props = alarm.Properties as Record<string, unknown>;
    result[props.MetricName as string] = props;
  }
  return result;
}

const SECURE_FAILURE_QUEUE = { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1_209_600 };

describe('AsyncInvocation defaults (functionProps only)', () => {
  const stack = newStack();
  const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
  const template = Template.fromStack(stack);
  const fnId = logicalId(stack, async.function);
  const dlqId = logicalId(stack, async.deadLetterQueue as sqs.Queue);
  const onFailureId = logicalId(stack, async.onFailureQueue as sqs.Queue);

  test('creates the function with the library defaults and a DLQ', () => {
    expect(async.function).toBeInstanceOf(lambda.Function);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
    });
  });

  test('the event invoke config states retries 2 and 6 h on $LATEST, with the on-failure queue', () => {
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 1);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: fnId },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 21_600,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [onFailureId, 'Arn'] } },
        OnSuccess: Match.absent(),
      },
    });
    expect(async.eventInvokeConfig).toBeInstanceOf(lambda.EventInvokeConfig);
  });

  test('both failure queues are encrypted, TLS-only and keep messages 14 days', () => {
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.hasResource('AWS::SQS::Queue', { Properties: SECURE_FAILURE_QUEUE });
    for (const id of [dlqId, onFailureId]) {
      expect(template.toJSON().Resources[id].Properties).toMatchObject(SECURE_FAILURE_QUEUE);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          })]),
        },
      });
    }
  });

  test('the role may send to both queues, with no wildcard action and no managed policy', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [dlqId, 'Arn'] } }),
          Match.objectLike({ Action: Match.arrayWith(['sqs:SendMessage']), Resource: { 'Fn::GetAtt': [onFailureId, 'Arn'] } }),
        ]),
      },
    });
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
      const statements = (policy.Properties as { PolicyDocument: { Statement: { Action: string | string[] }[] } }).PolicyDocument.Statement;
      for (const action of statements.flatMap(s => Array.isArray(s.Action) ? s.Action : [s.Action])) {
        expect(action).not.toContain('*');
      }
    }
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect((role.Properties as Record<string, unknown>).ManagedPolicyArns).toBeUndefined();
    }
  });

  test('alarms on dropped events, destination and DLQ delivery failures, and both queues', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    expect(async.alarms).toHaveLength(5);
    const alarms = alarmsByMetric(template);
    for (const metric of ['AsyncEventsDropped', 'DestinationDeliveryFailures', 'DeadLetterErrors']) {
      expect(alarms[metric]).toMatchObject({
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 60,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 1,
        TreatMissingData: 'notBreaching',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId } }],
      });
      expect(alarms[metric].AlarmActions).toBeUndefined();
    }
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Statistic: 'Maximum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    }, 2);
    expect(async.asyncEventsDroppedAlarm).toBe(async.alarms[2]);
    expect(async.deadLetterQueueAlarm).toBeDefined();
    expect(async.onFailureQueueAlarm).toBeDefined();
    expect(async.deadLetterErrorsAlarm).toBeDefined();
    expect(async.destinationDeliveryFailuresAlarm).toBeDefined();
  });

  test('exposes what it made', () => {
    expect(async.onFailureQueue).toBeInstanceOf(sqs.Queue);
    expect(async.deadLetterQueue).toBeInstanceOf(sqs.Queue);
    expect(async.deadLetterTopic).toBeUndefined();
    expect((async.function as lambda.Function).deadLetterQueue).toBe(async.deadLetterQueue);
  });

  test('applies LambdaLimitChecks to itself', () => {
    expect(Aspects.of(async).all.some(a => a instanceof LambdaLimitChecks)).toBe(true);
  });
});

describe('AsyncInvocation props', () => {
  test('retryAttempts and maxEventAge reach the template', () => {
    const stack = newStack();
    new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), retryAttempts: 1, maxEventAge: Duration.hours(2) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 1,
      MaximumEventAgeInSeconds: 7200,
    });
  });

  test('the limits are accepted: 0 retries (acknowledged), 60 s and 6 h', () => {
    const stack = newStack();
    new AsyncInvocation(stack, 'A', { functionProps: functionProps(), retryAttempts: 0, acknowledgeNoRetries: true, maxEventAge: Duration.seconds(60) });
    new AsyncInvocation(stack, 'B', { functionProps: functionProps(), retryAttempts: 2, maxEventAge: Duration.seconds(21_600) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 });
  });

  test('retryAttempts 0 is accepted with a failure path the user gives', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Failures');
    new AsyncInvocation(stack, 'A', { functionProps: functionProps(), retryAttempts: 0, onFailure: new destinations.SnsDestination(topic) });
    new AsyncInvocation(stack, 'B', { functionProps: functionProps(), retryAttempts: 0, deadLetterQueue: new sqs.Queue(stack, 'Dlq') });
    new AsyncInvocation(stack, 'C', { functionProps: functionProps(), retryAttempts: 0, deadLetterTopic: topic });
    Template.fromStack(stack).resourcePropertiesCountIs('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0 }, 3);
  });

  test('unresolved tokens are skipped, not rejected', () => {
    const stack = newStack();
    const retryAttempts = Lazy.number({ produce: () => 1 });
    const maxEventAge = Duration.seconds(Lazy.number({ produce: () => 120 }));
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), retryAttempts, maxEventAge });
    async.addScheduleTrigger('Tick', Lazy.string({ produce: () => 'rate(5 minutes)' }));
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 120 });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
  });

  test('onSuccess and onFailure replace the default queue', () => {
    const stack = newStack();
    const success = new sqs.Queue(stack, 'Success');
    const failure = new sns.Topic(stack, 'Failure');
    const async = new AsyncInvocation(stack, 'Async', {
      functionProps: functionProps(),
      onSuccess: new destinations.SqsDestination(success),
      onFailure: new destinations.SnsDestination(failure),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      DestinationConfig: {
        OnSuccess: { Destination: { 'Fn::GetAtt': [logicalId(stack, success), 'Arn'] } },
        OnFailure: { Destination: { Ref: logicalId(stack, failure) } },
      },
    });
    expect(async.onFailureQueue).toBeUndefined();
    expect(async.onFailureQueueAlarm).toBeUndefined();
    expect(async.alarms).toHaveLength(4);
    template.resourceCountIs('AWS::SQS::Queue', 2);
  });

  test.each([
    ['SQS', (s: Stack) => new destinations.SqsDestination(new sqs.Queue(s, 'Q')), 'AWS::SQS::Queue', 'sqs:SendMessage'],
    ['SNS', (s: Stack) => new destinations.SnsDestination(new sns.Topic(s, 'T')), 'AWS::SNS::Topic', 'sns:Publish'],
    ['Lambda', (s: Stack) => new destinations.LambdaDestination(userFunction(s, 'Target')), 'AWS::Lambda::Function', 'lambda:InvokeFunction'],
    ['EventBridge', (s: Stack) => new destinations.EventBridgeDestination(new events.EventBus(s, 'Bus')), 'AWS::Events::EventBus', 'events:PutEvents'],
    ['S3', (s: Stack) => new destinations.S3Destination(new s3.Bucket(s, 'B')), 'AWS::S3::Bucket', 's3:PutObject'],
  ])('an on-failure %s destination gets its least-privilege grant', (_name, make, resourceType, action) => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), onFailure: make(stack) });
    const template = Template.fromStack(stack);
    const targetId = Object.keys(template.findResources(resourceType)).find(id => !id.startsWith('AsyncFunction'));
    expect(targetId).toBeDefined();
    const config = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig'))[0].Properties as { DestinationConfig: { OnFailure: { Destination: unknown } } };
    expect(JSON.stringify(config.DestinationConfig.OnFailure.Destination)).toContain(targetId);
    const roleId = logicalId(stack, (async.function as lambda.Function).role as iam.Role);
    const actions = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter(p => JSON.stringify((p.Properties as { Roles: unknown }).Roles).includes(roleId))
      .flatMap(p => (p.Properties as { PolicyDocument: { Statement: { Action: string | string[] }[] } }).PolicyDocument.Statement)
      .flatMap(s => Array.isArray(s.Action) ? s.Action : [s.Action]);
    expect(actions).toContain(action);
    // aws-cdk-lib's S3Destination grants bucket read + put (Lambda itself needs s3:PutObject and
    // s3:ListBucket); those prefixed wildcards are aws-cdk-lib's, and nothing broader appears.
    const allowedWildcards = resourceType === 'AWS::S3::Bucket' ? ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:Abort*'] : [];
    expect(actions.filter(a => a.includes('*')).sort()).toEqual(allowedWildcards.sort());
    expect(actions).not.toContain('*');
    expect(actions).not.toContain('s3:*');
  });

  /** The statements of the policies attached to the function's role. */
  function roleStatements(stack: Stack, async: AsyncInvocation): { Action: string | string[]; Resource: unknown }[] {
    const roleId = logicalId(stack, (async.function as lambda.Function).role as iam.Role);
    return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter(p => JSON.stringify((p.Properties as { Roles: unknown }).Roles).includes(roleId))
      .flatMap(p => (p.Properties as { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } }).PolicyDocument.Statement);
  }

  test('onFailureBucket: the bucket is the on-failure destination, granted s3:PutObject and s3:ListBucket only', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Failures');
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), onFailureBucket: bucket });
    const template = Template.fromStack(stack);
    const bucketId = logicalId(stack, bucket);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [bucketId, 'Arn'] } } },
    });
    const s3Statements = roleStatements(stack, async).filter(st => JSON.stringify(st.Action).includes('s3:'));
    expect(s3Statements).toEqual([
      expect.objectContaining({ Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] } }),
      expect.objectContaining({ Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] } }),
    ]);
    expect(roleStatements(stack, async).flatMap(st => [st.Action].flat()).filter(a => a.includes('*'))).toEqual([]);
    expect(async.onFailureQueue).toBeUndefined();
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('S3Destination'))).toHaveLength(0);
  });

  test('onFailureBucket with a KMS key: kms:GenerateDataKey on that key, no other KMS action', () => {
    const stack = newStack();
    const key = new kms.Key(stack, 'Key');
    const bucket = new s3.Bucket(stack, 'Failures', { encryptionKey: key });
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), onFailureBucket: bucket });
    const kmsStatements = roleStatements(stack, async).filter(st => JSON.stringify(st.Action).includes('kms:'));
    expect(kmsStatements).toEqual([expect.objectContaining({ Action: 'kms:GenerateDataKey', Resource: { 'Fn::GetAtt': [logicalId(stack, key), 'Arn'] } })]);
  });

  test('onFailure and onFailureBucket together are an error naming both', () => {
    const stack = newStack();
    const bucket = new s3.Bucket(stack, 'Failures');
    expect(() => new AsyncInvocation(stack, 'Async', {
      functionProps: functionProps(), onFailure: new destinations.S3Destination(bucket), onFailureBucket: bucket,
    })).toThrow(/\[Stack\/Async\] both `onFailure` and `onFailureBucket` are given; a function has one on-failure destination. Keep one. See https:\/\/docs.aws.amazon.com\/lambda\/latest\/dg\/invocation-async-retain-records.html/);
  });

  test('an aws-cdk-lib S3Destination as onFailure is kept, with a warning about its broad grant', () => {
    const stack = newStack();
    new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), onFailure: new destinations.S3Destination(new s3.Bucket(stack, 'B')) });
    expect(Annotations.fromStack(stack).findWarning('/Stack/Async', Match.stringLikeRegexp('aws-cdk-lib S3Destination.*s3:GetObject\\*.*Use `onFailureBucket`'))).toHaveLength(1);
  });

  test('deadLetterQueue: the given queue is the DLQ; none is created', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq');
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), deadLetterQueue: dlq });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalId(stack, dlq), 'Arn'] } } });
    template.resourceCountIs('AWS::SQS::Queue', 2);
    expect(async.deadLetterQueue).toBe(dlq);
    expect(async.deadLetterQueueAlarm).toBeUndefined();
    expect(async.deadLetterErrorsAlarm).toBeDefined();
  });

  test('deadLetterTopic: the function sends failed events to the topic; no DLQ queue', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'DeadLetters');
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), deadLetterTopic: topic });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: { TargetArn: { Ref: logicalId(stack, topic) } } });
    template.resourceCountIs('AWS::SQS::Queue', 1);
    expect(async.deadLetterQueue).toBeUndefined();
    expect(async.deadLetterTopic).toBe(topic);
    expect(async.deadLetterErrorsAlarm).toBeDefined();
  });

  test('deadLetterQueueEnabled false: no DLQ and no DeadLetterErrors alarm; the on-failure queue stays', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), deadLetterQueueEnabled: false });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: Match.absent() });
    template.resourceCountIs('AWS::SQS::Queue', 1);
    expect(async.deadLetterQueue).toBeUndefined();
    expect(async.deadLetterErrorsAlarm).toBeUndefined();
    expect(Object.keys(alarmsByMetric(template)).sort()).toEqual(['ApproximateNumberOfMessagesVisible', 'AsyncEventsDropped', 'DestinationDeliveryFailures']);
  });

  test('functionProps values the pattern does not own win (memory, timeout, role)', () => {
    const stack = newStack();
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new AsyncInvocation(stack, 'Async', { functionProps: functionProps({ memorySize: 1024, timeout: Duration.minutes(2), role }) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      Timeout: 120,
      Role: { 'Fn::GetAtt': [logicalId(stack, role), 'Arn'] },
    });
  });

  test('alarmActions are added to every alarm, those of triggers included', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Pager');
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps(), alarmActions: [new cwactions.SnsAction(topic)] });
    async.addSnsTrigger('Orders', new sns.Topic(stack, 'Orders'));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 6);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: logicalId(stack, topic) }] }, 6);
    expect(async.alarms).toHaveLength(6);
  });
});

describe('AsyncInvocation on an existing function, alias or version', () => {
  test('an unqualified function: config on $LATEST, nothing created but the on-failure queue', () => {
    const stack = newStack();
    const fn = userFunction(stack);
    const async = new AsyncInvocation(stack, 'Async', { function: fn });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: logicalId(stack, fn) }, Qualifier: '$LATEST' });
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::SQS::Queue', 1);
    expect(async.function).toBe(fn);
    expect(async.deadLetterQueue).toBeUndefined();
    expect(async.deadLetterErrorsAlarm).toBeUndefined();
    expect(async.eventInvokeConfig.node.scope).toBe(fn);
  });

  test('an alias: the config, the alarms and the triggers all go through the alias', () => {
    const stack = newStack();
    const fn = userFunction(stack);
    const alias = fn.addAlias('live');
    const async = new AsyncInvocation(stack, 'Async', { function: alias });
    async.addSnsTrigger('Orders', new sns.Topic(stack, 'Orders'));
    async.addScheduleTrigger('Tick', 'rate(1 hour)');
    async.addS3Trigger(new s3.Bucket(stack, 'Uploads'));
    const template = Template.fromStack(stack);
    const aliasId = logicalId(stack, alias);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: logicalId(stack, fn) } });
    const config = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig'))[0].Properties as { Qualifier: unknown };
    // The alias name, read from the alias ARN (the 8th field), as aws-cdk-lib qualifies an alias.
    expect(config.Qualifier).toEqual({ 'Fn::Select': [7, { 'Fn::Split': [':', { Ref: aliasId }] }] });
    const alarms = alarmsByMetric(template);
    expect(alarms.AsyncEventsDropped.Dimensions).toEqual([
      { Name: 'FunctionName', Value: { Ref: logicalId(stack, fn) } },
      { Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: logicalId(stack, fn) }, ':live']] } },
    ]);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', Endpoint: { Ref: aliasId } });
    template.hasResourceProperties('AWS::Events::Rule', { Targets: [Match.objectLike({ Arn: { Ref: aliasId } })] });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { LambdaFunctionConfigurations: [Match.objectLike({ LambdaFunctionArn: { Ref: aliasId } })] },
    });
    template.resourcePropertiesCountIs('AWS::Lambda::Permission', { FunctionName: { Ref: aliasId } }, 3);
  });

  test('a version: the config is on the version', () => {
    const stack = newStack();
    const fn = userFunction(stack);
    const version = new lambda.Version(stack, 'V1', { lambda: fn });
    new AsyncInvocation(stack, 'Async', { function: version });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack, fn) },
      Qualifier: { 'Fn::GetAtt': [logicalId(stack, version), 'Version'] },
    });
  });

  test('a function whose DLQ is already set: the pattern uses and watches it', () => {
    const stack = newStack();
    const dlq = new sqs.Queue(stack, 'Dlq');
    const fn = userFunction(stack, 'UserFn', { deadLetterQueue: dlq });
    const byQueue = new AsyncInvocation(stack, 'ByQueue', { function: fn.addAlias('live'), deadLetterQueue: dlq });
    const byFlag = new AsyncInvocation(stack, 'ByFlag', { function: fn.addAlias('beta'), deadLetterQueueEnabled: true });
    const implicit = new AsyncInvocation(stack, 'Implicit', { function: fn });
    for (const async of [byQueue, byFlag, implicit]) {
      expect(async.deadLetterQueue).toBe(dlq);
      expect(async.deadLetterErrorsAlarm).toBeDefined();
    }
    const alarms = Object.values(Template.fromStack(stack).findResources('AWS::CloudWatch::Alarm'))
      .map(a => a.Properties as Record<string, unknown>)
      .filter(p => p.MetricName === 'DeadLetterErrors');
    expect(alarms).toHaveLength(3);
    for (const alarm of alarms) expect(alarm.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: logicalId(stack, fn) } }]);
  });

  test('a function whose DLQ topic is already set', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'DeadLetters');
    const fn = userFunction(stack, 'UserFn', { deadLetterTopic: topic });
    const async = new AsyncInvocation(stack, 'Async', { function: fn, deadLetterTopic: topic });
    expect(async.deadLetterTopic).toBe(topic);
    expect(async.deadLetterErrorsAlarm).toBeDefined();
  });

  test('an imported function with its role is configured by ARN, and its role gets the grant', () => {
    const stack = newStack();
    const role = iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/orders', { mutable: true });
    const fn = lambda.Function.fromFunctionAttributes(stack, 'Imported', { functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders', role });
    new AsyncInvocation(stack, 'Async', { function: fn });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: 'orders', Qualifier: '$LATEST' });
    template.hasResourceProperties('AWS::IAM::Policy', { Roles: ['orders'] });
  });
});

describe('AsyncInvocation triggers', () => {
  test('addS3Trigger: object-created notifications (filtered) invoke the function', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const bucket = new s3.Bucket(stack, 'Uploads');
    async.addS3Trigger(bucket, { filters: [{ prefix: 'in/', suffix: '.jpg' }] });
    const template = Template.fromStack(stack);
    const fnArn = { 'Fn::GetAtt': [logicalId(stack, async.function), 'Arn'] };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{
          Events: ['s3:ObjectCreated:*'],
          LambdaFunctionArn: fnArn,
          Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.jpg' }, { Name: 'prefix', Value: 'in/' }] } },
        }],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 's3.amazonaws.com',
      FunctionName: fnArn,
      SourceArn: { 'Fn::GetAtt': [logicalId(stack, bucket), 'Arn'] },
    });
  });

  test('addS3Trigger: every event type given gets a configuration', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    async.addS3Trigger(new s3.Bucket(stack, 'Uploads'), { events: [s3.EventType.OBJECT_CREATED_PUT, s3.EventType.OBJECT_REMOVED] });
    Template.fromStack(stack).hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({ Events: ['s3:ObjectCreated:Put'] }),
          Match.objectLike({ Events: ['s3:ObjectRemoved:*'] }),
        ],
      },
    });
  });

  test('addSnsTrigger: a subscription with its own redrive queue, filter policy and alarm', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const topic = new sns.Topic(stack, 'Orders');
    const trigger = async.addSnsTrigger('Orders', topic, {
      filterPolicy: { type: sns.SubscriptionFilter.stringFilter({ allowlist: ['created'] }) },
    });
    const template = Template.fromStack(stack);
    const dlqId = logicalId(stack, trigger.deadLetterQueue as sqs.Queue);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: logicalId(stack, topic) },
      Endpoint: { 'Fn::GetAtt': [logicalId(stack, async.function), 'Arn'] },
      FilterPolicy: { type: ['created'] },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
    });
    expect(template.toJSON().Resources[dlqId].Properties).toMatchObject(SECURE_FAILURE_QUEUE);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: dlqId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage' })]) },
    });
    expect(trigger.deadLetterQueueAlarm).toBeDefined();
    expect(async.alarms).toContain(trigger.deadLetterQueueAlarm);
    expect(trigger.rule).toBeUndefined();
  });

  test('addSnsTrigger: a given redrive queue is used, with no new queue or alarm', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const dlq = new sqs.Queue(stack, 'Redrive');
    const trigger = async.addSnsTrigger('Orders', new sns.Topic(stack, 'Orders'), { deadLetterQueue: dlq });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack, dlq), 'Arn'] } },
    });
    expect(trigger.deadLetterQueue).toBe(dlq);
    expect(trigger.deadLetterQueueAlarm).toBeUndefined();
    expect(async.alarms).toHaveLength(5);
  });

  test('addRuleTrigger: the rule targets the function with a DLQ and the retry policy given', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const rule = new events.Rule(stack, 'Created', { eventPattern: { source: ['orders'] } });
    const trigger = async.addRuleTrigger('Created', rule, {
      retryAttempts: 3,
      maxEventAge: Duration.hours(1),
      event: events.RuleTargetInput.fromObject({ kind: 'created' }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({
        Arn: { 'Fn::GetAtt': [logicalId(stack, async.function), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack, trigger.deadLetterQueue as sqs.Queue), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        Input: '{"kind":"created"}',
      })],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'events.amazonaws.com' });
    expect(trigger.rule).toBe(rule);
  });

  test('addRuleTrigger: EventBridge defaults are left to EventBridge; a given DLQ is used', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const dlq = new sqs.Queue(stack, 'RuleDlq');
    async.addRuleTrigger('Created', new events.Rule(stack, 'Created', { eventPattern: { source: ['orders'] } }), { deadLetterQueue: dlq });
    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      Targets: [Match.objectLike({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack, dlq), 'Arn'] } }, RetryPolicy: Match.absent() })],
    });
  });

  test.each([
    'rate(1 minute)', 'rate(5 minutes)', 'rate(1 hour)', 'rate(12 hours)', 'rate(1 day)', 'rate(7 days)',
    'cron(0 12 * * ? *)', 'cron(0/15 * ? * MON-FRI *)', 'cron(0 8 1 * ? 2030)',
  ])('addScheduleTrigger accepts %s', expression => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    const trigger = async.addScheduleTrigger('Tick', expression, { description: 'tick', enabled: false });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: expression,
      Description: 'tick',
      State: 'DISABLED',
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue() })],
    });
    expect(trigger.rule).toBeInstanceOf(events.Rule);
    expect(trigger.deadLetterQueueAlarm).toBeDefined();
  });

  test('addScheduleTrigger: default description and state', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    async.addScheduleTrigger('Tick', 'rate(5 minutes)');
    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      Description: 'Invokes Stack/Async on rate(5 minutes)',
      State: 'ENABLED',
    });
  });
});

describe('AsyncInvocation errors', () => {
  function expectError(build: (stack: Stack) => void, message: RegExp): void {
    const stack = newStack();
    expect(() => build(stack)).toThrow(message);
  }

  test('neither function nor functionProps', () => {
    expectError(s => new AsyncInvocation(s, 'Async', {}), /\[Stack\/Async\] give one of `function` \(an existing resource\) or `functionProps`/);
  });

  test('both function and functionProps', () => {
    expectError(s => new AsyncInvocation(s, 'Async', { function: userFunction(s), functionProps: functionProps() }),
      /give either `function` or `functionProps`, not both/);
  });

  test.each([3, -1, 1.5])('retryAttempts %p', retryAttempts => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps(), retryAttempts }),
      new RegExp(`\`retryAttempts\` is ${retryAttempts}; Lambda retries an asynchronous event 0 to 2 times \\(a whole number\\)\\. See https://docs\\.aws\\.amazon\\.com/lambda/latest/dg/invocation-async-configuring\\.html`));
  });

  test.each([
    [Duration.seconds(59), 59],
    [Duration.seconds(21_601), 21_601],
    [Duration.millis(60_500), 60.5],
  ])('maxEventAge %p', (maxEventAge, seconds) => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps(), maxEventAge }),
      new RegExp(`\`maxEventAge\` is ${seconds} seconds; it must be a whole number of seconds from 60 to 21600 \\(6 hours\\)\\. See https://docs\\.aws\\.amazon\\.com/lambda/latest/dg/invocation-async-configuring\\.html`));
  });

  test('retryAttempts 0 without a failure path or acknowledgement', () => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps(), retryAttempts: 0 }),
      /`retryAttempts` is 0 and no failure path was given \(`onFailure`, `onFailureBucket`, `deadLetterQueue`, `deadLetterTopic`\).*set `acknowledgeNoRetries: true`\. See https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/invocation-async-configuring\.html/);
  });

  test('deadLetterQueue and deadLetterTopic together', () => {
    expectError(s => new AsyncInvocation(s, 'Async', {
      functionProps: functionProps(), deadLetterQueue: new sqs.Queue(s, 'Q'), deadLetterTopic: new sns.Topic(s, 'T'),
    }), /both `deadLetterQueue` and `deadLetterTopic` are set; a function has one dead-letter target.*invocation-async-retain-records\.html#invocation-dlq/);
  });

  test.each(['deadLetterQueue', 'deadLetterTopic'])('deadLetterQueueEnabled false with %s', prop => {
    expectError(s => new AsyncInvocation(s, 'Async', {
      functionProps: functionProps(),
      deadLetterQueueEnabled: false,
      ...(prop === 'deadLetterQueue' ? { deadLetterQueue: new sqs.Queue(s, 'Q') } : { deadLetterTopic: new sns.Topic(s, 'T') }),
    }), new RegExp(`\`deadLetterQueueEnabled\` is false but \`${prop}\` is set; remove one of them`));
  });

  test.each([
    ['onFailure', (s: Stack) => ({ onFailure: new destinations.SqsDestination(new sqs.Queue(s, 'Q')) })],
    ['onSuccess', (s: Stack) => ({ onSuccess: new destinations.SqsDestination(new sqs.Queue(s, 'Q')) })],
    ['retryAttempts', () => ({ retryAttempts: 1 })],
    ['maxEventAge', () => ({ maxEventAge: Duration.hours(1) })],
    ['deadLetterQueue', (s: Stack) => ({ deadLetterQueue: new sqs.Queue(s, 'Q') })],
    ['deadLetterTopic', (s: Stack) => ({ deadLetterTopic: new sns.Topic(s, 'T') })],
    ['deadLetterQueueEnabled', () => ({ deadLetterQueueEnabled: true })],
  ])('functionProps.%s belongs on AsyncInvocation', (name, extra) => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps(extra(s)) }),
      new RegExp(`\`functionProps\\.${name}\` is set; set \`${name}\` on AsyncInvocation itself`));
  });

  test('a DLQ for an existing function that has none: an error, never dropped', () => {
    expectError(s => new AsyncInvocation(s, 'Async', { function: userFunction(s), deadLetterQueue: new sqs.Queue(s, 'Q') }),
      /`deadLetterQueue` is set, but `function` \(Stack\/UserFn\) is an existing function without that dead-letter target\. A DLQ is a function-level setting that AsyncInvocation can only set on a function it creates.*invocation-dlq/);
  });

  test('a different DLQ than the one the existing function (behind an alias) has', () => {
    expectError(s => {
      const fn = userFunction(s, 'UserFn', { deadLetterQueue: new sqs.Queue(s, 'Existing') });
      new AsyncInvocation(s, 'Async', { function: fn.addAlias('live'), deadLetterQueue: new sqs.Queue(s, 'Other') });
    }, /`deadLetterQueue` is set, but `function` \(Stack\/UserFn\/Aliaslive\) is an existing function without that dead-letter target/);
  });

  test('a DLQ topic for an existing function whose DLQ is a queue', () => {
    expectError(s => {
      const fn = userFunction(s, 'UserFn', { deadLetterQueue: new sqs.Queue(s, 'Existing') });
      new AsyncInvocation(s, 'Async', { function: fn, deadLetterTopic: new sns.Topic(s, 'T') });
    }, /`deadLetterTopic` is set, but `function` \(Stack\/UserFn\) is an existing function without that dead-letter target/);
  });

  test('deadLetterQueueEnabled for an imported function, whose DLQ the construct cannot see', () => {
    expectError(s => new AsyncInvocation(s, 'Async', {
      function: lambda.Function.fromFunctionArn(s, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:orders'),
      deadLetterQueueEnabled: true,
    }), /`deadLetterQueueEnabled` is set, but `function` \(Stack\/Imported\) is an existing function whose dead-letter configuration this construct cannot see or change/);
  });

  test('an imported function without a role: destinations cannot be granted', () => {
    expectError(s => new AsyncInvocation(s, 'Async', {
      function: lambda.Function.fromFunctionArn(s, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:orders'),
    }), /`function` \(Stack\/Imported\) has no execution role this app can see, so the on-failure and on-success destinations cannot be granted to it: import it with `lambda\.Function\.fromFunctionAttributes\(\{ functionArn, role \}\)`/);
  });

  test('a function that already has an EventInvokeConfig', () => {
    expectError(s => {
      const fn = userFunction(s);
      fn.configureAsyncInvoke({ retryAttempts: 1 });
      new AsyncInvocation(s, 'Async', { function: fn });
    }, /`function` \(Stack\/UserFn\) already has an EventInvokeConfig .* Lambda allows one per function, version or alias/);
  });

  test('addS3Trigger with no events', () => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps() }).addS3Trigger(new s3.Bucket(s, 'B'), { events: [] }),
      /`events` of addS3Trigger is empty; give at least one s3\.EventType/);
  });

  const DOC = 'See https://docs\\.aws\\.amazon\\.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern\\.html';
  test.each([
    ['rate(0 minutes)', 'the rate value "0" in "rate\\(0 minutes\\)" must be a positive whole number'],
    ['rate(-5 minutes)', 'the rate value "-5" in "rate\\(-5 minutes\\)" must be a positive whole number'],
    ['rate(1.5 hours)', 'the rate value "1.5" in "rate\\(1.5 hours\\)" must be a positive whole number'],
    ['rate(1 minutes)', 'has the value 1, which takes the singular unit "minute", not "minutes"'],
    ['rate(5 minute)', 'has the value 5, which takes the plural unit "minutes", not "minute"'],
    ['rate(2 weeks)', 'the rate unit "weeks" in "rate\\(2 weeks\\)" must be one of minute\\(s\\), hour\\(s\\), day\\(s\\)'],
    ['rate(5)', 'the rate expression "rate\\(5\\)" must be `rate\\(value unit\\)`'],
    ['cron(0 12 * * ?)', 'the cron expression "cron\\(0 12 \\* \\* \\?\\)" has 5 field\\(s\\); EventBridge needs 6'],
    ['cron(0 12 1 * MON *)', 'sets both day-of-month \\("1"\\) and day-of-week \\("MON"\\); one of them must be "\\?"'],
    ['cron(0 12 * * * *)', 'sets both day-of-month \\("\\*"\\) and day-of-week \\("\\*"\\)'],
    ['every 5 minutes', 'the schedule expression "every 5 minutes" is neither `rate\\(value unit\\)` nor `cron\\('],
  ])('addScheduleTrigger rejects %s', (expression, message) => {
    expectError(s => new AsyncInvocation(s, 'Async', { functionProps: functionProps() }).addScheduleTrigger('Tick', expression),
      new RegExp(`\\[Stack/Async\\] \`expression\` of addScheduleTrigger\\('Tick'\\): .*${message}.*${DOC}`));
  });
});

describe('AsyncInvocation snapshot', () => {
  test('defaults with an S3, an SNS and a schedule trigger', () => {
    const stack = newStack();
    const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    async.addS3Trigger(new s3.Bucket(stack, 'Uploads', { enforceSSL: true }));
    async.addSnsTrigger('Orders', new sns.Topic(stack, 'Orders'));
    async.addScheduleTrigger('Nightly', 'cron(0 2 * * ? *)');
    expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
  });
});

test('cloudwatch alarms are real Alarm constructs', () => {
  const stack = newStack();
  const async = new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
  for (const alarm of async.alarms) expect(alarm).toBeInstanceOf(cloudwatch.Alarm);
});
