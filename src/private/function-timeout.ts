/**
 * Reads the timeout of the function behind an `IFunction` (a function, an alias or a
 * version), when this app defines it. Imported functions and token timeouts are unknown.
 */
import { Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { FUNCTION } from '../limits/quotas';

/** The function's timeout in seconds, or `undefined` when it cannot be known at synth. */
export function knownFunctionTimeoutSeconds(fn: lambda.IFunction): number | undefined {
  if (fn instanceof lambda.Alias) return knownFunctionTimeoutSeconds(fn.version);
  if (fn instanceof lambda.Version) return knownFunctionTimeoutSeconds(fn.lambda);
  const cfn = fn.node.defaultChild;
  if (!(cfn instanceof lambda.CfnFunction)) return undefined;
  const timeout: unknown = cfn.timeout;
  if (timeout === undefined) return FUNCTION.defaultTimeoutSeconds;
  if (typeof timeout !== 'number' || Token.isUnresolved(timeout)) return undefined;
  return timeout;
}

