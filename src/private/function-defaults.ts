/**
 * The defaults every function a pattern creates gets (see the README's defaults
 * table). Kept apart from validation and from the patterns' own construction.
 */
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Documented defaults for functions the patterns create. */
export const FUNCTION_DEFAULTS = {
  memorySize: 512,
  timeout: Duration.seconds(30),
  tracing: lambda.Tracing.ACTIVE,
  loggingFormat: lambda.LoggingFormat.JSON,
  logRetention: logs.RetentionDays.ONE_MONTH,
} as const;

/**
 * Creates a function from user props, filling in what the user left out: memory,
 * timeout, active tracing, JSON logs into a log group with a retention, and (when no
 * role is given) a role whose only policy is an inline one for that log group, instead
 * of the AWSLambdaBasicExecutionRole managed policy. Every value the user set wins.
 */
export function createPatternFunction(scope: Construct, id: string, props: lambda.FunctionProps): lambda.Function {
  const logGroup = props.logGroup ?? new logs.LogGroup(scope, `${id}LogGroup`, {
    retention: FUNCTION_DEFAULTS.logRetention,
  });
  const role = props.role ?? leastPrivilegeRole(scope, `${id}ServiceRole`, logGroup);
  return new lambda.Function(scope, id, {
    ...props,
    memorySize: props.memorySize ?? FUNCTION_DEFAULTS.memorySize,
    timeout: props.timeout ?? FUNCTION_DEFAULTS.timeout,
    tracing: props.tracing ?? FUNCTION_DEFAULTS.tracing,
    loggingFormat: props.loggingFormat ?? FUNCTION_DEFAULTS.loggingFormat,
    logGroup,
    role,
  });
}

/**
 * A Lambda execution role that may write only to the given log group. Other grants
 * (queues, tracing, VPC networking) are added as inline statements by the L2s that need them.
 */
export function leastPrivilegeRole(scope: Construct, id: string, logGroup: logs.ILogGroupRef): iam.Role {
  const role = new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Least-privilege execution role of ${scope.node.path}/${id}`,
  });
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    // A log group ARN ends in `:*`, which covers its log streams.
    resources: [logGroup.logGroupRef.logGroupArn],
  }));
  return role;
}
