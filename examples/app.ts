/**
 * The example app: every pattern of cdk-lambda-patterns composed on one function,
 * the way a production order service uses them. `npm run example` synthesizes it with
 * the aws-cdk CLI into cdk.out/ and prints a summary; test/example.test.ts asserts that
 * it synthesizes with zero validation errors and passes cdk-nag.
 *
 *   SNS OrderEvents ──► SQS (QueueConsumer) ──┐
 *   S3 uploads / EventBridge schedule ────────┤
 *      (AsyncInvocation)                      ├─► alias `live` ──► versions of OrdersHandler
 *   DynamoDB stream (StreamConsumer) ─────────┤      (CanaryDeployment, ProvisionedConcurrency)
 *   REST API POST /orders (HttpFunction) ─────┘
 *                                                    OrdersHandler runs in private subnets (VpcFunction)
 *   CloudFront ──► Lambda@Edge in us-east-1 (EdgeHandler) + CloudFront Function (ViewerFunction)
 */
import { App, Aspects, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import {
  AsyncInvocation,
  CanaryDeployment,
  EdgeHandler,
  FrontDoor,
  HttpFunction,
  LambdaLimitChecks,
  ProvisionedConcurrency,
  QueueConsumer,
  StreamConsumer,
  ViewerFunction,
  VpcFunction,
} from '../src';

/** Builds the example app; exported so tests can synthesize it in-process. */
export function buildExampleApp(app: App = new App()): App {
  Aspects.of(app).add(new LambdaLimitChecks({ accountConcurrencyLimit: 1000 }));

  // Not us-east-1: EdgeHandler puts its function in a us-east-1 stack of its own.
  const env = { account: '123456789012', region: 'eu-west-1' };
  // The VPC spreads over two Availability Zones of this account. With credentials, `cdk synth`
  // looks them up once and caches them in cdk.context.json; this example has no account, so
  // it supplies the cached value itself.
  const azContextKey = `availability-zones:account=${env.account}:region=${env.region}`;
  if (app.node.tryGetContext(azContextKey) === undefined) {
    app.node.setContext(azContextKey, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
  }
  const stack = new Stack(app, 'OrdersService', { env, description: 'cdk-lambda-patterns example: an order-processing service' });

  // 1. The function, in private subnets with egress through one NAT gateway.
  //    Its DLQ is a function-level setting, so it is given here and reused by AsyncInvocation.
  const asyncDeadLetters = new sqs.Queue(stack, 'OrdersAsyncDeadLetters', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const orders = new VpcFunction(stack, 'Orders', {
    functionProps: {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline([
        'exports.handler = async (event) => {',
        '  const records = event.Records ?? [];',
        '  // SQS batches report partial failures; other sources get a plain result.',
        "  if (records[0]?.eventSource === 'aws:sqs') return { batchItemFailures: [] };",
        '  // API Gateway proxy events get a proxy response.',
        '  if (event.httpMethod) return { statusCode: 202, body: JSON.stringify({ accepted: true }) };',
        '  return { processed: records.length };',
        '};',
      ].join('\n')),
      timeout: Duration.seconds(20),
      // Bounds this service's share of the account's concurrency (and covers provisioned concurrency).
      reservedConcurrentExecutions: 100,
      deadLetterQueue: asyncDeadLetters,
    },
    interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER],
  });

  // Every alarm the patterns create notifies the on-call topic (encrypted with the AWS managed SNS key).
  const awsManagedSnsKey = kms.Alias.fromAliasName(stack, 'AwsManagedSnsKey', 'alias/aws/sns');
  const onCall = new sns.Topic(stack, 'OnCall', { enforceSSL: true, masterKey: awsManagedSnsKey });
  const alarms: cloudwatch.Alarm[] = [];

  // 2. Releases: a version per change, alias `live`, CodeDeploy canary with rollback alarms.
  const release = new CanaryDeployment(stack, 'Release', { function: orders.function, aliasName: 'live' });
  const live = release.alias;
  alarms.push(...release.alarms);

  // 3. No cold starts in business hours: provisioned concurrency on the alias.
  const warm = new ProvisionedConcurrency(stack, 'Warm', {
    alias: live,
    minCapacity: 1,
    maxCapacity: 10,
    schedules: {
      BusinessHours: { schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '7', minute: '0' }), minCapacity: 5 },
      Night: { schedule: appscaling.Schedule.cron({ hour: '20', minute: '0' }), minCapacity: 1 },
    },
  });
  alarms.push(...warm.alarms);

  // 4. Orders arrive on a queue (fanned out from an SNS topic), consumed through the alias.
  const ordersQueue = new QueueConsumer(stack, 'OrdersQueue', {
    function: live,
    queueProps: {},
    batchSize: 50,
    maxBatchingWindow: Duration.seconds(5),
  });
  ordersQueue.subscribeTo(new sns.Topic(stack, 'OrderEvents', { enforceSSL: true, masterKey: awsManagedSnsKey }));
  alarms.push(...ordersQueue.alarms);

  // 5. Receipts uploaded to S3 and a nightly sweep invoke the alias asynchronously.
  const receipts = new AsyncInvocation(stack, 'Receipts', {
    function: live,
    deadLetterQueue: asyncDeadLetters,
    retryAttempts: 1,
    maxEventAge: Duration.hours(2),
  });
  const receiptUploads = new s3.Bucket(stack, 'ReceiptUploads', {
    encryption: s3.BucketEncryption.KMS_MANAGED,
    versioned: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
  });
  receipts.addS3Trigger(receiptUploads, { filters: [{ prefix: 'receipts/' }] });
  receipts.addScheduleTrigger('NightlySweep', 'cron(0 3 * * ? *)');
  alarms.push(...receipts.alarms);

  // 6. Every change of the orders table is projected through the same alias.
  const ordersTable = new dynamodb.TableV2(stack, 'OrdersTable', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  });
  const ordersStream = new StreamConsumer(stack, 'OrdersStream', { table: ordersTable, function: live });
  alarms.push(...ordersStream.alarms);

  // 7. Synchronous HTTP: the alias behind an IAM-authorized REST API method. The 20 s function
  //    fits the 29 s integration timeout; a longer function timeout would stop synth with both numbers.
  const ordersHttp = new HttpFunction(stack, 'OrdersHttp', {
    function: live,
    frontDoor: FrontDoor.restApi({ path: '/orders', httpMethod: 'POST' }),
  });
  alarms.push(...ordersHttp.alarms);

  // 8. The storefront: security headers at the edge (us-east-1) and a redirect in a CloudFront Function.
  const siteOrigin = new origins.HttpOrigin('orders.example.com');
  const securityHeaders = new EdgeHandler(stack, 'SecurityHeaders', {
    eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE,
    functionProps: {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline([
        `const config = ${EdgeHandler.CONFIG_PLACEHOLDER};`,
        'exports.handler = async (event) => {',
        '  const response = event.Records[0].cf.response;',
        "  response.headers['strict-transport-security'] = [{ key: 'Strict-Transport-Security', value: config.hsts }];",
        '  return response;',
        '};',
      ].join('\n')),
    },
    config: { hsts: 'max-age=63072000; includeSubDomains' },
  });
  const distribution = new cloudfront.Distribution(stack, 'Storefront', {
    defaultBehavior: {
      origin: siteOrigin,
      edgeLambdas: [securityHeaders.edgeLambda],
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    },
  });
  new ViewerFunction(stack, 'LegacyRedirect', {
    eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
    code: cloudfront.FunctionCode.fromInline(
      'function handler(event) { return { statusCode: 301, statusDescription: "Moved", headers: { location: { value: "/orders" + event.request.uri.slice(7) } } }; }'),
    distribution,
    pathPattern: '/legacy/*',
    origin: siteOrigin,
  });

  for (const alarm of new Set(alarms)) alarm.addAlarmAction(new cloudwatchActions.SnsAction(onCall));

  // cdk-nag: what this service decides for itself, each with its reason (see the README's compliance section).
  acknowledge(app, [
    ['NIST.800.53.R5-IAMNoInlinePolicy', 'HIPAA.Security-IAMNoInlinePolicy'],
    'Each role has one inline policy naming only its own resources: least privilege per role; a customer-managed policy would be shared and broader.',
  ],
  [['NIST.800.53.R5-CloudWatchLogGroupEncrypted', 'HIPAA.Security-CloudWatchLogGroupEncrypted'],
    'CloudWatch Logs encrypts every log group at rest with service keys; this service holds no data that needs its own KMS key in its logs.'],
  [['NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW', 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW'],
    'Only the public subnets of the NAT gateway route to the internet gateway; the function runs in private subnets.'],
  );
  acknowledge(asyncDeadLetters,
    [['Serverless-SQSRedrivePolicy'], 'This queue is the function\'s dead-letter queue; a DLQ of a DLQ would only move the problem.']);
  acknowledge(receiptUploads,
    [['AwsSolutions-S1', 'NIST.800.53.R5-S3BucketLoggingEnabled', 'HIPAA.Security-S3BucketLoggingEnabled'],
      'Object-level access to receipts is audited with CloudTrail S3 data events at the organization level, not with server access logs.'],
    [['NIST.800.53.R5-S3BucketReplicationEnabled', 'HIPAA.Security-S3BucketReplicationEnabled'],
      'Receipts are re-creatable from the order records; the bucket is versioned and not replicated to a second Region.'],
  );
  acknowledge(distribution,
    [['AwsSolutions-CFR3'], 'The storefront is fronted for security headers only; access is logged by the origin.'],
    [['AwsSolutions-CFR4'], 'The example uses the CloudFront domain and its default certificate; a real storefront sets a certificate with TLSv1.2_2021.'],
  );
  acknowledge(ordersHttp,
    [['NIST.800.53.R5-APIGWSSLEnabled', 'HIPAA.Security-APIGWSSLEnabled'],
      'API Gateway calls a Lambda proxy integration, not an HTTP backend: there is no backend TLS client certificate to set.'],
    [['NIST.800.53.R5-APIGWCacheEnabledAndEncrypted', 'HIPAA.Security-APIGWCacheEnabledAndEncrypted'],
      'POST /orders creates orders: responses must never be cached.'],
    [['NIST.800.53.R5-APIGWAssociatedWithWAF'], 'The API is IAM-authorized for internal callers only; a WAF web ACL protects the public storefront, not this API.'],
  );
  acknowledge(securityHeaders.function,
    [['NIST.800.53.R5-LambdaConcurrency', 'HIPAA.Security-LambdaConcurrency'],
      'Lambda@Edge replicas scale in every Region CloudFront uses; reserved concurrency on the us-east-1 function bounds none of them.'],
  );

  return app;
}

/** Acknowledges cdk-nag rules on a scope, each group of ids with its reason. */
function acknowledge(scope: IConstruct, ...groups: [ids: string[], reason: string][]): void {
  Validations.of(scope).acknowledge(...groups.flatMap(([ids, reason]) => ids.map(id => ({ id, reason }))));
}

if (require.main === module) {
  buildExampleApp().synth();
}
