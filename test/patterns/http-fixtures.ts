/** Shared fixtures of the HttpFunction tests. */
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export const env = { account: '123456789012', region: 'eu-west-1' };

/** A stack in a concrete environment, in its own app. */
export function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env });
}

/** Props of a small Node.js function that answers 200; overrides win. */
export function functionProps(overrides: Partial<lambda.FunctionProps> = {}): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
    ...overrides,
  };
}

/** An HTTP listener on a new ALB in a new VPC (no NAT), answering 404 by default. */
export function listenerOf(stack: Stack): elbv2.ApplicationListener {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const lb = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc });
  return lb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
}
