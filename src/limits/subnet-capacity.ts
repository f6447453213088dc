/**
 * The subnet address estimate of limits.md V4 that the `VpcSubnetCapacity` rule applies to the
 * subnets the app defines and to the ones it imports with a CIDR block. Pure arithmetic and
 * wording; the rule decides which subnets and what takes addresses in them.
 *
 * The estimate:
 * - usable addresses of a subnet = 2^(32 - prefix length) - 5: AWS reserves the first four and
 *   the last address of every subnet ("Subnet CIDR blocks", DOCS.vpcSubnetCidrBlocks);
 * - free addresses = usable - the addresses the caller knows other resources take there
 *   (never below 0);
 * - addresses the function may need = its reserved concurrency capped at the VPC ENI quota, or
 *   the ENI quota when it has no reserved concurrency. Lambda adds Hyperplane ENIs as the
 *   function's traffic and concurrency grow, each with one address of its subnet; one per
 *   concurrent execution is the worst case (AWS's sizing rule before Hyperplane ENIs), and
 *   Lambda cannot create more network interfaces than the VPC's ENI quota.
 *   UNVERIFIED: that a Hyperplane ENI takes exactly one address. The Lambda networking page
 *   (DOCS.lambdaVpcNetworking, "Lambda Hyperplane ENIs") says only that each one supports up to
 *   65,000 connections and that Lambda creates another beyond that; every network interface has
 *   a primary private IPv4 address from its subnet.
 * - a warning (an estimate, never an error) when the free addresses of all the function's
 *   subnets together are fewer than it may need.
 *
 * Not part of the public API.
 */
import { fmt } from './engine';
import { DOCS, VPC_SUBNET } from './quotas';

/** The id of the rule and of the pattern's warning. */
export const SUBNET_CAPACITY_RULE_ID = 'VpcSubnetCapacity';

/** Usable addresses of an IPv4 CIDR block (`10.0.0.0/24` -> 251), or undefined when it is not one. */
export function usableAddresses(cidr: string): number | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!match) return undefined;
  if (match.slice(1, 5).some(octet => Number(octet) > 255)) return undefined;
  const prefix = Number(match[5]);
  if (prefix > 32) return undefined;
  return Math.max(0, 2 ** (32 - prefix) - VPC_SUBNET.awsReservedAddresses);
}

/** How many addresses the function may need, and why. */
export interface AddressNeed {
  readonly count: number;
  /** E.g. `reserved concurrency 100`, for the message. */
  readonly source: string;
}

/** Reserved concurrency capped at the ENI quota, or the ENI quota without reserved concurrency. */
export function addressesNeeded(reservedConcurrency: number | undefined, eniQuota: number): AddressNeed {
  if (reservedConcurrency === undefined) {
    return { count: eniQuota, source: `no reserved concurrency: the VPC ENI quota, ${fmt(eniQuota)}` };
  }
  if (reservedConcurrency > eniQuota) {
    return { count: eniQuota, source: `reserved concurrency ${fmt(reservedConcurrency)}, capped at the VPC ENI quota ${fmt(eniQuota)}` };
  }
  return { count: reservedConcurrency, source: `reserved concurrency ${fmt(reservedConcurrency)}` };
}

/** One subnet of the function. */
export interface SubnetAddresses {
  /** How the message names it (construct path or subnet id). */
  readonly name: string;
  readonly cidr: string;
  /** `usableAddresses(cidr)`. */
  readonly usable: number;
  /** Addresses known to be taken by other resources. */
  readonly taken: number;
}

/** The parts of a finding (as the engine renders them). */
export interface CapacityShortfall {
  readonly property: string;
  readonly value: string;
  readonly limit: string;
  readonly why: string;
}

/** Free addresses of a subnet: usable - taken, at least 0. */
function freeAddresses(subnet: SubnetAddresses): number {
  return Math.max(0, subnet.usable - subnet.taken);
}

/**
 * The shortfall when the subnets' free addresses together are fewer than `need`, else undefined.
 * `takenBy` says what was subtracted from the usable addresses (for the message).
 */
export function subnetCapacityShortfall(subnets: readonly SubnetAddresses[], need: AddressNeed, takenBy: string): CapacityShortfall | undefined {
  const free = subnets.reduce((sum, subnet) => sum + freeAddresses(subnet), 0);
  if (subnets.length === 0 || free >= need.count) return undefined;
  const list = subnets.map(s => `${s.name} ${s.cidr}: ${fmt(freeAddresses(s))} of ${fmt(s.usable)} usable free`).join('; ');
  return {
    property: 'VpcConfig.SubnetIds',
    value: `about ${fmt(free)} free IP address(es) in ${subnets.length} subnet(s) (${list})`,
    limit: `${fmt(need.count)} address(es) the function may need (${need.source})`,
    why: 'An estimate: Lambda adds Hyperplane ENIs as the function\'s traffic and concurrency grow, each taking an IP address of its subnet, up to one per concurrent execution and never more than the VPC ENI quota; '
      + `free = 2^(32 - prefix length) - ${VPC_SUBNET.awsReservedAddresses} addresses AWS reserves in every subnet (${DOCS.vpcSubnetCidrBlocks}) - ${takenBy}. `
      + 'When the subnets run out of addresses, Lambda cannot scale or update the function (SubnetIPAddressLimitReachedException). '
      + 'Use larger subnets or more subnets, lower the reserved concurrency, or share security groups between functions',
  };
}
