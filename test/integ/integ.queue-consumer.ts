/**
 * Integ test: QueueConsumer configured the way an order-processing service uses it.
 *
 * - `Orders`: a standard queue created by the pattern (`queueProps`), consumed by the alias
 *   `live` of the service's own function (10 s timeout, so the pattern sets the visibility
 *   timeout to 6 x 10 s + the 5 s batching window = 65 s). Batches of up to 50 messages with a
 *   5-second batching window, at most 5 concurrent instances, and a filter that delivers only
 *   messages whose JSON body has `type: "order"`. The queue is subscribed to the `OrderEvents`
 *   SNS topic (`subscribeTo`: raw delivery, a filter policy on `eventType`, the subscription's
 *   own DLQ). The DLQ is the pattern's default (after 5 receives, 14 days).
 * - `Payments`: a FIFO queue created by the pattern, consumed by a function the pattern creates
 *   (`functionProps`), with a FIFO DLQ.
 * Both handlers implement partial batch responses: they return in `batchItemFailures` the ids
 * of the messages whose body says `"outcome": "fail"`. The FIFO handler, like Powertools' FIFO
 * processor, also reports every later message of a failed message's group, so that order is
 * kept. Every message a handler sees is recorded in the `Ledger` table (its id, `processed`,
 * `failed` or `skipped`, and the receive count). Every alarm notifies an SNS topic.
 * `LambdaLimitChecks` runs over the whole app.
 *
 * What a deployment proves (the assertions below):
 * - a batch of three messages sent to the standard queue, one marked to fail and one heartbeat:
 *   after 5 receives only the failing message lands in the DLQ (exactly one message there); the
 *   good message of the same batch was processed on its first receive (receive count 1: it was
 *   not retried with its failing batch-mate, so `ReportBatchItemFailures` is on); the heartbeat
 *   never reached the function (the filter dropped it: nothing in the ledger);
 * - a message published to the topic with a matching `eventType` is consumed by the function
 *   (raw delivery: without it, the body would be the SNS envelope and the filter would drop it);
 * - in the FIFO queue, a failing message moves to the FIFO DLQ together with the message after
 *   it in the same group, in order, after 5 receives; the later message was never processed
 *   ahead of it (`skipped`), and the messages of another group were processed.
 *
 * Deploy for real (needs an AWS account; `cdk bootstrap` done once; about 10 minutes, most of
 * it the 5 receives x 65 s before a message reaches a DLQ), then destroy:
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.queue-consumer.ts"
 *   npx cdk destroy --all --app "npx ts-node test/integ/integ.queue-consumer.ts"
 * The assertion stack (…DeployAssert…) runs the assertions while it deploys; each result
 * is one of its outputs (`AssertionResults…`: success, or the mismatch). integ-runner, once it
 * reads cloud assembly version 55 (see snapshots.test.ts), does the same and destroys:
 *   npx integ-runner --directory test/integ --tests integ.queue-consumer.ts --force
 * The assertions run again on every deployment: they first delete this test's ledger entries
 * and purge both DLQs, so a second deployment proves the same again. Wait 5 minutes between two
 * deployments (the FIFO queue's deduplication interval), or the FIFO messages are dropped as
 * duplicates.
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import type { IApiCall } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks, QueueConsumer } from '../../src';

/** The SNS message attribute the subscription filters on, and the value it lets through. */
const EVENT_TYPE = 'order.created';

/**
 * Records a message in the ledger table; shared by both handlers. `receiveCount` is the
 * message's ApproximateReceiveCount: 1 means it was processed on its first delivery.
 */
const LEDGER = `
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const ddb = new DynamoDBClient({});
const record = (id, status, message) => ddb.send(new PutItemCommand({
  TableName: process.env.LEDGER_TABLE,
  Item: { id: { S: id }, status: { S: status }, receiveCount: { S: message.attributes.ApproximateReceiveCount } },
}));
const parse = (message) => { try { return JSON.parse(message.body); } catch { return {}; } };
`;

/**
 * The orders handler: processes orders, fails those marked `"outcome": "fail"`, and treats
 * anything that is not an order as a failure (the filter should never let one through). It
 * returns the ids of the failed messages, so that only they are retried.
 */
const ORDERS_HANDLER = `${LEDGER}
exports.handler = async (event) => {
  const batchItemFailures = [];
  for (const message of event.Records) {
    const body = parse(message);
    const id = body.id || message.messageId;
    try {
      if (body.type !== 'order') throw new Error('Not an order: ' + body.type);
      if (body.outcome === 'fail') throw new Error('Order rejected: ' + id);
      await record(id, 'processed', message);
    } catch (error) {
      console.error(JSON.stringify({ failed: id, error: error.message }));
      batchItemFailures.push({ itemIdentifier: message.messageId });
      await record(id, 'failed', message).catch(() => undefined);
    }
  }
  return { batchItemFailures };
};
`;

/**
 * The payments handler (FIFO): once a message of a group fails, every later message of that
 * group in the batch is reported as failed without being processed, so that the group keeps
 * its order; the other groups go on.
 */
const PAYMENTS_HANDLER = `${LEDGER}
exports.handler = async (event) => {
  const batchItemFailures = [];
  const failedGroups = new Set();
  for (const message of event.Records) {
    const body = parse(message);
    const id = body.id || message.messageId;
    const group = message.attributes.MessageGroupId;
    if (failedGroups.has(group)) {
      batchItemFailures.push({ itemIdentifier: message.messageId });
      await record(id, 'skipped', message).catch(() => undefined);
      continue;
    }
    try {
      if (body.outcome === 'fail') throw new Error('Payment rejected: ' + id);
      await record(id, 'processed', message);
    } catch (error) {
      console.error(JSON.stringify({ failed: id, group, error: error.message }));
      failedGroups.add(group);
      batchItemFailures.push({ itemIdentifier: message.messageId });
      await record(id, 'failed', message).catch(() => undefined);
    }
  }
  return { batchItemFailures };
};
`;

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'QueueConsumerOrders');

const ledger = new dynamodb.TableV2(stack, 'Ledger', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  // An integ test table: deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
});
const opsAlerts = new sns.Topic(stack, 'OpsAlerts', { enforceSSL: true });
const orderEvents = new sns.Topic(stack, 'OrderEvents', { enforceSSL: true });

// 1. Standard queue, consumed by the alias of the service's own function.
const ordersFunction = new lambda.Function(stack, 'OrdersFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(ORDERS_HANDLER),
  description: 'Processes orders from the orders queue',
  memorySize: 256,
  timeout: Duration.seconds(10),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
  logGroup: new logs.LogGroup(stack, 'OrdersFunctionLogs', {
    retention: logs.RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  }),
  environment: { LEDGER_TABLE: ledger.tableName },
});
ledger.grantWriteData(ordersFunction);
const ordersLive = new lambda.Alias(stack, 'OrdersLive', { aliasName: 'live', version: ordersFunction.currentVersion });

const orders = new QueueConsumer(stack, 'Orders', {
  function: ordersLive,
  queueProps: { retentionPeriod: Duration.days(4) },
  batchSize: 50,
  maxBatchingWindow: Duration.seconds(5),
  maxConcurrency: 5,
  filters: [lambda.FilterCriteria.filter({ body: { type: lambda.FilterRule.isEqual('order') } })],
});
orders.subscribeTo(orderEvents, {
  filterPolicy: { eventType: sns.SubscriptionFilter.stringFilter({ allowlist: [EVENT_TYPE] }) },
});

// 2. FIFO queue, consumed by a function the pattern creates.
const payments = new QueueConsumer(stack, 'Payments', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(PAYMENTS_HANDLER),
    description: 'Processes payments in order, per customer',
    memorySize: 256,
    timeout: Duration.seconds(10),
    environment: { LEDGER_TABLE: ledger.tableName },
  },
  queueProps: { fifo: true },
  batchSize: 10,
  maxConcurrency: 2,
});
ledger.grantWriteData(payments.function);

for (const alarm of [...orders.alarms, ...payments.alarms]) {
  alarm.addAlarmAction(new cwactions.SnsAction(opsAlerts));
}

const integ = new IntegTest(app, 'QueueConsumerIntegTest', { testCases: [stack] });
const ordersDlq = orders.deadLetterQueue as sqs.IQueue;
const paymentsDlq = payments.deadLetterQueue as sqs.IQueue;

/** A receive that leaves the messages visible, so that a retried assertion sees them again. */
function peek(queue: sqs.IQueue): { [key: string]: unknown } {
  return { QueueUrl: queue.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20, VisibilityTimeout: 0 };
}

/** A received message whose JSON body has this id. */
function messageWithId(id: string): { [key: string]: unknown } {
  return Match.objectLike({ Body: Match.serializedJson(Match.objectLike({ id })) });
}

/** The ledger entry of a message. */
function ledgerEntry(id: string): { [key: string]: unknown } {
  return { TableName: ledger.tableName, Key: { id: { S: id } }, ConsistentRead: true };
}

/** Sends a batch (the IAM action of SendMessageBatch is sqs:SendMessage, not the API name). */
function sendBatch(queue: sqs.IQueue, entries: { [key: string]: unknown }[]): IApiCall {
  const call = integ.assertions.awsApiCall('SQS', 'sendMessageBatch', { QueueUrl: queue.queueUrl, Entries: entries });
  call.provider.addToRolePolicy({ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [queue.queueArn] });
  return call;
}

/**
 * Starts from a clean slate, so that a second deployment (the assertions run on every one)
 * proves the same again: the ledger entries of this test's ids are deleted and both DLQs are
 * purged (a message reaches a DLQ only minutes later, well after the purge's 60 seconds).
 */
const reset = integ.assertions.awsApiCall('DynamoDB', 'batchWriteItem', {
  RequestItems: {
    [ledger.tableName]: ['order-0001', 'order-0002', 'heartbeat-0001', 'order-sns-0001', 'payment-a1', 'payment-a2', 'payment-a3', 'payment-b1']
      .map(id => ({ DeleteRequest: { Key: { id: { S: id } } } })),
  },
}).next(integ.assertions.awsApiCall('SQS', 'purgeQueue', { QueueUrl: ordersDlq.queueUrl }))
  .next(integ.assertions.awsApiCall('SQS', 'purgeQueue', { QueueUrl: paymentsDlq.queueUrl }));

// Standard queue: only the failing message of a batch ends in the DLQ; its batch-mate is
// processed once; the heartbeat is filtered out before the function.
reset.next(sendBatch(orders.queue, [
  { Id: 'ok', MessageBody: JSON.stringify({ id: 'order-0001', type: 'order' }) },
  { Id: 'fail', MessageBody: JSON.stringify({ id: 'order-0002', type: 'order', outcome: 'fail' }) },
  { Id: 'heartbeat', MessageBody: JSON.stringify({ id: 'heartbeat-0001', type: 'heartbeat' }) },
])).next(integ.assertions.awsApiCall('SQS', 'receiveMessage', peek(ordersDlq))
  .expect(ExpectedResult.objectLike({ Messages: [messageWithId('order-0002')] }))
  .waitForAssertions({ totalTimeout: Duration.minutes(15), interval: Duration.seconds(30) }))
  .next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('order-0001'))
    .expect(ExpectedResult.objectLike({ Item: { status: { S: 'processed' }, receiveCount: { S: '1' } } })))
  .next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('order-0002'))
    .expect(ExpectedResult.objectLike({ Item: { status: { S: 'failed' } } })))
  .next(integ.assertions.awsApiCall('DynamoDB', 'query', {
    TableName: ledger.tableName,
    KeyConditionExpression: '#id = :id',
    ExpressionAttributeNames: { '#id': 'id' },
    ExpressionAttributeValues: { ':id': { S: 'heartbeat-0001' } },
    ConsistentRead: true,
    Select: 'COUNT',
  }).expect(ExpectedResult.objectLike({ Count: 0 })));

// SNS fan-out: a message published to the topic is delivered raw to the queue and consumed.
reset.next(integ.assertions.awsApiCall('SNS', 'publish', {
  TopicArn: orderEvents.topicArn,
  Message: JSON.stringify({ id: 'order-sns-0001', type: 'order' }),
  MessageAttributes: { eventType: { DataType: 'String', StringValue: EVENT_TYPE } },
})).next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('order-sns-0001'))
  .expect(ExpectedResult.objectLike({ Item: { status: { S: 'processed' } } }))
  .waitForAssertions({ totalTimeout: Duration.minutes(5), interval: Duration.seconds(15) }));

// FIFO queue: the failing message and the one after it in its group reach the FIFO DLQ in
// order; the later one was never processed; the other group was.
reset.next(sendBatch(payments.queue, [
  { Id: 'a1', MessageGroupId: 'customer-a', MessageDeduplicationId: 'payment-a1', MessageBody: JSON.stringify({ id: 'payment-a1' }) },
  { Id: 'a2', MessageGroupId: 'customer-a', MessageDeduplicationId: 'payment-a2', MessageBody: JSON.stringify({ id: 'payment-a2', outcome: 'fail' }) },
  { Id: 'a3', MessageGroupId: 'customer-a', MessageDeduplicationId: 'payment-a3', MessageBody: JSON.stringify({ id: 'payment-a3' }) },
  { Id: 'b1', MessageGroupId: 'customer-b', MessageDeduplicationId: 'payment-b1', MessageBody: JSON.stringify({ id: 'payment-b1' }) },
])).next(integ.assertions.awsApiCall('SQS', 'receiveMessage', peek(paymentsDlq))
  .expect(ExpectedResult.objectLike({ Messages: [messageWithId('payment-a2'), messageWithId('payment-a3')] }))
  .waitForAssertions({ totalTimeout: Duration.minutes(15), interval: Duration.seconds(30) }))
  .next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('payment-a1'))
    .expect(ExpectedResult.objectLike({ Item: { status: { S: 'processed' } } })))
  .next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('payment-a3'))
    .expect(ExpectedResult.objectLike({ Item: { status: { S: 'skipped' } } })))
  .next(integ.assertions.awsApiCall('DynamoDB', 'getItem', ledgerEntry('payment-b1'))
    .expect(ExpectedResult.objectLike({ Item: { status: { S: 'processed' } } })));

app.synth();
