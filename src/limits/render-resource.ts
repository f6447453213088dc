/**
 * Renders the part of a CloudFormation resource the rules read (its `Type` and
 * `Properties`) as synthesis will write it, resolved with the tree model's resolver.
 *
 * aws-cdk-lib renders a resource in `CfnResource._toCloudFormation()`: it resolves the
 * L1's properties, renders them (`renderProperties`: CloudFormation names, the L1's
 * validators), and deep-merges the resolved raw overrides (`addOverride`,
 * `addPropertyOverride`, `addPropertyDeletionOverride`) on top. It also renders and
 * resolves what no rule reads (DependsOn, Metadata, policies, Condition), which is half
 * of the cost of resolving a resource, and the tree model resolves every relevant
 * resource of an app once more than synthesis does. So this module composes the same
 * steps, from the same protected members of `CfnResource`, for `Type` and `Properties`
 * only. Where an element lacks one of those members it falls back to the whole
 * `_toCloudFormation()`. The tree model's tests compare the result with synthesized
 * templates.
 */
import { CfnResource, type ITokenResolver, type Stack, Tokenization } from 'aws-cdk-lib';
import { isRecord, type ResourceJson } from './model';

/** The members of `CfnResource` its own rendering uses (protected or internal in aws-cdk-lib). */
interface RenderableResource {
  readonly cfnProperties: unknown;
  readonly rawOverrides: unknown;
  renderProperties(props: Record<string, unknown>): unknown;
  shouldSynthesize(): boolean;
  _toCloudFormation(): object;
}

/**
 * The resource's `Type` and `Properties` as they will be synthesized (keyed by nothing:
 * the caller knows the resource), or undefined when the resource is not synthesized.
 */
export function renderResource(resource: CfnResource, stack: Stack, resolver: ITokenResolver): ResourceJson | undefined {
  const renderable = resource as unknown as RenderableResource;
  if (!hasRenderingMembers(renderable)) return wholeResource(renderable, stack, resolver);
  if (!renderable.shouldSynthesize()) return undefined;
  try {
    const resolved: unknown = Tokenization.resolve(renderable.cfnProperties, { scope: stack, resolver, preparing: false });
    const rendered: unknown = renderable.renderProperties(isRecord(resolved) ? resolved : {});
    const definition: Record<string, unknown> = { Type: resource.cfnResourceType };
    if (isRecord(rendered) && Object.values(rendered).some(value => value !== undefined)) definition.Properties = rendered;
    // Overrides keep their undefined values: they are how deletion overrides are written.
    const overrides: unknown = Tokenization.resolve(renderable.rawOverrides, { scope: stack, resolver, preparing: false, removeEmpty: false });
    if (isRecord(overrides)) mergeOverrides(definition, overrides);
    return definition as unknown as ResourceJson;
  } catch (error) {
    // As aws-cdk-lib reports a resource that fails to render.
    if (error instanceof Error) error.message = `While synthesizing ${resource.node.path}: ${error.message}`;
    throw error;
  }
}

function hasRenderingMembers(resource: RenderableResource): boolean {
  return typeof resource.renderProperties === 'function' && typeof resource.shouldSynthesize === 'function'
    && 'cfnProperties' in resource && 'rawOverrides' in resource;
}

function wholeResource(resource: RenderableResource, stack: Stack, resolver: ITokenResolver): ResourceJson | undefined {
  const rendered: unknown = Tokenization.resolve(resource._toCloudFormation(), { scope: stack, resolver, preparing: false });
  const resources = isRecord(rendered) ? rendered.Resources : undefined;
  const definition = isRecord(resources) ? Object.values(resources)[0] : undefined;
  return isRecord(definition) ? definition as unknown as ResourceJson : undefined;
}

/**
 * CloudFormation intrinsics: an override that is one replaces the value it lands on
 * instead of merging into it, and an intrinsic value is replaced by an override object.
 */
const INTRINSIC_KEYS = new Set(['Ref', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue',
  'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::And', 'Fn::Equals', 'Fn::If', 'Fn::Not', 'Fn::Or']);

function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC_KEYS.has(keys[0]);
}

/**
 * Merges resolved overrides into a rendered resource the way aws-cdk-lib's synthesis
 * does: objects merge key by key (into arrays too: `Layers.0` overrides one element), an
 * undefined value deletes the key, an intrinsic on either side is replaced rather than
 * merged, scalars and arrays replace, and an object left empty by deletions is removed.
 */
export function mergeOverrides(target: Record<string, unknown>, overrides: Record<string, unknown>): void {
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = overrides[key];
    if (isRecord(value)) {
      const current = target[key];
      let into = typeof current === 'object' && current !== null ? current as Record<string, unknown> : {};
      if (isIntrinsic(into) || isIntrinsic(value)) into = {};
      target[key] = into;
      mergeOverrides(into, value);
      if (Object.keys(into).length === 0) delete target[key];
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}
