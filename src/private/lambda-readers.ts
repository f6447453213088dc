/**
 * Reads what the L1 resources behind Lambda L2s will synthesize, for the checks that
 * `CanaryDeployment` and `ProvisionedConcurrency` make on resources they did not create
 * (a user's function or alias). Every reader returns `undefined` when the value is not
 * known at synth (an imported resource, an unresolved token), so that callers skip it.
 */
import { CfnResource, Stack, Token, Tokenization } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { isRecord } from '../limits/model';
import { ModelTokenResolver } from '../limits/model-token-resolver';
import { renderResource } from '../limits/render-resource';
import { literalNumber, literalString, propertyAt } from '../limits/values';

/**
 * The CloudFormation properties a resource will synthesize, resolved: rendered as the limit
 * checks render it (`renderResource`), with a resolver that has no model, so that it resolves
 * as `Stack.resolve` does.
 */
function resolvedProperties(resource: CfnResource): Record<string, unknown> {
  return renderResource(resource, Stack.of(resource), new ModelTokenResolver(new Map()))?.Properties ?? {};
}

/** The members of an L1 that hold what the user (or the L2) set, before rendering. */
interface L1Values {
  readonly cfnProperties: unknown;
  readonly rawOverrides: unknown;
}

/**
 * One property of the resource behind a construct (its default child), by a path of
 * CloudFormation names (`SnapStart.ApplyOn`), as synthesis will write it; undefined when
 * the construct has no such resource or the property is not set.
 *
 * Rendering and resolving the whole resource costs 0.1-0.3 ms (logical ids are MD5s of
 * paths, and an alias's `FunctionVersion` embeds a hash of the whole function, which
 * aws-cdk-lib computes by resolving the function again), and the patterns read a few
 * properties of every function and alias they are given. When nothing can change the
 * value on its way to the template (no token in the L1's value, no raw override on the
 * property) and it is a string, number or boolean, the L1's own value is the synthesized
 * one and is read as it is; anything else is read from the resource's rendered properties.
 */
export function synthesizedProperty(construct: IConstruct, resourceType: string, path: string): unknown {
  const child = defaultResource(construct, resourceType);
  if (child === undefined) return undefined;
  const literal = literalL1Value(child as unknown as L1Values, path.split('.'));
  if (literal.known) return literal.value;
  return propertyAt(resolvedProperties(child), path);
}

function defaultResource(construct: IConstruct, resourceType: string): CfnResource | undefined {
  const child = construct.node.defaultChild;
  return child !== undefined && CfnResource.isCfnResource(child) && child.cfnResourceType === resourceType ? child : undefined;
}

/**
 * The L1's own value at a path of CloudFormation names (L1 properties are the same names,
 * first letter in lower case), when it is certainly the synthesized one.
 */
function literalL1Value(l1: L1Values, path: readonly string[]): { known: true; value: string | number | boolean | undefined } | { known: false } {
  const { cfnProperties, rawOverrides } = l1;
  if (!isRecord(cfnProperties) || !isRecord(rawOverrides)) return { known: false };
  const overridden = rawOverrides.Properties;
  if (overridden !== undefined && (!isRecord(overridden) || path[0] in overridden)) return { known: false };
  let value: unknown = cfnProperties;
  for (const name of path) {
    if (value === undefined) break;
    if (!isRecord(value) || Tokenization.isResolvable(value)) return { known: false };
    value = value[name.charAt(0).toLowerCase() + name.slice(1)];
  }
  if (value === undefined) return { known: true, value: undefined };
  if ((typeof value === 'string' || typeof value === 'number') && !Token.isUnresolved(value)) return { known: true, value };
  if (typeof value === 'boolean') return { known: true, value };
  return { known: false };
}

/** `ReservedConcurrentExecutions` of a function created in this app, when literal. */
export function reservedConcurrency(fn: IConstruct): number | undefined {
  return literalNumber(synthesizedProperty(fn, 'AWS::Lambda::Function', 'ReservedConcurrentExecutions'));
}

/** `SnapStart.ApplyOn` of a function created in this app, when literal. */
export function snapStartApplyOn(fn: IConstruct): string | undefined {
  return literalString(synthesizedProperty(fn, 'AWS::Lambda::Function', 'SnapStart.ApplyOn'));
}

/** `ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions` of an alias created in this app. */
export function aliasProvisionedConcurrency(alias: IConstruct): unknown {
  return synthesizedProperty(alias, 'AWS::Lambda::Alias', 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions');
}

/** `RoutingConfig.AdditionalVersionWeights` of an alias created in this app. */
export function aliasAdditionalVersions(alias: IConstruct): unknown {
  return synthesizedProperty(alias, 'AWS::Lambda::Alias', 'RoutingConfig.AdditionalVersionWeights');
}

/** True when the value is a literal number (not a token) that is not an integer. */
export function isLiteralNonInteger(value: number): boolean {
  return !Token.isUnresolved(value) && !Number.isInteger(value);
}
