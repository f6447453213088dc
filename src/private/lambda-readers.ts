/**
 * Reads what the L1 resources behind Lambda L2s will synthesize, for the checks that
 * `CanaryDeployment` and `ProvisionedConcurrency` make on resources they did not create
 * (a user's function or alias). Every reader returns `undefined` when the value is not
 * known at synth (an imported resource, an unresolved token), so that callers skip it.
 */
import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { literalNumber, literalString, propertyAt } from '../limits/values';

/** The CloudFormation properties a construct's default child will synthesize, resolved. */
export function resolvedProperties(construct: IConstruct, resourceType: string): Record<string, unknown> | undefined {
  const child = construct.node.defaultChild;
  if (child === undefined || !CfnResource.isCfnResource(child) || child.cfnResourceType !== resourceType) return undefined;
  const stack = Stack.of(child);
  const rendered = stack.resolve((child as unknown as { _toCloudFormation(): unknown })._toCloudFormation()) as {
    Resources?: Record<string, { Properties?: Record<string, unknown> }>;
  };
  const resource = Object.values(rendered.Resources ?? {})[0];
  return resource?.Properties ?? {};
}

/** `ReservedConcurrentExecutions` of a function created in this app, when literal. */
export function reservedConcurrency(fn: IConstruct): number | undefined {
  const props = resolvedProperties(fn, 'AWS::Lambda::Function');
  return props === undefined ? undefined : literalNumber(props.ReservedConcurrentExecutions);
}

/** `SnapStart.ApplyOn` of a function created in this app, when literal. */
export function snapStartApplyOn(fn: IConstruct): string | undefined {
  const props = resolvedProperties(fn, 'AWS::Lambda::Function');
  return props === undefined ? undefined : literalString(propertyAt(props, 'SnapStart.ApplyOn'));
}

/** `ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions` of an alias created in this app. */
export function aliasProvisionedConcurrency(alias: IConstruct): unknown {
  const props = resolvedProperties(alias, 'AWS::Lambda::Alias');
  return props === undefined ? undefined : propertyAt(props, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions');
}

/** `RoutingConfig.AdditionalVersionWeights` of an alias created in this app. */
export function aliasAdditionalVersions(alias: IConstruct): unknown {
  const props = resolvedProperties(alias, 'AWS::Lambda::Alias');
  return props === undefined ? undefined : propertyAt(props, 'RoutingConfig.AdditionalVersionWeights');
}

/** True when the value is a literal number (not a token) that is not an integer. */
export function isLiteralNonInteger(value: number): boolean {
  return !Token.isUnresolved(value) && !Number.isInteger(value);
}
