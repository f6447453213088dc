/**
 * What every variant of `npm run bench` (bench/pipelines.ts) shares: the scenarios, the
 * variants, the app shape (stacks, environment, the split of pipelines across stacks,
 * one VPC per stack for the composed pipeline), the function every pipeline runs and the
 * two alarms every SQS pipeline has. Kept free of the library and of Solutions Constructs,
 * so that loading it costs every variant the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** `queue`: one SQS -> Lambda pipeline; `composed`: VpcFunction + CanaryDeployment + ProvisionedConcurrency + QueueConsumer. */
export type Scenario = 'queue' | 'composed';

/** `patterns`: this library; `l2`: hand-written aws-cdk-lib L2 code; `solutions`: AWS Solutions Constructs. */
export type Variant = 'patterns' | 'l2' | 'solutions';

/** The line prefix of the child's JSON result on stdout. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export const SCENARIOS: readonly Scenario[] = ['queue', 'composed'];
export const VARIANTS: { readonly [S in Scenario]: readonly Variant[] } = {
  queue: ['patterns', 'l2', 'solutions'],
  composed: ['patterns', 'l2'],
};

/**
 * Pipelines per stack, the same for every variant of a scenario: 25 x ~11 resources and
 * 10 x ~26 resources + one VPC (~22) stay well under CloudFormation's 500 resources per stack.
 */
export const PIPELINES_PER_STACK: { readonly [S in Scenario]: number } = { queue: 25, composed: 10 };

const ENV = { account: '123456789012', region: 'eu-west-1' };

/** Builds pipeline `index` under `scope` (a plain construct named `Pipeline<index>`). */
export type PipelineBuilder = (scope: Construct, index: number, vpc: ec2.IVpc | undefined) => void;

/**
 * An app of `count` pipelines, `PIPELINES_PER_STACK[scenario]` per stack, each pipeline
 * under its own `Pipeline<i>` construct (so that every variant yields the same construct
 * paths and logical ids where it builds the same resources). The composed scenario gets
 * one VPC per stack, built the same way for every variant and shared by that stack's pipelines.
 */
export function buildPipelineApp(app: App, scenario: Scenario, count: number, build: PipelineBuilder): void {
  // The VPC spreads over the account's AZs; without credentials, supply them as `cdk synth` caches them.
  app.node.setContext(`availability-zones:account=${ENV.account}:region=${ENV.region}`, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
  const perStack = PIPELINES_PER_STACK[scenario];
  let stack: Stack | undefined;
  let vpc: ec2.IVpc | undefined;
  for (let i = 0; i < count; i++) {
    if (stack === undefined || i % perStack === 0) {
      stack = new Stack(app, `Pipelines${Math.floor(i / perStack)}`, { env: ENV });
      vpc = scenario === 'composed' ? new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 }) : undefined;
    }
    build(new Construct(stack, `Pipeline${i}`), i, vpc);
  }
}

/** The function every pipeline runs: only what a user must give (runtime, handler, code). */
export function handlerProps(index: number): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`exports.handler = async () => ({ batchItemFailures: [] }); // pipeline ${index}`),
  };
}

/** The function settings the patterns fill in, written out for the hand-written variants. */
export const FUNCTION_SETTINGS = {
  memorySize: 512,
  timeout: Duration.seconds(30),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
} as const;

/** The queue settings the patterns fill in for a 30 s function: 6 x timeout, 14-day DLQ, 5 receives. */
export const QUEUE_SETTINGS = {
  visibilityTimeout: Duration.seconds(180),
  deadLetterRetention: Duration.days(14),
  maxReceiveCount: 5,
  oldestMessageAge: Duration.minutes(15),
} as const;

/** The alarm QueueConsumer puts on its dead-letter queue, written out as a user would. */
export function deadLetterQueueAlarm(scope: Construct, queue: sqs.IQueue): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, 'DeadLetterQueueAlarm', {
    alarmDescription: 'The dead-letter queue holds failures: inspect them, fix the cause, then redrive or replay them.',
    metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(1) }),
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/** The alarm QueueConsumer puts on the age of the source queue's oldest message. */
export function oldestMessageAgeAlarm(scope: Construct, queue: sqs.IQueue): cloudwatch.Alarm {
  const threshold = QUEUE_SETTINGS.oldestMessageAge;
  return new cloudwatch.Alarm(scope, 'OldestMessageAgeAlarm', {
    alarmDescription: `The oldest message in the queue is older than ${threshold.toHumanString()}: the consumer is failing or falling behind.`,
    metric: queue.metricApproximateAgeOfOldestMessage({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(1) }),
    threshold: threshold.toSeconds(),
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/** The repository root (the directory of this package's package.json), from wherever this file was emitted. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf-8')) as { name?: string }).name === 'cdk-lambda-patterns') return dir;
    if (path.dirname(dir) === dir) throw new Error(`bench: no cdk-lambda-patterns package.json above ${__dirname}`);
  }
}
