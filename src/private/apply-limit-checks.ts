/**
 * Patterns apply `LambdaLimitChecks` to themselves, as a read-only aspect, so that a
 * misconfigured pattern is caught even in an app that never added the checks.
 * An instance the user adds higher in the tree takes precedence (see LambdaLimitChecks).
 */
import { AspectPriority, Aspects } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { LambdaLimitChecks } from '../limits/lambda-limit-checks';

export function applyLimitChecks(scope: IConstruct): void {
  if (Aspects.of(scope).all.some(aspect => aspect instanceof LambdaLimitChecks)) return;
  Aspects.of(scope).add(new LambdaLimitChecks(), { priority: AspectPriority.READONLY });
}
