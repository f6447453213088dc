/**
 * Validation of HttpFunction props that can be judged at synth. Every message names the
 * property, the value, the limit and the AWS documentation. Unresolved tokens are skipped.
 */
import { type Duration, Token } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import type { FrontDoorCutoff } from './http-front-door-types';
import { DOCS } from '../limits/quotas';

/**
 * A function that may run longer than the front door waits is cut off for the client (504)
 * while it keeps running and is billed: an error, with both numbers.
 */
export function validateFunctionFitsFrontDoor(
  scope: Construct, fn: lambda.IFunction, functionTimeoutSeconds: number | undefined, cutoff: FrontDoorCutoff | undefined,
): void {
  if (functionTimeoutSeconds === undefined || cutoff === undefined || functionTimeoutSeconds <= cutoff.seconds) return;
  throw new PatternValidationError(scope, `the timeout of \`function\` (${fn.node.path}) is ${functionTimeoutSeconds} s, longer than ${cutoff.property}, ${cutoff.seconds} s: API Gateway answers 504 at ${cutoff.seconds} s while the function keeps running (and billing) up to ${functionTimeoutSeconds} s. To fix it, ${cutoff.remedy}. See ${cutoff.docUrl} and ${DOCS.lambdaTimeout}`);
}

/** `errorRateThreshold`: a percentage above 0 and below 100. */
export function validateErrorRateThreshold(scope: Construct, threshold: number | undefined): void {
  if (threshold === undefined || Token.isUnresolved(threshold)) return;
  if (!(threshold > 0 && threshold < 100)) {
    throw new PatternValidationError(scope, `\`errorRateThreshold\` is ${threshold}; it is a percentage of requests, above 0 and below 100 (the alarm fires when the error rate is above it). See ${DOCS.lambdaMetrics}`);
  }
}

/** `latencyAlarmThreshold`: positive, and below the timeout it warns about when that is known. */
export function validateLatencyThreshold(scope: Construct, threshold: Duration | undefined, timeoutSeconds: number | undefined): void {
  if (threshold === undefined || threshold.isUnresolved()) return;
  const ms = threshold.toMilliseconds();
  if (ms <= 0) {
    throw new PatternValidationError(scope, `\`latencyAlarmThreshold\` is ${ms} ms; it must be above 0. See ${DOCS.lambdaMetrics}`);
  }
  if (timeoutSeconds !== undefined && ms >= timeoutSeconds * 1000) {
    throw new PatternValidationError(scope, `\`latencyAlarmThreshold\` is ${ms} ms, not below the ${timeoutSeconds * 1000} ms timeout of the function or front door: a p99 latency at the timeout means requests already time out, so the alarm would fire too late. Use a value below the timeout (the default is 80% of it). See ${DOCS.lambdaTimeout}`);
  }
}
