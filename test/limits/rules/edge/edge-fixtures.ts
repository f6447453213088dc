import type { App, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { checkedApp, envStack, nodeFunction } from '../../helpers';

/** A stack in us-east-1, where Lambda@Edge functions must live. */
export function usEast1Stack(app: App, id = 'Edge'): Stack {
  return envStack(app, id, { env: { account: '123456789012', region: 'us-east-1' } });
}

/** A distribution whose default behavior runs `version` for `eventType`. */
export function distributionWith(
  scope: Construct,
  id: string,
  version: lambda.IVersion,
  eventType: cloudfront.LambdaEdgeEventType = cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
  includeBody?: boolean,
): cloudfront.Distribution {
  return new cloudfront.Distribution(scope, id, {
    defaultBehavior: {
      origin: new origins.HttpOrigin('example.com'),
      edgeLambdas: [{ functionVersion: version, eventType, includeBody }],
    },
  });
}

/** The L1 distribution behind an L2 one, for escape-hatch overrides. */
export function cfnDistribution(distribution: cloudfront.Distribution): cloudfront.CfnDistribution {
  return distribution.node.defaultChild as cloudfront.CfnDistribution;
}

/** The L1 function behind an L2 one, for escape-hatch overrides. */
export function cfnFunction(fn: lambda.Function): lambda.CfnFunction {
  return fn.node.defaultChild as lambda.CfnFunction;
}

/** An app with one us-east-1 stack holding a function and a distribution that runs its current version. */
export function edgeApp(
  props: Partial<lambda.FunctionProps> = {},
  eventType: cloudfront.LambdaEdgeEventType = cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
): { app: App; stack: Stack; fn: lambda.Function; distribution: cloudfront.Distribution } {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = nodeFunction(stack, 'Fn', props);
  const distribution = distributionWith(stack, 'Dist', fn.currentVersion, eventType);
  return { app, stack, fn, distribution };
}

export { cloudfront, lambda };
