/**
 * aws-cdk-lib's event sources create their mapping under the function and expose only
 * its id; the patterns expose the mapping itself, found by that id.
 */
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';

/** The event source mapping with the given id among the function's children. */
export function findEventSourceMapping(scope: Construct, fn: lambda.IFunction, mappingId: string): lambda.EventSourceMapping {
  const mapping = fn.node.children.find((child): child is lambda.EventSourceMapping =>
    child instanceof lambda.EventSourceMapping && child.eventSourceMappingId === mappingId);
  if (!mapping) throw new PatternValidationError(scope, `the event source mapping was not created under ${fn.node.path}.`);
  return mapping;
}
