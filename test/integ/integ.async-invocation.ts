/**
 * Integ test: AsyncInvocation configured the way a receipts-processing service uses it.
 *
 * One function, created by the pattern, is invoked asynchronously by an S3 bucket
 * notification (`incoming/*.json`) and by a nightly EventBridge schedule. It has one retry
 * and a 1-hour maximum event age; successes go to an EventBridge bus (a rule there forwards
 * them to a ledger queue); failures go to the pattern's default on-failure queue AND the
 * function's dead-letter queue (both failure paths); the schedule's target has its own DLQ;
 * every alarm notifies an SNS topic. `LambdaLimitChecks` runs over the whole app.
 *
 * What a deployment proves (the assertions below):
 * - a file uploaded as `incoming/reject-*.json` makes the handler throw; after the first
 *   attempt and one retry Lambda delivers an invocation record with the condition
 *   `RetriesExhausted`, 2 attempts and the S3 event to the on-failure queue;
 * - an asynchronous invocation that succeeds is accepted (202) and its success record
 *   reaches the ledger queue through the on-success EventBridge bus, with the handler's
 *   response in it.
 *
 * Deploy for real (needs an AWS account; `cdk bootstrap` done once), then destroy:
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.async-invocation.ts"
 *   npx cdk destroy --all --app "npx ts-node test/integ/integ.async-invocation.ts"
 * The assertion stack (…DeployAssert…) runs the assertions while it deploys; each result
 * is one of its outputs (`AssertionResults…`: success, or the mismatch). integ-runner, once it
 * reads cloud assembly version 55 (see snapshots.test.ts), does the same and destroys:
 *   npx integ-runner --directory test/integ --tests integ.async-invocation.ts --force
 */
import { ExpectedResult, IntegTest, InvocationType, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AsyncInvocation, LambdaLimitChecks } from '../../src';

/** Objects under this prefix are rejected by the handler (it throws). */
const REJECT_KEY = 'incoming/reject-receipt-0001.json';
const SUCCESS_RECEIPT_ID = 'receipt-0002';

/**
 * The handler: processes receipts uploaded to S3 and the nightly reconciliation run.
 * It throws for objects named `reject-*` (a receipt it cannot parse), so Lambda retries
 * and then hands the event to the failure paths; otherwise it returns what it processed.
 */
const HANDLER = `
exports.handler = async (event) => {
  const keys = (event.Records || []).map((r) => decodeURIComponent(r.s3.object.key.replace(/\\+/g, ' ')));
  const rejected = keys.filter((key) => key.startsWith('incoming/reject-'));
  if (rejected.length > 0) {
    throw new Error('Receipt rejected: ' + rejected.join(', '));
  }
  const processed = keys.length > 0 ? keys : [event.receiptId || event.task];
  console.log(JSON.stringify({ processed }));
  return { processed };
};
`;

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'AsyncInvocationReceipts');

const uploads = new s3.Bucket(stack, 'ReceiptUploads', {
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.S3_MANAGED,
  // An integ test bucket: emptied and deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
  autoDeleteObjects: true,
});

const receiptEvents = new events.EventBus(stack, 'ReceiptEvents');
const ledger = new sqs.Queue(stack, 'ReceiptLedger', {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
  retentionPeriod: Duration.days(4),
});
new events.Rule(stack, 'ProcessedReceipts', {
  eventBus: receiptEvents,
  description: 'Success records of the receipts function, forwarded to the ledger queue',
  eventPattern: { source: ['lambda'], detailType: ['Lambda Function Invocation Result - Success'] },
  targets: [new targets.SqsQueue(ledger)],
});

const opsAlerts = new sns.Topic(stack, 'OpsAlerts', { enforceSSL: true });

const receipts = new AsyncInvocation(stack, 'Receipts', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(HANDLER),
    description: 'Processes uploaded receipts and the nightly reconciliation',
    memorySize: 256,
    timeout: Duration.seconds(20),
  },
  retryAttempts: 1,
  maxEventAge: Duration.hours(1),
  onSuccess: new destinations.EventBridgeDestination(receiptEvents),
  alarmActions: [new cwactions.SnsAction(opsAlerts)],
});
receipts.addS3Trigger(uploads, { events: [s3.EventType.OBJECT_CREATED], filters: [{ prefix: 'incoming/', suffix: '.json' }] });
receipts.addScheduleTrigger('NightlyReconcile', 'cron(30 2 * * ? *)', {
  event: events.RuleTargetInput.fromObject({ task: 'reconcile' }),
  maxEventAge: Duration.hours(2),
  retryAttempts: 3,
});

const integ = new IntegTest(app, 'AsyncInvocationIntegTest', { testCases: [stack] });
const onFailureQueue = receipts.onFailureQueue as sqs.IQueue;

/** Expects a message whose JSON body matches `body` among those a receiveMessage call returns. */
function messageWithBody(body: { [key: string]: unknown }): ExpectedResult {
  return ExpectedResult.objectLike({
    Messages: Match.arrayWith([Match.objectLike({ Body: Match.serializedJson(Match.objectLike(body)) })]),
  });
}

// Failure path: an upload the handler rejects ends up, after one retry, in the on-failure queue.
integ.assertions.awsApiCall('S3', 'putObject', {
  Bucket: uploads.bucketName,
  Key: REJECT_KEY,
  Body: JSON.stringify({ total: 'not-a-number' }),
  ContentType: 'application/json',
}).next(integ.assertions.awsApiCall('SQS', 'receiveMessage', {
  QueueUrl: onFailureQueue.queueUrl,
  MaxNumberOfMessages: 10,
  WaitTimeSeconds: 20,
}).expect(messageWithBody({
  requestContext: Match.objectLike({ condition: 'RetriesExhausted', approximateInvokeCount: 2 }),
  requestPayload: { Records: [Match.objectLike({ eventSource: 'aws:s3', s3: Match.objectLike({ object: Match.objectLike({ key: REJECT_KEY }) }) })] },
  responseContext: Match.objectLike({ functionError: 'Unhandled' }),
  responsePayload: Match.objectLike({ errorMessage: `Receipt rejected: ${REJECT_KEY}` }),
})).waitForAssertions({ totalTimeout: Duration.minutes(10), interval: Duration.seconds(30) }));

// Success path: an accepted asynchronous invocation is recorded on the bus and forwarded to the ledger.
integ.assertions.invokeFunction({
  functionName: receipts.function.functionName,
  invocationType: InvocationType.EVENT,
  payload: JSON.stringify({ receiptId: SUCCESS_RECEIPT_ID }),
  logRetention: logs.RetentionDays.ONE_WEEK,
}).expect(ExpectedResult.objectLike({ StatusCode: 202 }))
  .next(integ.assertions.awsApiCall('SQS', 'receiveMessage', {
    QueueUrl: ledger.queueUrl,
    MaxNumberOfMessages: 10,
    WaitTimeSeconds: 20,
  }).expect(messageWithBody({
    'source': 'lambda',
    'detail-type': 'Lambda Function Invocation Result - Success',
    'detail': Match.objectLike({
      requestContext: Match.objectLike({ condition: 'Success', approximateInvokeCount: 1 }),
      requestPayload: { receiptId: SUCCESS_RECEIPT_ID },
      responsePayload: { processed: [SUCCESS_RECEIPT_ID] },
    }),
  })).waitForAssertions({ totalTimeout: Duration.minutes(5), interval: Duration.seconds(20) }));

app.synth();
