/**
 * Guards for the "exactly one of `x` or `xProps`" convention of every pattern.
 */
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';

/**
 * Throws a PatternValidationError unless exactly one of the two props is set.
 * `required: false` allows neither (the pattern then builds a default).
 */
export function requireExactlyOne(
  scope: Construct, existingName: string, existing: unknown, propsName: string, props: unknown, required = true,
): void {
  if (existing !== undefined && props !== undefined) {
    throw new PatternValidationError(scope, `give either \`${existingName}\` or \`${propsName}\`, not both.`);
  }
  if (required && existing === undefined && props === undefined) {
    throw new PatternValidationError(scope, `give one of \`${existingName}\` (an existing resource) or \`${propsName}\` (to create one).`);
  }
}
