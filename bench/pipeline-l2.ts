/**
 * The `l2` variant of `npm run bench`: the same resources as the patterns, written by hand
 * with aws-cdk-lib L2 constructs, as a careful user would without this library. Construct ids
 * follow the patterns' own, so that logical ids (and template bytes) can be compared directly.
 * What the patterns add that is not a resource (LambdaLimitChecks on themselves, synth-time
 * validation of props, cdk-nag acknowledgements) is deliberately not reproduced here.
 */
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  deadLetterQueueAlarm, FUNCTION_SETTINGS, handlerProps, oldestMessageAgeAlarm, type PipelineBuilder, QUEUE_SETTINGS,
} from './pipeline-common';

/** A function with a log group (one-month retention) and a role that may write only to it. */
function functionWithLogs(scope: Construct, props: lambda.FunctionProps): { fn: lambda.Function; role: iam.Role } {
  const logGroup = new logs.LogGroup(scope, 'FunctionLogGroup', { retention: logs.RetentionDays.ONE_MONTH });
  const role = new iam.Role(scope, 'FunctionServiceRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Least-privilege execution role of ${scope.node.path}/FunctionServiceRole`,
  });
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    resources: [logGroup.logGroupArn],
  }));
  return { fn: new lambda.Function(scope, 'Function', { ...props, ...FUNCTION_SETTINGS, logGroup, role }), role };
}

/** An encrypted, TLS-only queue with a 14-day DLQ, consumed by `fn` with partial batch responses, and its two alarms. */
function consumedQueue(scope: Construct, fn: lambda.IFunction): void {
  const deadLetterQueue = new sqs.Queue(scope, 'DeadLetterQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: QUEUE_SETTINGS.deadLetterRetention,
  });
  const queue = new sqs.Queue(scope, 'Queue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    visibilityTimeout: QUEUE_SETTINGS.visibilityTimeout,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: QUEUE_SETTINGS.maxReceiveCount },
  });
  fn.addEventSource(new SqsEventSource(queue, { reportBatchItemFailures: true }));
  deadLetterQueueAlarm(scope, deadLetterQueue);
  oldestMessageAgeAlarm(scope, queue);
}

/** What QueueConsumer with `functionProps` and `queueProps: {}` builds. */
export const queuePipeline: PipelineBuilder = (scope: Construct, index: number) => {
  const consumer = new Construct(scope, 'Consumer');
  consumedQueue(consumer, functionWithLogs(consumer, handlerProps(index)).fn);
};

/** An alarm on one metric of the new version only (the alias's metric for that executed version). */
function newVersionAlarm(scope: Construct, id: string, metricName: string, fn: lambda.Function, version: lambda.Version): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: `${metricName} of the new version of ${scope.node.path} (alias live) above 0 in 1 minute: CodeDeploy rolls the release back.`,
    metric: new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName,
      dimensionsMap: {
        FunctionName: fn.functionName,
        Resource: Fn.join(':', [fn.functionName, 'live']),
        ExecutedVersion: version.version,
      },
      statistic: cloudwatch.Stats.SUM,
      period: Duration.minutes(1),
    }),
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/**
 * What VpcFunction + CanaryDeployment + ProvisionedConcurrency + QueueConsumer build:
 * a function in the VPC's private subnets with its own security group and an inline ENI
 * policy; a version (retained), an alias, errors and throttles alarms on the new version,
 * a CodeDeploy canary with a least-privilege role; provisioned concurrency with target
 * tracking and a spillover alarm; the queue pipeline on the alias.
 */
export const composedPipeline: PipelineBuilder = (scope: Construct, index: number, vpc: ec2.IVpc | undefined) => {
  if (vpc === undefined) throw new Error('bench: the composed pipeline needs the stack VPC');
  const handler = new Construct(scope, 'Handler');
  const subnets = vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }).subnets;
  const securityGroup = new ec2.SecurityGroup(handler, 'SecurityGroup', {
    vpc,
    description: `Function ${handler.node.path}: no inbound rules`,
    allowAllOutbound: true,
  });
  const { fn, role } = functionWithLogs(handler, { ...handlerProps(index), vpc, vpcSubnets: { subnets }, securityGroups: [securityGroup] });
  const eniPolicy = new iam.Policy(handler, 'NetworkInterfacePolicy', {
    statements: [new iam.PolicyStatement({
      actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets',
        'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
      resources: ['*'],
    })],
  });
  eniPolicy.attachToRole(role);
  fn.node.addDependency(eniPolicy);

  const release = new Construct(scope, 'Release');
  const version = fn.currentVersion;
  version.applyRemovalPolicy(RemovalPolicy.RETAIN);
  const alarms = [
    newVersionAlarm(release, 'ErrorsAlarm', 'Errors', fn, version),
    newVersionAlarm(release, 'ThrottlesAlarm', 'Throttles', fn, version),
  ];
  const alias = new lambda.Alias(release, 'Alias', { aliasName: 'live', version });
  const deploymentRole = new iam.Role(release, 'DeploymentRole', {
    assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com'),
    description: `CodeDeploy service role of ${release.node.path}, least privilege`,
  });
  deploymentRole.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
    resources: [fn.functionArn, `${fn.functionArn}:*`],
  }));
  deploymentRole.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['cloudwatch:DescribeAlarms'],
    resources: alarms.map(alarm => alarm.alarmArn),
  }));
  new codedeploy.LambdaDeploymentGroup(release, 'DeploymentGroup', {
    alias,
    deploymentConfig: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
    alarms,
    autoRollback: { failedDeployment: true, deploymentInAlarm: true, stoppedDeployment: false },
    role: deploymentRole.withoutPolicyUpdates(),
  });
  alias.node.addDependency(deploymentRole);
  alias.node.addDependency(...alarms);

  const warm = new Construct(scope, 'Warm');
  const qualifiedName = Fn.join(':', [fn.functionName, alias.aliasName]);
  const target = new appscaling.ScalableTarget(warm, 'ScalableTarget', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: Fn.join(':', ['function', qualifiedName]),
    minCapacity: 1,
    maxCapacity: 10,
    role: iam.Role.fromRoleArn(warm, 'ScalingRole', Stack.of(warm).formatArn({
      service: 'iam',
      region: '',
      resource: 'role',
      resourceName: 'aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency',
    }), { mutable: false }),
  });
  target.node.addDependency(alias);
  target.scaleToTrackMetric('Utilization', {
    targetValue: 0.7,
    predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
  });
  new cloudwatch.Alarm(warm, 'SpilloverAlarm', {
    alarmDescription: `Invocations of ${warm.node.path} that found no provisioned concurrency free and ran on on-demand concurrency (cold starts) in 5 minutes: raise maxCapacity or lower utilizationTarget.`,
    metric: new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName: 'ProvisionedConcurrencySpilloverInvocations',
      dimensionsMap: { FunctionName: fn.functionName, Resource: qualifiedName },
      statistic: cloudwatch.Stats.SUM,
      period: Duration.minutes(5),
    }),
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });

  consumedQueue(new Construct(scope, 'Consumer'), alias);
};
