/**
 * The permissions Lambda uses, with the function's execution role, to create and manage the
 * network interfaces of a function in a VPC: an inline policy instead of the
 * AWSLambdaVPCAccessExecutionRole managed policy (which aws-cdk-lib attaches only to a role
 * it creates itself; patterns pass their own least-privilege role).
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge';

/**
 * The actions of the AWSLambdaVPCAccessExecutionRole managed policy (v3, January 2024)
 * without its CloudWatch Logs actions, which the patterns grant on the function's own log group.
 */
export const NETWORK_INTERFACE_ACTIONS: readonly string[] = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];

/**
 * Grants the network interface actions to the function's role, before Lambda creates the
 * function (it checks the permissions then, and needs them until the interfaces are deleted).
 *
 * A role the pattern created gets them as a policy of their own, which the function depends
 * on and whose wildcard resource is acknowledged here. A role the user gave gets them through
 * `addToPrincipalPolicy` (its default policy, which the function already depends on), so
 * that an immutable role (`mutable: false`) is left untouched: it must allow them already.
 */
export function grantNetworkInterfaces(scope: Construct, id: string, fn: lambda.Function, roleCreated: boolean): void {
  const statement = new iam.PolicyStatement({
    actions: [...NETWORK_INTERFACE_ACTIONS],
    // ec2:Describe* actions support no resource-level permissions, and the interfaces
    // Lambda creates have ids unknown before it creates them.
    resources: ['*'],
  });
  if (fn.role === undefined) return;
  if (!roleCreated) {
    fn.role.addToPrincipalPolicy(statement);
    return;
  }
  const policy = new iam.Policy(scope, id, { statements: [statement] });
  policy.attachToRole(fn.role);
  fn.node.addDependency(policy);
  acknowledge(policy, {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Lambda manages the function\'s VPC network interfaces with these EC2 actions (the set of the AWSLambdaVPCAccessExecutionRole managed policy, inline); '
      + 'ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets accept only Resource \'*\', and the interface ids do not exist before Lambda creates them.',
  });
}
