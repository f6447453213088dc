/**
 * cdk-nag findings that do not apply to resources VpcFunction creates, acknowledged on those
 * resources only (never on the user's own), each with the reason a reviewer needs.
 */
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { acknowledge } from './acknowledge';
import { acknowledgeNoFunctionDlq } from './nag-acknowledgements';

/**
 * The function the pattern created: the DLQ rules of the Serverless, NIST 800-53 R5 and HIPAA
 * Security packs (asynchronous invocations only) and, on the
 * role the pattern created, the wildcard resources that AWS allows no narrower.
 */
export function acknowledgeVpcFunction(fn: lambda.Function, roleCreated: boolean, efsMounted: boolean): void {
  acknowledgeNoFunctionDlq(fn, 'VpcFunction creates no invocation path: a dead-letter queue applies only to asynchronous invocations, '
    + 'which get one from AsyncInvocation (or functionProps.deadLetterQueue) where the function is invoked that way.');
  const policy = roleCreated ? fn.role?.node.tryFindChild('DefaultPolicy') : undefined;
  if (policy === undefined) return;
  acknowledge(policy, {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions (resource "*")'
      + (efsMounted ? '; aws-cdk-lib grants elasticfilesystem:ClientMount on "*" with a condition on the one access point ARN (elasticfilesystem:AccessPointArn)' : '')
      + '; every other statement of this policy names its resources.',
  });
}

/** NAT instances: the low-cost NAT option, stateless and replaced by CloudFormation. */
export function acknowledgeNatInstances(instances: readonly ec2.Instance[]): void {
  for (const instance of instances) {
    acknowledge(instance, {
      id: 'AwsSolutions-EC28',
      reason: 'NAT instances are the low-cost option (VpcNatType.INSTANCE): detailed monitoring is billed per metric and would cost close to the instance itself; the basic 5-minute metrics and status checks remain.',
    }, {
      id: 'AwsSolutions-EC29',
      reason: 'A NAT instance holds no data and is owned by this stack: CloudFormation replaces it when its configuration changes, which termination protection would block.',
    });
  }
}
