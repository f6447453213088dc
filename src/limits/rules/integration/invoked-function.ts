/**
 * Follows an integration URI (API Gateway REST `Integration.Uri`, HTTP API `IntegrationUri`)
 * to the Lambda function it invokes: a function ARN, or an alias or version of it, embedded
 * in the `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<arn>/invocations`
 * string (REST) or given directly (HTTP API).
 */
import type { AppModel, ResourceView } from '../../model';
import { FUNCTION } from '../../quotas';
import { literalNumber } from '../../values';

/** Types read to find the function behind an integration. */
export const INVOKED_FUNCTION_TYPES: readonly string[] = ['AWS::Lambda::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version'];

/** The function an integration URI invokes, when it is a resource of the app. */
export function invokedFunction(app: AppModel, from: ResourceView, uri: unknown): ResourceView | undefined {
  const target = app.referencedResource(from, uri);
  if (!target) return undefined;
  if (target.type === 'AWS::Lambda::Function') return target;
  if (target.type === 'AWS::Lambda::Alias' || target.type === 'AWS::Lambda::Version') {
    const fn = app.referencedResource(target, target.properties.FunctionName);
    return fn?.type === 'AWS::Lambda::Function' ? fn : undefined;
  }
  return undefined;
}

/** The function's timeout in seconds (3 when unset), or undefined when it is a token. */
export function functionTimeoutSeconds(fn: ResourceView): number | undefined {
  const raw = fn.properties.Timeout;
  return raw === undefined ? FUNCTION.defaultTimeoutSeconds : literalNumber(raw);
}
