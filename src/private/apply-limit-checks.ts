/**
 * Patterns apply `LambdaLimitChecks` to themselves, as a read-only aspect, so that a
 * misconfigured pattern is caught even in an app that never added the checks.
 * An instance the user adds higher in the tree takes precedence (see LambdaLimitChecks).
 */
import { AspectPriority, Aspects } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { LambdaLimitChecks } from '../limits/lambda-limit-checks';

/**
 * The patterns' instance of each app: every pattern has the default settings, so one
 * instance serves them all (it analyses the app once and reports only inside the scopes
 * it was added to).
 */
const PATTERN_CHECKS = new WeakMap<IConstruct, LambdaLimitChecks>();

export function applyLimitChecks(scope: IConstruct): void {
  if (Aspects.of(scope).all.some(aspect => aspect instanceof LambdaLimitChecks)) return;
  const root = scope.node.root;
  let checks = PATTERN_CHECKS.get(root);
  if (checks === undefined) {
    checks = new LambdaLimitChecks();
    PATTERN_CHECKS.set(root, checks);
  }
  Aspects.of(scope).add(checks, { priority: AspectPriority.READONLY });
}

/**
 * Checks a construct a pattern made or uses that may live outside the pattern's scope (an
 * event source mapping lives under its function, which may be the user's). Inside the
 * pattern's scope the pattern's own checks already cover it: no second aspect is added.
 */
export function applyLimitChecksOutside(pattern: IConstruct, part: IConstruct): void {
  if (!part.node.scopes.includes(pattern)) applyLimitChecks(part);
}
