/**
 * The visibility timeout a consumed queue needs (limits.md Q7, Q8): at least the
 * function timeout (Lambda rejects the mapping otherwise); AWS recommends six
 * times the function timeout plus the batching window, which the pattern sets on
 * the queues it creates.
 */
import { Duration, Token } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import { fmt } from '../limits/engine';
import { DOCS, FUNCTION, SQS } from '../limits/quotas';

/** The recommended visibility timeout: 6 x the function timeout + the batching window. */
export function recommendedVisibilitySeconds(functionTimeoutSeconds: number, windowSeconds: number): number {
  return SQS.visibilityTimeoutRecommendedMultiplier * functionTimeoutSeconds + windowSeconds;
}

/**
 * The visibility timeout used when the function's timeout is unknown (imported
 * function, token timeout): the recommendation for the longest possible function.
 */
export function worstCaseVisibilitySeconds(windowSeconds: number): number {
  return recommendedVisibilitySeconds(FUNCTION.timeoutMaxSeconds, windowSeconds);
}

/**
 * The batching window in seconds, or the maximum (300 s) when it is a token: the
 * pessimistic value for the visibility recommendation.
 */
export function batchingWindowSeconds(window: Duration | undefined): number {
  if (window === undefined) return 0;
  if (window.isUnresolved()) return SQS.batchingWindowMaxSeconds;
  return window.toSeconds();
}

/**
 * The visibility timeout of an existing queue, when this app defines it: its
 * `VisibilityTimeout` or SQS's default 30 s. `undefined` for an imported queue or a token.
 */
export function knownVisibilitySeconds(queue: sqs.IQueue): number | undefined {
  const cfn = queue.node.defaultChild;
  if (!(cfn instanceof sqs.CfnQueue)) return undefined;
  const value: unknown = cfn.visibilityTimeout;
  if (value === undefined) return SQS.defaultVisibilityTimeoutSeconds;
  if (typeof value !== 'number' || Token.isUnresolved(value)) return undefined;
  return value;
}

/**
 * Throws when the visibility timeout is below the function timeout: Lambda refuses to
 * create the mapping. (Below the 6x recommendation, the SqsVisibilityTimeoutSixTimes
 * limit rule warns, on the mapping.)
 */
export function requireVisibilityAtLeastTimeout(scope: Construct, property: string, visibilitySeconds: number, functionTimeoutSeconds: number): void {
  if (visibilitySeconds < functionTimeoutSeconds) {
    throw new PatternValidationError(scope,
      `${property} is ${fmt(visibilitySeconds)} s; the limit is at least the function timeout, ${fmt(functionTimeoutSeconds)} s. `
      + `Lambda rejects an SQS event source mapping whose queue visibility timeout is shorter than the function timeout. See ${DOCS.lambdaSqsConfigure}`);
  }
}
