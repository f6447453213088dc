/**
 * cdk-nag findings that do not apply to resources a pattern creates, acknowledged on
 * exactly those resources with the reason a reviewer needs. Findings that apply are
 * never acknowledged here: they are fixed in the pattern.
 */
import { Stack } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { acknowledge } from './acknowledge';

/**
 * A failure queue (a DLQ or an on-failure destination) is the end of the line: giving it
 * its own DLQ would only move the same messages again. cdk-nag's AwsSolutions-SQS3 only
 * recognises queues that are a redrive target or a function's DeadLetterConfig, so it
 * also reports on-failure destinations, SNS redrive queues and EventBridge target DLQs.
 */
export function acknowledgeFailureQueue(queue: sqs.IQueue, role: string): void {
  acknowledge(queue, {
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a failure queue (${role}). It has a depth alarm, 14-day retention, SSE and TLS-only access.`,
  });
  acknowledge(queue, {
    id: 'Serverless-SQSRedrivePolicy',
    reason: `This queue is itself a failure queue (${role}). A redrive policy on it would only move failed messages to yet another queue.`,
  });
}

/**
 * The three packs that ask every function for a dead-letter queue (a `DeadLetterConfig`):
 * they check the same setting, so one reason answers all of them.
 */
const FUNCTION_DLQ_RULES = ['Serverless-LambdaDLQ', 'NIST.800.53.R5-LambdaDLQ', 'HIPAA.Security-LambdaDLQ'] as const;

/**
 * A function the pattern created, for which a function dead-letter queue can never receive
 * an event in what the pattern builds (it applies only to asynchronous invocations).
 */
export function acknowledgeNoFunctionDlq(fn: IConstruct, reason: string): void {
  acknowledge(fn, ...FUNCTION_DLQ_RULES.map(id => ({ id, reason })));
}

/** X-Ray's write actions support no resource-level permissions. */
export function acknowledgeXrayWildcard(role: iam.IRole): void {
  acknowledge(role, {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so aws-cdk-lib grants them on "*".',
  });
}

/** The construct id aws-cdk-lib gives its singleton S3 bucket-notifications handler. */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

/**
 * aws-cdk-lib writes S3 bucket notifications with a singleton custom-resource handler
 * whose role has the AWSLambdaBasicExecutionRole managed policy; no prop changes it.
 */
export function acknowledgeBucketNotificationsHandler(scope: IConstruct): void {
  const handler = Stack.of(scope).node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
  if (!handler) return;
  acknowledge(handler, {
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'aws-cdk-lib\'s singleton BucketNotificationsHandler (it writes the bucket\'s notification configuration at deploy time) has a role with this managed policy; aws-cdk-lib offers no prop to replace it.',
  });
}
