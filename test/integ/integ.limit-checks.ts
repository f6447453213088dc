/**
 * Integ test: LambdaLimitChecks on an app at the edge of the documented limits.
 * Every value here is the largest (or smallest) one Lambda accepts, so the app
 * synthesizes without findings and deploys.
 *
 * Deploy for real (needs an AWS account): npx cdk deploy --app "npx ts-node test/integ/integ.limit-checks.ts"
 */
import { IntegTest } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, Size, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../../src';

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'LimitChecksEdgeValues');
const fn = new lambda.Function(stack, 'EdgeValues', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (event) => ({ batchItemFailures: [] });'),
  memorySize: 10_240,
  timeout: Duration.seconds(900),
  ephemeralStorageSize: Size.mebibytes(10_240),
});
const queue = new sqs.Queue(stack, 'Queue', {
  visibilityTimeout: Duration.seconds(900 * 6),
  enforceSSL: true,
  deadLetterQueue: { maxReceiveCount: 5, queue: new sqs.Queue(stack, 'Dlq', { retentionPeriod: Duration.days(14), enforceSSL: true }) },
});
fn.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));

new IntegTest(app, 'LimitChecksIntegTest', { testCases: [stack] });
app.synth();
