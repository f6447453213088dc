import { App, Stack, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncInvocation } from '../../src';
import { nagErrors } from '../nag';

const env = { account: '123456789012', region: 'eu-west-1' };

/** Every rule id acknowledged anywhere in the app. */
function acknowledgedIds(app: App): string[] {
  return app.node.findAll().flatMap(c => c.node.metadata
    .filter(m => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .map(m => JSON.stringify(m.data)));
}

function functionProps(): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {};'),
  };
}

describe('AsyncInvocation with cdk-nag AwsSolutions and Serverless', () => {
  test('the defaults leave no error, without acknowledging LambdaAsyncFailureDestination or LambdaDLQ', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env });
    new AsyncInvocation(stack, 'Async', { functionProps: functionProps() });
    expect(nagErrors(app)).toEqual([]);
    const acknowledged = acknowledgedIds(app).join('\n');
    expect(acknowledged).toContain('AwsSolutions-SQS3');
    expect(acknowledged).not.toContain('LambdaAsyncFailureDestination');
    expect(acknowledged).not.toContain('LambdaDLQ');
  });

  test('every trigger, an SNS dead-letter topic and a success destination leave no error', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env });
    const async = new AsyncInvocation(stack, 'Async', {
      functionProps: functionProps(),
      retryAttempts: 1,
      deadLetterTopic: sns.Topic.fromTopicArn(stack, 'DeadLetters', 'arn:aws:sns:eu-west-1:123456789012:dead-letters'),
      onSuccess: new destinations.SqsDestination(sqs.Queue.fromQueueArn(stack, 'Done', 'arn:aws:sqs:eu-west-1:123456789012:done')),
    });
    async.addS3Trigger(s3.Bucket.fromBucketName(stack, 'Uploads', 'uploads-bucket'), { filters: [{ prefix: 'in/' }] });
    async.addSnsTrigger('Orders', sns.Topic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:eu-west-1:123456789012:orders'));
    async.addScheduleTrigger('Nightly', 'cron(0 2 * * ? *)');
    async.addRuleTrigger('Created', new events.Rule(stack, 'Rule', { eventPattern: { source: ['orders'] } }));
    expect(nagErrors(app)).toEqual([]);
  });

  test('a function alias with a DLQ the user set leaves no error on the pattern', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env });
    const dlq = new sqs.Queue(stack, 'Dlq', { enforceSSL: true, encryption: sqs.QueueEncryption.SQS_MANAGED });
    const fn = new lambda.Function(stack, 'Fn', { ...functionProps(), deadLetterQueue: dlq });
    new AsyncInvocation(stack, 'Async', { function: fn.addAlias('live'), deadLetterQueueEnabled: true });
    const errors = nagErrors(app).filter(e => e.includes('/Async/'));
    expect(errors).toEqual([]);
  });
});
