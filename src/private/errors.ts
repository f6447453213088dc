/**
 * The error patterns throw for bad props: it names the construct path, so the user
 * sees which construct, which property, the value, the limit and where to read more.
 * (aws-cdk-lib's own ValidationError is internal to aws-cdk-lib.)
 */
import type { IConstruct } from 'constructs';

export class PatternValidationError extends Error {
  constructor(scope: IConstruct, message: string) {
    super(`[${scope.node.path}] ${message}`);
    this.name = 'ValidationError';
  }
}
