/**
 * cdk-nag findings that do not apply to the Lambda@Edge function an EdgeHandler creates,
 * acknowledged on that function and its role only (never on the user's resources, such as
 * the distribution), each with its reason.
 */
import { Token } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { acknowledge } from './acknowledge';
import { edgeLogGroupName } from './edge-defaults';
import { acknowledgeNoFunctionDlq } from './nag-acknowledgements';
import { DOCS } from '../limits/quotas';

/** The created function: invoked synchronously by CloudFront, outside any VPC, and not traced by X-Ray. */
export function acknowledgeEdgeFunction(fn: lambda.IFunction, tracingSet: boolean): void {
  acknowledgeNoFunctionDlq(fn, 'A Lambda@Edge function is invoked synchronously by CloudFront, which returns the error to the viewer: a DLQ (for asynchronous invocations only) would never receive an event.');
  const noVpc = 'Lambda@Edge functions cannot be connected to a VPC: CloudFront runs their replicas in the Regions nearest its edge locations, outside the account\'s VPCs '
    + `(Lambda@Edge restrictions, ${DOCS.edgeRestrictions}); this library rejects a VPC on one (rule EdgeVpc).`;
  acknowledge(fn,
    { id: 'NIST.800.53.R5-LambdaInsideVPC', reason: noVpc },
    { id: 'HIPAA.Security-LambdaInsideVPC', reason: noVpc },
  );
  if (!tracingSet) {
    acknowledge(fn, {
      id: 'Serverless-LambdaTracing',
      reason: 'Lambda@Edge replicas do not send X-Ray traces (the trace header reaches them with Sampled=0), so active tracing would only add a wildcard xray: permission to the role.',
    });
  }
}

/** The created role: replicas log in whichever Region they run, to a log group of a fixed name. */
export function acknowledgeEdgeRole(role: iam.IRole, functionName: string, account: string): void {
  const policy = role.node.tryFindChild('DefaultPolicy');
  if (!policy || Token.isUnresolved(functionName)) return;
  const accountText = Token.isUnresolved(account) ? '<AWS::AccountId>' : account;
  acknowledge(policy, {
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:*:${accountText}:log-group:${edgeLogGroupName(functionName)}:*]`,
    reason: 'Lambda@Edge replicas write logs in the Region where they run, to a log group of this one name that Lambda creates there; the Region is the only wildcard (CloudFront chooses it) and the trailing :* covers that group\'s log streams.',
  });
}
