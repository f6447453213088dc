/**
 * The Hyperplane ENIs Lambda creates for the app's VPC functions: one per distinct
 * (subnet, security-group set) pair. Read per VPC by `VpcEniEstimate` (V3) and per subnet by
 * `VpcSubnetCapacity` (V4). Not a rule.
 */
import type { AppModel, ResourceView } from '../../model';
import { isFullyResolved, literalArray, literalString, propertyAt } from '../../values';

/**
 * A subnet a resource names: one the app defines (`resource`), or one it imports, named by its
 * literal id (`subnetId`). `key` identifies it across the app.
 */
export interface SubnetRef {
  readonly key: string;
  readonly resource?: ResourceView;
  readonly subnetId?: string;
}

/** The subnet `value` (a property of `from`) names, or undefined when it names none that is known. */
export function subnetRefOf(app: AppModel, from: ResourceView, value: unknown): SubnetRef | undefined {
  const resource = app.referencedResource(from, value);
  if (resource) return resource.type === 'AWS::EC2::Subnet' ? { key: resourceKey(resource), resource } : undefined;
  const subnetId = literalString(value);
  return subnetId === undefined ? undefined : { key: `subnet-id\u0000${subnetId}`, subnetId };
}

/** Where one function's Hyperplane ENIs go. */
export interface FunctionEnis {
  readonly fn: ResourceView;
  /** The function's subnets that the app defines (`AWS::EC2::Subnet`); others are left out. */
  readonly subnets: readonly ResourceView[];
  /** Every subnet of the function: defined ones and imported ones (by literal id). */
  readonly subnetRefs: readonly SubnetRef[];
  /** The identity of the function's security-group set: functions with the same one share ENIs. */
  readonly groupSet: string;
}

const CACHE = new WeakMap<AppModel, ReadonlyMap<ResourceView, FunctionEnis>>();

/**
 * Every function with a literal, non-empty `VpcConfig.SubnetIds` and security groups known at
 * synth, indexed once per app. Functions whose subnets or security groups are not known are
 * left out.
 */
export function functionEnis(app: AppModel): ReadonlyMap<ResourceView, FunctionEnis> {
  let index = CACHE.get(app);
  if (index) return index;
  const built = new Map<ResourceView, FunctionEnis>();
  for (const fn of app.ofType('AWS::Lambda::Function')) {
    const subnetValues = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    const groups = literalArray(propertyAt(fn.properties, 'VpcConfig.SecurityGroupIds')) ?? [];
    if (!subnetValues || subnetValues.length === 0) continue;
    const groupKeys = groups.map(group => groupKeyOf(app, fn, group));
    if (groupKeys.some(k => k === undefined)) continue;
    const subnetRefs = subnetValues.map(value => subnetRefOf(app, fn, value)).filter((ref): ref is SubnetRef => ref !== undefined);
    const subnets = subnetRefs.flatMap(ref => (ref.resource ? [ref.resource] : []));
    built.set(fn, { fn, subnets, subnetRefs, groupSet: [...new Set(groupKeys)].sort().join(',') });
  }
  index = built;
  CACHE.set(app, index);
  return index;
}

/** A stable identity of a resource of the app (stack and logical id). */
export function resourceKey(resource: ResourceView): string {
  return `${resource.stack.path}\u0000${resource.logicalId}`;
}

/** A stable identity for a security group: its resource, or its literal id; undefined when unknown. */
function groupKeyOf(app: AppModel, fn: ResourceView, value: unknown): string | undefined {
  const resource = app.referencedResource(fn, value);
  if (resource) return resourceKey(resource);
  const literal = literalString(value);
  if (literal !== undefined) return literal;
  return isFullyResolved(value) ? JSON.stringify(value) : undefined;
}
