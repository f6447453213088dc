/**
 * Integ test: StreamConsumer on a Kinesis data stream and on a DynamoDB table's stream,
 * configured the way an analytics service and an order projection use them.
 *
 * - `Clicks`: a Kinesis stream created by the pattern (`streamProps`: 1 shard, 24 h retention,
 *   KMS with `aws/kinesis` by default), consumed by a function the pattern creates. Batches of up
 *   to 500 records with a 1-second window, a parallelization factor of 2, 2 retries, a 1-hour
 *   maximum record age and an iterator age alarm at 1 minute; failures go to the pattern's
 *   default on-failure queue.
 * - `OrderProjection`: the stream (new images) of the `Orders` table, consumed by the alias
 *   `live` of the service's own function; only INSERT events are delivered (a filter); batches
 *   of up to 50; 2 retries and a 1-hour maximum record age; the default on-failure queue.
 * Both handlers implement partial batch responses: at the first record whose data says
 * `"outcome": "fail"`, they stop and return that record's sequence number in
 * `batchItemFailures`, so that Lambda checkpoints the records before it and retries from it.
 * Every record a handler processes or fails is recorded in the `Ledger` table, with its
 * sequence number. Every alarm notifies an SNS topic. `LambdaLimitChecks` runs over the whole app.
 *
 * What a deployment proves (the assertions below), for each of the two streams:
 * - a good record, then a poison record: the good one is processed; after the bounded retries
 *   (not the stream's retention), the metadata of the poison record's batch reaches the
 *   on-failure queue: condition `RetryAttemptsExhausted`, the stream's ARN and the poison
 *   record's sequence number as the start of the failed batch (so it can be read back from the
 *   stream); the records before it were checkpointed, not sent there;
 * - a record written after that is processed: the shard is no longer blocked.
 * For DynamoDB, the three items are new (INSERT events), so they pass the mapping's filter.
 *
 * Deploy for real (needs an AWS account; `cdk bootstrap` done once; a few minutes; the Kinesis
 * shard is billed by the hour), then destroy:
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.stream-consumer.ts"
 *   npx cdk destroy --all --app "npx ts-node test/integ/integ.stream-consumer.ts"
 * The assertion stack (…DeployAssert…) runs the assertions while it deploys; each result
 * is one of its outputs (`AssertionResults…`: success, or the mismatch). integ-runner, once it
 * reads cloud assembly version 55 (see snapshots.test.ts), does the same and destroys:
 *   npx integ-runner --directory test/integ --tests integ.stream-consumer.ts --force
 * The assertions run again on every deployment: they first delete this test's ledger entries
 * and order items, and every record gets a new sequence number, so a second deployment proves
 * the same again.
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import type { IApiCall } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks, StreamConsumer } from '../../src';

/**
 * Records each record it processes or fails (with its sequence number) in the ledger table;
 * shared by both handlers. `decode` (defined
 * by each handler) turns a stream record into `{ id, outcome, sequenceNumber }`.
 */
const CONSUME = `
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const ddb = new DynamoDBClient({});
exports.handler = async (event) => {
  for (const streamRecord of event.Records) {
    const { id, outcome, sequenceNumber } = decode(streamRecord);
    try {
      if (outcome === 'fail') throw new Error('Record rejected: ' + id);
      await ddb.send(new PutItemCommand({
        TableName: process.env.LEDGER_TABLE,
        Item: { id: { S: id }, status: { S: 'processed' }, sequenceNumber: { S: sequenceNumber } },
      }));
    } catch (error) {
      // Stop at the first failure: Lambda checkpoints before it and retries from it.
      console.error(JSON.stringify({ failed: id, sequenceNumber, error: error.message }));
      await ddb.send(new PutItemCommand({
        TableName: process.env.LEDGER_TABLE,
        Item: { id: { S: id }, status: { S: 'failed' }, sequenceNumber: { S: sequenceNumber } },
      })).catch(() => undefined);
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};
`;

/** The clicks handler: Kinesis records whose data is JSON. */
const CLICKS_HANDLER = `
const decode = (r) => {
  const data = JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString('utf-8'));
  return { id: data.id, outcome: data.outcome, sequenceNumber: r.kinesis.sequenceNumber };
};
${CONSUME}`;

/** The order projection handler: DynamoDB stream records with the new image. */
const PROJECTION_HANDLER = `
const decode = (r) => {
  const image = r.dynamodb.NewImage;
  return { id: image.id.S, outcome: image.outcome && image.outcome.S, sequenceNumber: r.dynamodb.SequenceNumber };
};
${CONSUME}`;

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'StreamConsumerAnalytics');

const ledger = new dynamodb.TableV2(stack, 'Ledger', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  // An integ test table: deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
});
const opsAlerts = new sns.Topic(stack, 'OpsAlerts', { enforceSSL: true });

// 1. Kinesis: the pattern creates the stream and the function.
const clicks = new StreamConsumer(stack, 'Clicks', {
  streamProps: { shardCount: 1, retentionPeriod: Duration.hours(24), removalPolicy: RemovalPolicy.DESTROY },
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(CLICKS_HANDLER),
    description: 'Aggregates click events from the clicks stream',
    memorySize: 256,
    timeout: Duration.seconds(15),
    environment: { LEDGER_TABLE: ledger.tableName },
  },
  batchSize: 500,
  maxBatchingWindow: Duration.seconds(1),
  parallelizationFactor: 2,
  retryAttempts: 2,
  maxRecordAge: Duration.hours(1),
  iteratorAgeAlarmThreshold: Duration.minutes(1),
});
ledger.grantWriteData(clicks.function);

// 2. DynamoDB: the stream of the orders table, consumed by the alias of the service's function.
const orders = new dynamodb.TableV2(stack, 'Orders', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
  // An integ test table: deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
});
const projector = new lambda.Function(stack, 'ProjectorFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(PROJECTION_HANDLER),
  description: 'Projects new orders into the ledger',
  memorySize: 256,
  timeout: Duration.seconds(15),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
  logGroup: new logs.LogGroup(stack, 'ProjectorFunctionLogs', {
    retention: logs.RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  }),
  environment: { LEDGER_TABLE: ledger.tableName },
});
ledger.grantWriteData(projector);
const projectorLive = new lambda.Alias(stack, 'ProjectorLive', { aliasName: 'live', version: projector.currentVersion });
const projection = new StreamConsumer(stack, 'OrderProjection', {
  table: orders,
  function: projectorLive,
  batchSize: 50,
  filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
  retryAttempts: 2,
  maxRecordAge: Duration.hours(1),
});

for (const alarm of [...clicks.alarms, ...projection.alarms]) {
  alarm.addAlarmAction(new cwactions.SnsAction(opsAlerts));
}

const integ = new IntegTest(app, 'StreamConsumerIntegTest', { testCases: [stack] });
const clickStream = clicks.stream as kinesis.IStream;
const clicksOnFailure = clicks.onFailureQueue as sqs.IQueue;
const projectionOnFailure = projection.onFailureQueue as sqs.IQueue;

/** A receive that leaves the messages visible, so that a retried assertion sees them again. */
function peek(queue: sqs.IQueue): { [key: string]: unknown } {
  return { QueueUrl: queue.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20, VisibilityTimeout: 0 };
}

/** Waits until the ledger shows the record with this status. */
function ledgerShows(id: string, status: string): IApiCall {
  return integ.assertions.awsApiCall('DynamoDB', 'getItem', { TableName: ledger.tableName, Key: { id: { S: id } }, ConsistentRead: true })
    .expect(ExpectedResult.objectLike({ Item: { status: { S: status } } }))
    .waitForAssertions({ totalTimeout: Duration.minutes(5), interval: Duration.seconds(15) });
}

/** Puts a click record (JSON data, one partition key so that the records keep their order). */
function putClick(data: { [key: string]: string }): IApiCall {
  return integ.assertions.awsApiCall('Kinesis', 'putRecord', {
    StreamName: clickStream.streamName,
    PartitionKey: 'visitor-1',
    Data: new TextEncoder().encode(JSON.stringify(data)),
  });
}

/** Puts an order item into the source table. */
function putOrder(item: { [key: string]: string }): IApiCall {
  return integ.assertions.awsApiCall('DynamoDB', 'putItem', {
    TableName: orders.tableName,
    Item: Object.fromEntries(Object.entries(item).map(([key, value]) => [key, { S: value }])),
  });
}

/** Expects, among the on-failure queue's messages, the metadata of a batch that exhausted its retries. */
function failedBatch(batchInfoKey: string, streamArn: string, startSequenceNumber: string): ExpectedResult {
  return ExpectedResult.objectLike({
    Messages: Match.arrayWith([Match.objectLike({
      Body: Match.serializedJson(Match.objectLike({
        requestContext: Match.objectLike({ condition: 'RetryAttemptsExhausted' }),
        [batchInfoKey]: Match.objectLike({ streamArn, startSequenceNumber }),
      })),
    })]),
  });
}

/**
 * Starts from a clean slate, so that a second deployment (the assertions run on every one)
 * proves the same again: this test's ledger entries and order items are deleted (the REMOVE
 * events do not pass the INSERT filter), so the orders are new again.
 */
const orderIds = ['order-0001', 'order-0002', 'order-0003'];
const reset = integ.assertions.awsApiCall('DynamoDB', 'batchWriteItem', {
  RequestItems: {
    [ledger.tableName]: ['click-0001', 'click-0002', 'click-0003', ...orderIds].map(id => ({ DeleteRequest: { Key: { id: { S: id } } } })),
    [orders.tableName]: orderIds.map(id => ({ DeleteRequest: { Key: { id: { S: id } } } })),
  },
});

// Kinesis: a good record, then a poison record whose batch (starting at its sequence number)
// reaches the on-failure queue after 2 retries, then a record behind it, processed once the
// shard has moved on.
const poisonClick = putClick({ id: 'click-0002', outcome: 'fail' });
reset.next(putClick({ id: 'click-0001' }))
  .next(poisonClick)
  .next(ledgerShows('click-0001', 'processed'))
  .next(integ.assertions.awsApiCall('SQS', 'receiveMessage', peek(clicksOnFailure))
    .expect(failedBatch('KinesisBatchInfo', clickStream.streamArn, poisonClick.getAttString('SequenceNumber')))
    .waitForAssertions({ totalTimeout: Duration.minutes(10), interval: Duration.seconds(30) }))
  .next(putClick({ id: 'click-0003' }))
  .next(ledgerShows('click-0003', 'processed'));

// DynamoDB: the same through the INSERT filter. The poison record's sequence number is read
// from the ledger, where the handler wrote it when it failed.
const poisonOrderSequence = integ.assertions.awsApiCall('DynamoDB', 'getItem', {
  TableName: ledger.tableName,
  Key: { id: { S: 'order-0002' } },
  ConsistentRead: true,
  ProjectionExpression: '#seq',
  ExpressionAttributeNames: { '#seq': 'sequenceNumber' },
});
reset.next(putOrder({ id: 'order-0001' }))
  .next(putOrder({ id: 'order-0002', outcome: 'fail' }))
  .next(ledgerShows('order-0001', 'processed'))
  .next(ledgerShows('order-0002', 'failed'))
  .next(poisonOrderSequence)
  .next(integ.assertions.awsApiCall('SQS', 'receiveMessage', peek(projectionOnFailure))
    .expect(failedBatch('DDBStreamBatchInfo', orders.tableStreamArn as string, poisonOrderSequence.getAttString('Item.sequenceNumber.S')))
    .waitForAssertions({ totalTimeout: Duration.minutes(10), interval: Duration.seconds(30) }))
  .next(putOrder({ id: 'order-0003' }))
  .next(ledgerShows('order-0003', 'processed'));

app.synth();
