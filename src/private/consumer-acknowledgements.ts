/**
 * cdk-nag findings that do not apply to the resources the consumer patterns build,
 * acknowledged on those resources only (never on the user's own), each with its reason.
 */
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { acknowledge } from './acknowledge';
import { acknowledgeNoFunctionDlq } from './nag-acknowledgements';

/**
 * A function the pattern created: the async-only DLQ rules (Serverless, NIST 800-53 R5 and
 * HIPAA Security, for the same reason), and (when the pattern also
 * created its role, so that every statement in it is the pattern's) X-Ray's wildcard resource.
 */
export function acknowledgeCreatedFunction(fn: lambda.IFunction, roleCreated: boolean, dlqReason: string, extraWildcardReason = ''): void {
  acknowledgeNoFunctionDlq(fn, dlqReason);
  const policy = roleCreated ? fn.role?.node.tryFindChild('DefaultPolicy') : undefined;
  if (policy) {
    acknowledge(policy, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions (resource "*")'
        + `${extraWildcardReason}; every other statement of this policy names its resources.`,
    });
  }
}

/**
 * A queue that is itself a failure destination (DLQ or on-failure queue). cdk-nag
 * recognizes a queue named in another queue's redrive policy as a DLQ (no SQS3); any
 * other failure destination (SNS subscription DLQ, stream on-failure queue) is not.
 */
export function acknowledgeFailureQueue(queue: IConstruct, role: string, recognizedAsDlq: boolean): void {
  acknowledge(queue, {
    id: 'Serverless-SQSRedrivePolicy',
    reason: `This queue is ${role}: messages here are already failures, kept 14 days for inspection and redrive; a DLQ for a DLQ would only move the problem.`,
  });
  if (!recognizedAsDlq) {
    acknowledge(queue, {
      id: 'AwsSolutions-SQS3',
      reason: `This queue is ${role}, i.e. a dead-letter destination itself, which cdk-nag only recognizes in SQS redrive policies and function DLQ settings.`,
    });
  }
}
