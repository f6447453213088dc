/**
 * The function URL front door of HttpFunction: AWS_IAM by default, NONE only with an
 * explicit opt-in that is reported as a warning.
 */
import { Annotations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import type { BoundFrontDoor } from './http-front-door-types';
import { HTTP_ALARM_PERIOD, errorRatePercent } from './http-function-metrics';
import { DOCS } from '../limits/quotas';
import type { FunctionUrlFrontDoorProps } from '../patterns/front-door';

/** Documented defaults of the function URL front door. */
export const FUNCTION_URL_DEFAULTS = {
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  invokeMode: lambda.InvokeMode.BUFFERED,
} as const;

export function bindFunctionUrl(scope: Construct, fn: lambda.IFunction, props: FunctionUrlFrontDoorProps): BoundFrontDoor {
  const authType = props.authType ?? FUNCTION_URL_DEFAULTS.authType;
  const isPublic = authType === lambda.FunctionUrlAuthType.NONE;
  if (isPublic && props.allowPublicAccess !== true) {
    throw new PatternValidationError(scope, `\`frontDoor.authType\` is NONE: anyone on the internet could invoke the function (and spend its concurrency and your money). Keep AWS_IAM (the default) and grant callers \`url.grantInvokeUrl(principal)\`, or opt in with \`allowPublicAccess: true\`. See ${DOCS.lambdaFunctionUrlAuth}`);
  }
  if (!isPublic && props.allowPublicAccess === true) {
    throw new PatternValidationError(scope, `\`frontDoor.allowPublicAccess\` is true but \`frontDoor.authType\` is ${authType}; a public URL needs \`authType: lambda.FunctionUrlAuthType.NONE\`. Remove one of them. See ${DOCS.lambdaFunctionUrlAuth}`);
  }
  // `addFunctionUrl()` names its URL 'FunctionUrl'; Lambda allows one URL per function or alias.
  const existing = fn.node.tryFindChild('FunctionUrl');
  if (existing instanceof lambda.FunctionUrl) {
    throw new PatternValidationError(scope, `\`function\` (${fn.node.path}) already has a function URL (${existing.node.path}); Lambda allows one URL per function or alias. Use that URL, or give this construct another alias. See ${DOCS.lambdaFunctionUrls}`);
  }
  const url = new lambda.FunctionUrl(scope, 'Url', {
    function: fn,
    authType,
    cors: props.cors,
    invokeMode: props.invokeMode ?? FUNCTION_URL_DEFAULTS.invokeMode,
  });
  if (isPublic) {
    Annotations.of(scope).addWarningV2('cdk-lambda-patterns:HttpFunctionPublicUrl',
      `The function URL of ${scope.node.path} has AuthType NONE (allowPublicAccess: true): anyone on the internet can invoke ${fn.node.path}. Authenticate in the function, limit its reserved concurrency, and put AWS WAF or CloudFront in front if it is exposed to abuse. See ${DOCS.lambdaFunctionUrlAuth}`);
    // LambdaLimitChecks reports the same URL as FunctionUrlPublic; the warning above, which
    // names the opt-in, replaces it.
    Annotations.of(url).acknowledgeWarning('cdk-lambda-patterns:FunctionUrlPublic', 'Public access was opted into with allowPublicAccess: true and is reported as cdk-lambda-patterns:HttpFunctionPublicUrl.');
  }
  return {
    url,
    errorRate: errorRatePercent(
      [fn.metricErrors({ statistic: cloudwatch.Stats.SUM, period: HTTP_ALARM_PERIOD })],
      fn.metricInvocations({ statistic: cloudwatch.Stats.SUM, period: HTTP_ALARM_PERIOD }),
      'Function errors (% of invocations)'),
    errorRateDescription: 'AWS/Lambda Errors as a percentage of Invocations (a function error is a 502 for the URL caller)',
    latencyP99: fn.metricDuration({ statistic: 'p99', period: HTTP_ALARM_PERIOD }),
    latencyUnit: 'milliseconds',
  };
}
