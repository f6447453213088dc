/**
 * The defaults of the functions EdgeHandler creates (see docs/edge-handler.md), and the
 * execution role they get. Kept apart from validation and from the construct itself.
 */
import { Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EDGE } from '../limits/quotas';

/** Memory and timeout an EdgeHandler gives its function when `functionProps` leaves them out. */
export interface EdgeEventDefaults {
  readonly memorySize: number;
  readonly timeout: Duration;
}

/** Viewer events: the Lambda@Edge maximums (128 MB, 5 s), since a viewer function runs on every request. */
export const VIEWER_EVENT_DEFAULTS: EdgeEventDefaults = {
  memorySize: EDGE.viewerMaxMemoryMb,
  timeout: Duration.seconds(EDGE.viewerMaxTimeoutSeconds),
};

/**
 * Origin events: 256 MB (twice the CPU share of 128 MB, for the network calls origin functions
 * typically make) and 10 s, so that a stuck call fails fast instead of holding the viewer for
 * the 30 s maximum.
 */
export const ORIGIN_EVENT_DEFAULTS: EdgeEventDefaults = {
  memorySize: 256,
  timeout: Duration.seconds(10),
};

/** The rest of the documented defaults of an EdgeHandler's function. */
export const EDGE_FUNCTION_DEFAULTS = {
  loggingFormat: lambda.LoggingFormat.JSON,
  logRetention: logs.RetentionDays.ONE_MONTH,
  /** Replicated functions cannot be deleted until CloudFront has removed the replicas. */
  removalPolicy: RemovalPolicy.RETAIN,
  configFileName: 'edge-config.json',
  configPlaceholder: '__EDGE_CONFIG__',
} as const;

/** True for viewer-request and viewer-response. */
export function isViewerEvent(eventType: string): boolean {
  return (EDGE.viewerEventTypes as readonly string[]).includes(eventType);
}

/** True for viewer-request and origin-request. */
export function isRequestEvent(eventType: string): boolean {
  return (EDGE.requestEventTypes as readonly string[]).includes(eventType);
}

/** Memory and timeout defaults for an event type. */
export function edgeEventDefaults(eventType: cloudfront.LambdaEdgeEventType): EdgeEventDefaults {
  return isViewerEvent(eventType) ? VIEWER_EVENT_DEFAULTS : ORIGIN_EVENT_DEFAULTS;
}

/**
 * The name of the log group Lambda@Edge writes to in every Region where a replica runs:
 * `/aws/lambda/us-east-1.<function name>`.
 */
export function edgeLogGroupName(functionName: string): string {
  return `/aws/lambda/${EDGE.region}.${functionName}`;
}

/**
 * An execution role for a Lambda@Edge function. Replicas write their logs in the Region
 * where they run, to a log group named `/aws/lambda/us-east-1.<function name>` that Lambda
 * creates there: the role may create and write to that one log group name in any Region
 * (which also covers the us-east-1 group of that name), plus `otherLogGroupArn` (a log group
 * the user gave, or the function's default group when it has none). Nothing else.
 * EdgeFunction adds the `edgelambda.amazonaws.com` trust.
 */
export function edgeExecutionRole(scope: Construct, id: string, functionName: string, otherLogGroupArn?: string): iam.Role {
  const role = new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of the Lambda@Edge function ${functionName}, least privilege`,
  });
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
    resources: [`arn:${Aws.PARTITION}:logs:*:${Stack.of(scope).account}:log-group:${edgeLogGroupName(functionName)}:*`],
  }));
  if (otherLogGroupArn !== undefined) {
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [otherLogGroupArn],
    }));
  }
  return role;
}

/** The ARN of the log group a function without LoggingConfig writes to in us-east-1. */
export function defaultLogGroupArn(scope: Construct, functionName: string): string {
  return `arn:${Aws.PARTITION}:logs:${EDGE.region}:${Stack.of(scope).account}:log-group:/aws/lambda/${functionName}:*`;
}
