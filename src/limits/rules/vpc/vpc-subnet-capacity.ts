import { functionEnis, subnetRefOf } from './hyperplane-enis';
import type { AppModel, ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import {
  addressesNeeded,
  SUBNET_CAPACITY_RULE_ID,
  subnetCapacityShortfall,
  usableAddresses,
  type SubnetAddresses,
} from '../../subnet-capacity';
import { literalArray, literalNumber, literalString, propertyAt } from '../../values';

/** What takes addresses in each subnet of the app, by subnet (`resourceKey`). */
interface SubnetUse {
  /** One address per NAT gateway, interface endpoint and EFS mount target in the subnet. */
  readonly taken: Map<string, number>;
  /** The security-group sets of the functions in the subnet: one Hyperplane ENI each. */
  readonly groupSets: Map<string, Set<string>>;
}

const USE = new WeakMap<AppModel, SubnetUse>();

const TAKEN_BY = 'one address per NAT gateway, interface VPC endpoint and EFS mount target the app declares in the subnet, and one per Hyperplane ENI of other functions there (one per distinct security-group set other than this function\'s); other resources are not counted';

/**
 * V4: the free IP addresses of a VPC function's subnets against the addresses it may need.
 * An estimate, hence a warning (see src/limits/subnet-capacity.ts for the arithmetic):
 * - usable addresses of a subnet = 2^(32 - prefix length) - 5 (AWS reserves five per subnet);
 * - free = usable - one address per NAT gateway (`SubnetId`), interface VPC endpoint
 *   (`VpcEndpointType: Interface`, per subnet of `SubnetIds`) and EFS mount target (`SubnetId`)
 *   declared in the app in that subnet, - one per Hyperplane ENI of the other functions there
 *   (one per distinct security-group set, as VpcEniEstimate counts them; the function's own set
 *   is its own ENIs), at least 0;
 * - needed = `ReservedConcurrentExecutions` capped at the VPC ENI quota (`vpcEniLimit`, 250 by
 *   default), or the quota when the function has no reserved concurrency: Lambda adds
 *   Hyperplane ENIs, one address each, as traffic and concurrency grow; one per concurrent
 *   execution is the worst case, and it cannot create more than the quota allows.
 * Reported when the free addresses of all the function's subnets together are fewer. A subnet
 * is one the app defines (its `CidrBlock`) or one it imports with a CIDR block (`ec2.Vpc.fromLookup`,
 * `fromVpcAttributes` or `ec2.Subnet.fromSubnetAttributes` with CIDR blocks; a fact of the
 * construct tree, so only when the checks run as an aspect), named by its literal id; the app's
 * resources in an imported subnet are counted the same way, other users of it are not known.
 * Skipped when `SubnetIds` is not a literal list, when a subnet's CIDR block is not known as a
 * literal IPv4 CIDR, and when `ReservedConcurrentExecutions` is not a literal.
 */
export const VpcSubnetCapacity: LimitRule = {
  id: SUBNET_CAPACITY_RULE_ID,
  description: 'A VPC function\'s subnets have free IP addresses for the Hyperplane ENIs it may need (its reserved concurrency, at most the VPC ENI quota; an estimate)',
  severity: FindingSeverity.WARNING,
  limitRefs: ['V4'],
  docUrl: DOCS.lambdaVpcNetworking,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: ['AWS::EC2::Subnet', 'AWS::EC2::SecurityGroup', 'AWS::EC2::NatGateway', 'AWS::EC2::VPCEndpoint', 'AWS::EFS::MountTarget'],
  check(fn, app, settings) {
    const subnetValues = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    if (!subnetValues || subnetValues.length === 0) return [];
    const reservedValue = fn.properties.ReservedConcurrentExecutions;
    const reserved = literalNumber(reservedValue);
    if (reservedValue !== undefined && reserved === undefined) return [];

    const use = subnetUse(app);
    const ownGroupSet = functionEnis(app).get(fn)?.groupSet;
    const subnets = new Map<string, SubnetAddresses>();
    for (const value of subnetValues) {
      const subnet = subnetRefOf(app, fn, value);
      if (!subnet) return [];
      const cidr = subnet.resource
        ? literalString(subnet.resource.properties.CidrBlock)
        : subnet.subnetId === undefined ? undefined : app.facts.importedSubnetCidr?.(subnet.subnetId);
      const usable = cidr === undefined ? undefined : usableAddresses(cidr);
      if (cidr === undefined || usable === undefined) return [];
      const otherEnis = [...use.groupSets.get(subnet.key) ?? []].filter(set => set !== ownGroupSet).length;
      const taken = (use.taken.get(subnet.key) ?? 0) + otherEnis;
      subnets.set(subnet.key, { name: subnet.resource?.path ?? subnet.subnetId ?? subnet.key, cidr, usable, taken });
    }

    const shortfall = subnetCapacityShortfall([...subnets.values()], addressesNeeded(reserved, settings.vpcEniLimit), TAKEN_BY);
    return shortfall ? [{ resource: fn, ...shortfall }] : [];
  },
};

function subnetUse(app: AppModel): SubnetUse {
  let use = USE.get(app);
  if (use) return use;
  const taken = new Map<string, number>();
  const take = (from: ResourceView, values: readonly unknown[]): void => {
    const keys = new Set<string>();
    for (const value of values) {
      const subnet = subnetRefOf(app, from, value);
      if (subnet) keys.add(subnet.key);
    }
    for (const key of keys) taken.set(key, (taken.get(key) ?? 0) + 1);
  };
  for (const nat of app.ofType('AWS::EC2::NatGateway')) take(nat, [nat.properties.SubnetId]);
  for (const mountTarget of app.ofType('AWS::EFS::MountTarget')) take(mountTarget, [mountTarget.properties.SubnetId]);
  for (const endpoint of app.ofType('AWS::EC2::VPCEndpoint')) {
    if (literalString(endpoint.properties.VpcEndpointType) !== 'Interface') continue;
    take(endpoint, literalArray(endpoint.properties.SubnetIds) ?? []);
  }

  const groupSets = new Map<string, Set<string>>();
  for (const { subnetRefs, groupSet } of functionEnis(app).values()) {
    for (const { key } of subnetRefs) {
      const sets = groupSets.get(key) ?? new Set<string>();
      sets.add(groupSet);
      groupSets.set(key, sets);
    }
  }
  use = { taken, groupSets };
  USE.set(app, use);
  return use;
}
