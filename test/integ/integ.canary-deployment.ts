/**
 * Integ test: CanaryDeployment and ProvisionedConcurrency on one alias, configured the way an
 * orders API releases and keeps warm its function.
 *
 * The pattern creates the function and publishes its current version; the alias `live`
 * points at it. CodeDeploy shifts traffic linearly (10% a minute) on every later release,
 * runs a pre-traffic hook that smoke-tests the new version, and rolls back on the pattern's
 * errors and throttles alarms of the new version or on a p99 latency alarm added with
 * `addAlarm()`. Application Auto Scaling keeps 2 to 10 environments of the alias warm,
 * tracking 70% utilization, with a weekday business-hours floor of 5. `LambdaLimitChecks`
 * runs over the whole app.
 *
 * What a deployment proves (the assertions below):
 * - the alias points at a published version, never $LATEST (GetAlias), and invoking the
 *   alias runs that version and returns the handler's answer (Invoke: `ExecutedVersion`,
 *   the version the handler reports, the payload);
 * - Application Auto Scaling registered the alias with the service-linked role and the
 *   configured maximum, and Lambda allocated the provisioned concurrency (status READY).
 * A second deployment after a code change (integ-runner's update workflow, or changing the
 * handler and deploying again) publishes a new version, runs the hook and shifts traffic.
 *
 * Only the CodeDeploy strategy is deployed here: `DeploymentStrategy.WEIGHTED` routes between
 * the version it publishes and an existing, different `previousVersion`, which a stack
 * deployed for the first time does not have (the unit tests cover its template).
 *
 * Deploy for real (needs an AWS account; `cdk bootstrap` done once; provisioned concurrency
 * is billed while the stack exists), then destroy:
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.canary-deployment.ts"
 *   npx cdk destroy --all --app "npx ts-node test/integ/integ.canary-deployment.ts"
 * The assertion stack (…DeployAssert…) runs the assertions while it deploys; each result
 * is one of its outputs (`AssertionResults…`: success, or the mismatch). integ-runner, once it
 * reads cloud assembly version 55 (see snapshots.test.ts), does the same and destroys:
 *   npx integ-runner --directory test/integ --tests integ.canary-deployment.ts --force
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { CanaryDeployment, LambdaLimitChecks, ProvisionedConcurrency } from '../../src';

const ALIAS_NAME = 'live';
const MIN_CAPACITY = 2;
const MAX_CAPACITY = 10;

/** The orders handler: validates the order and answers with the version that served it. */
const ORDERS_HANDLER = `
exports.handler = async (event) => {
  if (!event || typeof event.orderId !== 'string' || event.orderId.length === 0) {
    throw new Error('orderId is required');
  }
  return { status: 'ACCEPTED', orderId: event.orderId, version: process.env.AWS_LAMBDA_FUNCTION_VERSION };
};
`;

/**
 * The pre-traffic hook: invokes the new version (NEW_VERSION_ARN) with a smoke-test order
 * and reports Succeeded or Failed to CodeDeploy, which stops the release on Failed.
 */
const PRE_TRAFFIC_HOOK = `
const { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } = require('@aws-sdk/client-codedeploy');
const { InvokeCommand, LambdaClient } = require('@aws-sdk/client-lambda');
const codedeploy = new CodeDeployClient({});
const lambda = new LambdaClient({});

exports.handler = async (event) => {
  let status = 'Succeeded';
  try {
    const response = await lambda.send(new InvokeCommand({
      FunctionName: process.env.NEW_VERSION_ARN,
      Payload: JSON.stringify({ orderId: 'smoke-test' }),
    }));
    const answer = JSON.parse(Buffer.from(response.Payload).toString('utf-8'));
    if (response.FunctionError || answer.status !== 'ACCEPTED') {
      console.error(JSON.stringify({ smokeTest: 'failed', functionError: response.FunctionError, answer }));
      status = 'Failed';
    }
  } catch (error) {
    console.error(error);
    status = 'Failed';
  }
  await codedeploy.send(new PutLifecycleEventHookExecutionStatusCommand({
    deploymentId: event.DeploymentId,
    lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId,
    status,
  }));
  return status;
};
`;

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'CanaryDeploymentOrders');

const preTrafficHook = new lambda.Function(stack, 'PreTrafficHook', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(PRE_TRAFFIC_HOOK),
  description: 'CodeDeploy BeforeAllowTraffic hook: smoke-tests the new orders version',
  memorySize: 256,
  timeout: Duration.seconds(60),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
  logGroup: new logs.LogGroup(stack, 'PreTrafficHookLogs', { retention: logs.RetentionDays.ONE_MONTH }),
});

const release = new CanaryDeployment(stack, 'Orders', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(ORDERS_HANDLER),
    description: 'Accepts orders',
    memorySize: 1024,
    timeout: Duration.seconds(10),
  },
  aliasName: ALIAS_NAME,
  deploymentConfig: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE,
  preHook: preTrafficHook,
});
// The hook invokes exactly the version being released.
preTrafficHook.addEnvironment('NEW_VERSION_ARN', release.version.functionArn);
release.version.grantInvoke(preTrafficHook);

// Roll back, too, when the alias's p99 latency stays above 2 seconds for 3 minutes.
release.addAlarm(new cloudwatch.Alarm(stack, 'OrdersLatencyAlarm', {
  metric: release.alias.metricDuration({ statistic: cloudwatch.Stats.p(99), period: Duration.minutes(1) }),
  threshold: 2000,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  alarmDescription: 'p99 latency of the orders alias above 2 s for 3 minutes: CodeDeploy rolls the release back.',
}));

new ProvisionedConcurrency(stack, 'OrdersWarm', {
  alias: release.alias,
  minCapacity: MIN_CAPACITY,
  maxCapacity: MAX_CAPACITY,
  utilizationTarget: 0.7,
  schedules: {
    BusinessHours: { schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '8', minute: '0' }), minCapacity: 5 },
    Evening: { schedule: appscaling.Schedule.cron({ hour: '20', minute: '0' }), minCapacity: MIN_CAPACITY },
  },
});

const integ = new IntegTest(app, 'CanaryDeploymentIntegTest', {
  testCases: [stack],
  // Every release replaces the AWS::Lambda::Version resource (a new logical id; the old
  // version is retained): integ-runner's update workflow must not treat that as destructive.
  allowDestroy: ['AWS::Lambda::Version'],
});
const qualifiedName = Fn.join(':', [release.function.functionName, ALIAS_NAME]);

// Version numbers are matched by pattern, not by reference: a reference would make this
// assertion stack import the version's export, whose name changes with every release and
// would block the update deployment of the next release.
const PUBLISHED_VERSION = Match.stringLikeRegexp('^[0-9]+$');

// The alias points at a published version, never $LATEST ...
const alias = integ.assertions.awsApiCall('Lambda', 'getAlias', {
  FunctionName: release.function.functionName,
  Name: ALIAS_NAME,
});
alias.expect(ExpectedResult.objectLike({ Name: ALIAS_NAME, FunctionVersion: PUBLISHED_VERSION }));

// ... and invoking the alias runs that version, which answers the order.
alias.next(integ.assertions.invokeFunction({
  functionName: qualifiedName,
  payload: JSON.stringify({ orderId: 'integ-0001' }),
  logRetention: logs.RetentionDays.ONE_WEEK,
}).expect(ExpectedResult.objectLike({
  StatusCode: 200,
  ExecutedVersion: PUBLISHED_VERSION,
  Payload: Match.serializedJson(Match.objectLike({ status: 'ACCEPTED', orderId: 'integ-0001', version: PUBLISHED_VERSION })),
})));

// Application Auto Scaling manages the alias, and Lambda allocated its provisioned concurrency.
integ.assertions.awsApiCall('ApplicationAutoScaling', 'describeScalableTargets', {
  ServiceNamespace: 'lambda',
  ScalableDimension: 'lambda:function:ProvisionedConcurrency',
  ResourceIds: [Fn.join(':', ['function', qualifiedName])],
}).expect(ExpectedResult.objectLike({
  ScalableTargets: [Match.objectLike({
    MaxCapacity: MAX_CAPACITY,
    RoleARN: Match.stringLikeRegexp('AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency$'),
  })],
})).next(integ.assertions.awsApiCall('Lambda', 'getProvisionedConcurrencyConfig', {
  FunctionName: release.function.functionName,
  Qualifier: ALIAS_NAME,
}).expect(ExpectedResult.objectLike({ Status: 'READY' }))
  .waitForAssertions({ totalTimeout: Duration.minutes(15), interval: Duration.seconds(30) }));

app.synth();
